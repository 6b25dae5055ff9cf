import { isBlank, readWord } from '../../core/cell';
import type { TableRead } from '../sheets/found-table';
import type { IdAllocator, IdKind } from '../sheets/ids';

/** IDs to write: a run of consecutive empty ID cells in one column gets one setValues. */
export interface IdWrite {
  readonly sheet: number;
  readonly row: number;
  readonly column: number;
  readonly values: string[][];
}

/**
 * A row's ID (0-based row `r`, 0-based column `c`): the one it has, or a new one queued in
 * `ids` (a run of consecutive rows shares one write). null when the row's ID is also on an
 * earlier row (`seen`): a duplicate gets no snapshot.
 */
export function idOf(
  t: TableRead,
  r: number,
  c: number,
  kind: IdKind,
  allocator: IdAllocator,
  seen: Set<string>,
  ids: IdWrite[],
): string | null {
  const value = t.values[r]?.[c];
  // A formula showing "" is a person's: the cell is not empty.
  const empty = isBlank(value) && (t.formulas?.[r]?.[c] ?? '') === '';
  if (!empty) {
    const id = readWord(value).trim();
    if (seen.has(id)) return null;
    seen.add(id);
    return id;
  }
  const id = allocator.next(kind);
  seen.add(id);
  const last = ids[ids.length - 1];
  if (last !== undefined && last.row + last.values.length === r + 1) last.values.push([id]);
  else ids.push({ sheet: t.sheet, row: r + 1, column: c + 1, values: [[id]] });
  return id;
}
