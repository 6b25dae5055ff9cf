import { fold } from '../../core/lang';
import type { Located } from '../layout/columns';
import type { TableSheet } from '../layout/tables';

/**
 * Finding a table in a sheet by its headers, never by position: the header row is the one,
 * among the first rows, that holds the most of the table's headers (in any language), and a
 * banner's named cell is the cell right of its label. Works on one getValues of the top rows.
 */

/** How many top rows are searched for the headers and the banner. */
export const SEARCH_ROWS = 10;

export function locateTable<K extends string, N extends string>(
  top: readonly (readonly unknown[])[],
  sheet: TableSheet<K, N>,
): Located<K, N> | null {
  const aliases = new Map<string, K>();
  for (const c of sheet.columns)
    for (const h of Object.values(c.header)) aliases.set(fold(h), c.key);
  let best: { row: number; columns: Partial<Record<K, number>> } | null = null;
  for (let r = 0; r < Math.min(top.length, SEARCH_ROWS); r++) {
    const columns: Partial<Record<K, number>> = {};
    (top[r] ?? []).forEach((v, c) => {
      const key = typeof v === 'string' ? aliases.get(fold(v)) : undefined;
      if (key !== undefined && columns[key] === undefined) columns[key] = c + 1;
    });
    if (Object.keys(columns).length > Object.keys(best?.columns ?? {}).length)
      best = { row: r + 1, columns };
  }
  // A table is recognised when at least half of its columns are there.
  if (best === null || Object.keys(best.columns).length * 2 < sheet.columns.length) return null;
  const named: Partial<Record<N, readonly [number, number]>> = {};
  for (const n of sheet.named) {
    const labels = new Set(Object.values(n.label).map(fold));
    for (let r = 0; r < best.row - 1 && named[n.key] === undefined; r++)
      (top[r] ?? []).forEach((v, c) => {
        if (typeof v === 'string' && labels.has(fold(v)) && named[n.key] === undefined)
          named[n.key] = [r + 1, c + 2];
      });
  }
  return { headerRow: best.row, columns: best.columns, named };
}
