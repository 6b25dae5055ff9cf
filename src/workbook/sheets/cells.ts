import type { TableRead } from './found-table';

/** A data cell of a table as read, by 1-based row and column key ('' where the column is not). */
export function cellOf<K extends string>(t: TableRead<K>, row: number, key: K): unknown {
  const at = t.located.columns[key];
  return at === undefined ? '' : t.values[row - 1]?.[at - 1];
}

/** The formula of that cell; '' when it holds none (or was not read). */
export function formulaOf<K extends string>(t: TableRead<K>, row: number, key: K): string {
  const at = t.located.columns[key];
  return (at === undefined ? '' : t.formulas?.[row - 1]?.[at - 1]) ?? '';
}
