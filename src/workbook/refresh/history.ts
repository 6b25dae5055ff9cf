import { isDate } from '../../core/cell';
import type { Located } from '../layout/columns';
import { HISTORY, type HistoryColumn, NUMBER_FORMATS } from '../layout/tables';
import type { Day } from '../sheets/day';
import { literal } from '../sheets/literal';

/**
 * The append-only check-in history: one snapshot per KR and per objective per day (objective
 * rows, with a blank Key result, feed the dashboard's progress-over-time chart).
 *
 * The first snapshot of a day stands: a later refresh the same day adds nothing, even when
 * values changed meanwhile. Updating that day's rows would mean writing into rows that are
 * already in the history, which a person may have corrected or annotated; the next day's
 * snapshot records the change.
 */
export interface Snapshot {
  readonly id: string;
  readonly objective: unknown;
  readonly keyResult: unknown;
  readonly current: unknown;
  /** 0–1 as the core computes it; null when there is no score. */
  readonly progress: number | null;
  readonly confidence: unknown;
  readonly note: unknown;
}

/** The IDs that already have a snapshot dated within `day`. */
export function snapshotsOfDay(
  values: readonly (readonly unknown[])[],
  table: Located,
  day: Day,
): Set<string> {
  const dateAt = table.columns.date;
  const idAt = table.columns.id;
  const ids = new Set<string>();
  if (dateAt === undefined || idAt === undefined) return ids;
  for (let r = table.headerRow; r < values.length; r++) {
    const row = values[r] ?? [];
    const date = row[dateAt - 1];
    if (!isDate(date)) continue;
    const t = date.getTime();
    if (t >= day.start && t < day.end) ids.add(String(row[idAt - 1]).trim());
  }
  return ids;
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
): HistoryRun[] {
  const placed = HISTORY.columns
    .flatMap((c) => {
      const at = table.columns[c.key];
      return at === undefined ? [] : [{ column: c, at }];
    })
    .sort((a, b) => a.at - b.at);
  const date = new Date(day.start);
  const cells = snapshots.map(
    (s): Readonly<Record<HistoryColumn, unknown>> => ({
      date,
      id: literal(s.id),
      objective: literal(s.objective),
      keyResult: literal(s.keyResult),
      current: literal(s.current),
      progress: s.progress ?? '',
      confidence: literal(s.confidence),
      note: literal(s.note),
    }),
  );
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
