import { isBlank, isDate, readWord } from '../../core/cell';
import { fold, LANGS, type Lang } from '../../core/lang';
import { periodDay, type Snapshot } from '../refresh/history';
import type { Day } from '../sheets/day';
import type { TableRead } from '../sheets/found-table';
import { DASHBOARD, DASHBOARD_TEXT, type TrendPoint } from './dashboard';

/**
 * The dashboard follows the refresh: its "progress over time" block (the line chart's data) is
 * redrawn from the check-in history, today's new snapshots included. Its other blocks are live
 * formulas over the OKR and KPI sheets and need nothing. The block is not read back: the
 * registry keeps a digest of what was last written, and an unchanged block is not rewritten
 * (a hand edit inside it lasts until the history changes). A dashboard is recognised by the
 * label above its trend block when the workbook is scanned.
 */
export interface DashboardRead {
  readonly sheet: number;
  readonly lang: Lang;
}

/** The dashboard's language, or null when the sheet is not an Okapi dashboard. */
export function dashboardLang(values: readonly (readonly unknown[])[]): Lang | null {
  const label = values[DASHBOARD.trend.row - 2]?.[DASHBOARD.trend.column - 1];
  if (typeof label !== 'string') return null;
  return LANGS.find((l) => fold(label) === fold(DASHBOARD_TEXT.trendData[l])) ?? null;
}

/**
 * The objectives' scores over time: the history's objective rows (blank Key result) of the
 * current period (`period`: its first day, null when unknown), and rows from before the
 * Period column. The dashboard follows the current period; the previous ones stay in the
 * history and their Reviews.
 */
export function trendPoints(
  history: TableRead | undefined,
  today: Day | null,
  fresh: readonly Snapshot[],
  period: number | null,
): TrendPoint[] {
  const current = (p: unknown): boolean => {
    const day = periodDay(p);
    return period === null || day === null || day === period;
  };
  const points: TrendPoint[] = [];
  const c = history?.located.columns;
  if (
    history !== undefined &&
    c?.date !== undefined &&
    c.objective !== undefined &&
    c.progress !== undefined
  ) {
    const keyResult = c.keyResult;
    for (let r = history.located.headerRow; r < history.values.length; r++) {
      const row = history.values[r] ?? [];
      const date = row[c.date - 1];
      const progress = row[c.progress - 1];
      if (!isDate(date) || typeof progress !== 'number') continue;
      if (keyResult !== undefined && !isBlank(row[keyResult - 1])) continue;
      if (c.period !== undefined && !current(row[c.period - 1])) continue;
      points.push({ date, objective: readWord(row[c.objective - 1]), progress });
    }
  }
  if (today !== null)
    for (const s of fresh)
      if (isBlank(s.keyResult) && s.progress !== null && current(s.period))
        points.push({
          date: new Date(today.start),
          objective: readWord(s.objective),
          progress: s.progress,
        });
  return points;
}

/**
 * A digest of trend blocks (FNV-1a, 32 bits, over their cells): equal blocks, equal digests.
 * A collision would only skip one redraw, until the history changes again.
 */
export function trendDigest(tables: readonly (readonly (readonly unknown[])[])[]): string {
  let hash = 0x811c9dc5;
  const add = (text: string): void => {
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  };
  for (const table of tables)
    for (const row of table) {
      for (const v of row)
        add(isDate(v) ? `\u0001d${v.getTime()}` : `\u0001${typeof v}${String(v)}`);
      add('\u0002');
    }
  return (hash >>> 0).toString(36);
}
