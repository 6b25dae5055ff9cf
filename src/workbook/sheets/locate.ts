import { fold } from '../../core/lang';
import type { Located } from '../layout/columns';
import type { TableSheet } from '../layout/tables';

/**
 * Finding a table's rows and cells in a sheet from its top rows (one getValues). In a marked
 * sheet the columns come from their marks and only the header row is looked for: the row,
 * among the first, where the most marked columns hold one of their headers (in any
 * language). A banner's named cell is the cell right of its label. By headers alone
 * (locateTable) only to adopt the sheets of a workbook made before the marks.
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
  return { headerRow: best.row, columns: best.columns, named: locateNamed(top, sheet, best.row) };
}

/**
 * The header row of a table whose columns are known (by their marks): the first of the top
 * rows where the most of those columns hold one of their headers; null when no row has two
 * (the header row deleted, or nearly every header renamed): the table is then left alone.
 */
export function headerRowOf<K extends string>(
  top: readonly (readonly unknown[])[],
  sheet: TableSheet<K>,
  columns: Readonly<Partial<Record<K, number>>>,
): number | null {
  let best: { row: number; hits: number } | null = null;
  for (let r = 0; r < Math.min(top.length, SEARCH_ROWS); r++) {
    const row = top[r] ?? [];
    let hits = 0;
    for (const c of sheet.columns) {
      const at = columns[c.key];
      const v = at === undefined ? undefined : row[at - 1];
      if (typeof v === 'string' && Object.values(c.header).some((h) => fold(h) === fold(v))) hits++;
    }
    if (hits > (best?.hits ?? 0)) best = { row: r + 1, hits };
  }
  // One header alone could be a title that happens to read "Progress": two make a header row.
  const marked = sheet.columns.filter((c) => columns[c.key] !== undefined).length;
  return best !== null && best.hits >= Math.min(2, marked) ? best.row : null;
}

/** Each named cell of the banner: the cell right of its label, above the header row. */
export function locateNamed<K extends string, N extends string>(
  top: readonly (readonly unknown[])[],
  sheet: TableSheet<K, N>,
  headerRow: number,
): Partial<Record<N, readonly [number, number]>> {
  const named: Partial<Record<N, readonly [number, number]>> = {};
  for (const n of sheet.named) {
    const labels = new Set(Object.values(n.label).map(fold));
    for (let r = 0; r < headerRow - 1 && named[n.key] === undefined; r++)
      (top[r] ?? []).forEach((v, c) => {
        if (typeof v === 'string' && labels.has(fold(v)) && named[n.key] === undefined)
          named[n.key] = [r + 1, c + 2];
      });
  }
  return named;
}
