import { isBlank, isDate, readWord } from '../core/cell';
import { fold, LANGS, type Lang } from '../core/lang';
import { DASHBOARD, DASHBOARD_TEXT, type TrendPoint, trendTable } from './dashboard';
import type { Day } from './day';
import type { TableRead } from './found-table';
import type { Snapshot } from './history';

/**
 * The dashboard follows the refresh: its "progress over time" block (the line chart's data) is
 * redrawn from the check-in history, today's new snapshots included. Its other blocks are live
 * formulas over the OKR and KPI sheets and need nothing. A dashboard is recognised by the
 * label above its trend block, in the values already read: no extra service call.
 */
export interface DashboardRead {
  readonly sheet: number;
  readonly values: readonly (readonly unknown[])[];
}

/** The dashboard's language, or null when the sheet is not an Okapi dashboard. */
export function dashboardLang(values: readonly (readonly unknown[])[]): Lang | null {
  const label = values[DASHBOARD.trend.row - 2]?.[DASHBOARD.trend.column - 1];
  if (typeof label !== 'string') return null;
  return LANGS.find((l) => fold(label) === fold(DASHBOARD_TEXT.trendData[l])) ?? null;
}

/** The objectives' scores over time: the history's objective rows (blank Key result). */
export function trendPoints(history: TableRead | undefined, today: Day | null, fresh: readonly Snapshot[]): TrendPoint[] {
  const points: TrendPoint[] = [];
  const c = history?.located.columns;
  if (history !== undefined && c?.date !== undefined && c.objective !== undefined && c.progress !== undefined) {
    const keyResult = c.keyResult;
    for (let r = history.located.headerRow; r < history.values.length; r++) {
      const row = history.values[r] ?? [];
      const date = row[c.date - 1];
      const progress = row[c.progress - 1];
      if (!isDate(date) || typeof progress !== 'number') continue;
      if (keyResult !== undefined && !isBlank(row[keyResult - 1])) continue;
      points.push({ date, objective: readWord(row[c.objective - 1]), progress });
    }
  }
  if (today !== null)
    for (const s of fresh)
      if (isBlank(s.keyResult) && s.progress !== null)
        points.push({ date: new Date(today.start), objective: readWord(s.objective), progress: s.progress });
  return points;
}

/** The trend block to write, or null when it already shows exactly that. */
export function planTrend(d: DashboardRead, lang: Lang, points: readonly TrendPoint[]): unknown[][] | null {
  const table = trendTable(points, lang);
  const { row, column } = DASHBOARD.trend;
  const same = table.every((line, i) =>
    line.every((v, j) => sameCell(v, d.values[row - 1 + i]?.[column - 1 + j] ?? '')),
  );
  return same ? null : table;
}

/** A value to write against the value read back: text without its apostrophe, dates by instant. */
function sameCell(written: unknown, read: unknown): boolean {
  if (isDate(written)) return isDate(read) && read.getTime() === written.getTime();
  if (typeof written === 'string' && written.startsWith("'")) return read === written.slice(1);
  return written === read;
}
