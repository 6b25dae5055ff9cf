import { isBlank, isDate } from '../../core/cell';
import type { Lang } from '../../core/lang';
import type { Located } from '../layout/columns';
import { HISTORY, type HistoryColumn, NUMBER_FORMATS, type TableSheet } from '../layout/tables';
import { dayNumber } from '../sheets/banner';
import type { Day } from '../sheets/day';
import { literal } from '../sheets/literal';

/**
 * The append-only check-in history (docs/workbook.md#history): a row each time a key result's
 * Current, Confidence or Note changes — checked in from the sidebar, typed in the sheet, or
 * arriving through a formula — and each time an objective's score changes (objective rows,
 * with a blank Key result, feed the dashboard's progress-over-time chart). A refresh compares
 * what the sheet holds with each ID's last row: no change, no row. Nothing already in the
 * history is ever rewritten; a person's correction of a row stands.
 */

/** Where a check-in came from: the sidebar's save, typing in the sheet, or a formula in Current. */
export type Source = 'sidebar' | 'sheet' | 'formula';

export const SOURCE_WORDS: Readonly<Record<Lang, Readonly<Record<Source, string>>>> = {
  en: { sidebar: 'sidebar', sheet: 'sheet', formula: 'formula' },
  fr: { sidebar: 'barre latérale', sheet: 'feuille', formula: 'formule' },
};

export interface Snapshot {
  readonly id: string;
  readonly objective: unknown;
  readonly keyResult: unknown;
  readonly current: unknown;
  /** 0–1 as the core computes it; null when there is no score. */
  readonly progress: number | null;
  readonly confidence: unknown;
  readonly note: unknown;
  /** null on an objective's row: its score follows its key results. */
  readonly source: Source | null;
  /** The first day of its sheet's period (the banner's start), null when the banner has none. */
  readonly period: Date | null;
}

/** A cell as read from the sheet and as read back from a history: the same value. */
export function same(a: unknown, b: unknown): boolean {
  if (isBlank(a) && isBlank(b)) return true;
  if (isDate(a) && isDate(b)) return a.getTime() === b.getTime();
  return a === b;
}

/** What an ID's last history row says, to compare the sheet with. */
export interface LastRow {
  readonly date: unknown;
  readonly current: unknown;
  readonly progress: unknown;
  readonly confidence: unknown;
  readonly note: unknown;
}

/**
 * Where an ID's rows are kept: by period, as a KR carried into the next period keeps its ID
 * (null: a row from before the Period column, or from a sheet without a period).
 */
function historyKey(id: string, period: number | null): string {
  return `${period ?? ''}|${id}`;
}

/** The day number of a period's first day, as snapshots and history rows carry it. */
export function periodDay(period: unknown): number | null {
  return isDate(period) ? dayNumber(period.getTime()) : null;
}

/** Each ID's last row in the history, per period (rows are appended: the lowest is the latest). */
export class LastRows {
  private readonly rows = new Map<string, LastRow>();

  set(id: string, period: number | null, row: LastRow): void {
    this.rows.set(historyKey(id, period), row);
  }

  /** The ID's last row of that period; else its last row from before periods were recorded. */
  get(id: string, period: number | null): LastRow | undefined {
    return this.rows.get(historyKey(id, period)) ?? this.rows.get(historyKey(id, null));
  }
}

export function lastRows(values: readonly (readonly unknown[])[], table: Located): LastRows {
  const c = table.columns;
  const last = new LastRows();
  if (c.id === undefined) return last;
  const cell = (row: readonly unknown[], at: number | undefined): unknown =>
    at === undefined ? '' : row[at - 1];
  for (let r = table.headerRow; r < values.length; r++) {
    const row = values[r] ?? [];
    const id = String(row[c.id - 1] ?? '').trim();
    if (id === '') continue;
    last.set(id, periodDay(cell(row, c.period)), {
      date: cell(row, c.date),
      current: cell(row, c.current),
      progress: cell(row, c.progress),
      confidence: cell(row, c.confidence),
      note: cell(row, c.note),
    });
  }
  return last;
}

/**
 * The snapshots that are check-ins: a key result whose Current, Confidence or Note differs from
 * its last row (or that has a first value), an objective whose score differs from its last.
 */
export function changed(snapshots: readonly Snapshot[], last: LastRows): Snapshot[] {
  return snapshots.filter((s) => {
    const before = last.get(s.id, periodDay(s.period));
    if (s.source === null)
      return before === undefined ? s.progress !== null : !same(before.progress, s.progress ?? '');
    if (before === undefined) return [s.current, s.confidence, s.note].some((v) => !isBlank(v));
    return (
      !same(before.current, s.current) ||
      !same(before.confidence, s.confidence) ||
      !same(before.note, s.note)
    );
  });
}

/**
 * What to append below the history's last row: for each run of adjacent marked columns, its
 * values and their number formats (rows inserted through the API are not promised the formats
 * of the row above, so they are written). A column a person added to the history is not
 * Okapi's: it is left out, blank on the new rows.
 */
export interface HistoryRun {
  readonly column: number;
  readonly values: unknown[][];
  readonly formats: string[][];
}

export function historyRuns(
  table: Located,
  day: Day,
  snapshots: readonly Snapshot[],
  lang: Lang,
): HistoryRun[] {
  const date = new Date(day.start);
  return appendRuns(
    HISTORY,
    table,
    snapshots.map(
      (s): Readonly<Record<HistoryColumn, unknown>> => ({
        date,
        id: literal(s.id),
        objective: literal(s.objective),
        keyResult: literal(s.keyResult),
        current: literal(s.current),
        progress: s.progress ?? '',
        confidence: literal(s.confidence),
        note: literal(s.note),
        source: s.source === null ? '' : literal(SOURCE_WORDS[lang][s.source]),
        period: s.period ?? '',
      }),
    ),
  );
}

/**
 * Rows to append to a log table (the check-in history, the KPI history), as runs of its marked
 * columns: each run's values and number formats. A column a person added is left out.
 */
export function appendRuns<K extends string>(
  layout: TableSheet<K>,
  table: Located,
  cells: readonly Readonly<Record<K, unknown>>[],
): HistoryRun[] {
  const placed = layout.columns
    .flatMap((c) => {
      const at = table.columns[c.key];
      return at === undefined ? [] : [{ column: c, at }];
    })
    .sort((a, b) => a.at - b.at);
  const runs: (typeof placed)[] = [];
  for (const p of placed) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (run !== undefined && last !== undefined && last.at + 1 === p.at) run.push(p);
    else runs.push([p]);
  }
  return runs.map((run) => {
    const formats = run.map((p) => NUMBER_FORMATS[p.column.format]);
    return {
      column: run[0]?.at ?? 1,
      values: cells.map((c) => run.map((p) => c[p.column.key])),
      formats: cells.map(() => formats),
    };
  });
}
