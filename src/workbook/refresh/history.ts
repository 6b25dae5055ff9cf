import { isDate } from '../../core/cell';
import type { Located } from '../layout/columns';
import { HISTORY } from '../layout/tables';
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
 * The block to append below the history's last row: from its first to its last known column.
 * Values only: the rows take their number formats from the row above, which the template
 * formatted (HISTORY.formattedRows) and which rows Sheets inserts below it inherit.
 */
export interface HistoryRows {
  readonly column: number;
  readonly rows: unknown[][];
}

export function historyRows(table: Located, day: Day, snapshots: readonly Snapshot[]): HistoryRows {
  const placed = HISTORY.columns.flatMap((c) => {
    const at = table.columns[c.key];
    return at === undefined ? [] : [{ key: c.key, at }];
  });
  const first = Math.min(...placed.map((p) => p.at));
  const width = Math.max(...placed.map((p) => p.at)) - first + 1;
  const date = new Date(day.start);
  const rows = snapshots.map((s) => {
    const cells: Record<string, unknown> = {
      date,
      id: literal(s.id),
      objective: literal(s.objective),
      keyResult: literal(s.keyResult),
      current: literal(s.current),
      progress: s.progress ?? '',
      confidence: literal(s.confidence),
      note: literal(s.note),
    };
    const row: unknown[] = new Array<unknown>(width).fill('');
    for (const p of placed) row[p.at - first] = cells[p.key] ?? '';
    return row;
  });
  // Columns a person added inside the table stay blank on the new rows.
  return { column: first, rows };
}
