import type { Lang } from '../../core/lang';
import type { FormulaTarget } from './formulas';
import type { FormulaContext, TableSheet } from './tables';

/** Where a table's columns and banner cells are in a sheet (1-based), as found or as laid out. */
export interface Located<K extends string = string, N extends string = string> {
  /** 1-based row of the headers. */
  readonly headerRow: number;
  /** 1-based column of each column key found; missing columns are absent. */
  readonly columns: Readonly<Partial<Record<K, number>>>;
  /** 1-based [row, column] of each named cell's value found in the banner. */
  readonly named: Readonly<Partial<Record<N, readonly [number, number]>>>;
}

/**
 * Where each column and named cell sits in a table as the template lays it out (columns in
 * layout order from A, named cells where the layout puts them): what the generators use
 * before anyone has moved a column.
 */
export function templateLocation<K extends string, N extends string>(
  table: TableSheet<K, N>,
): Located<K, N> {
  return {
    headerRow: table.headerRow,
    columns: Object.fromEntries(table.columns.map((c, i) => [c.key, i + 1])) as Partial<
      Record<K, number>
    >,
    named: Object.fromEntries(
      table.named.map((n) => [n.key, [n.row, n.column] as const]),
    ) as Partial<Record<N, readonly [number, number]>>,
  };
}

/**
 * The rows a template prepares in one column of a table, on the sheet that holds it, as an
 * absolute reference from another sheet: 'OKRs'!$B$5:$B$204. For a .xlsx, which has no
 * open-ended range.
 */
export function preparedColumnRange<K extends string>(
  table: TableSheet<K>,
  sheetName: string,
  key: K,
): string {
  return columnRange(table, sheetName, key, table.headerRow + table.preparedRows);
}

/**
 * One column of a table, from its first data row down, with no last row: 'OKRs'!$B$5:$B. Sheets
 * reads it to the sheet's end however many rows people add.
 */
export function openColumnRange<K extends string>(
  table: TableSheet<K>,
  sheetName: string,
  key: K,
  /** The last of adjacent columns, for a block of them: 'KPIs'!$R$4:$AC. */
  lastKey: K = key,
): string {
  return columnRange(table, sheetName, key, null, lastKey);
}

function columnRange<K extends string>(
  table: TableSheet<K>,
  sheetName: string,
  key: K,
  last: number | null,
  lastKey: K = key,
): string {
  const letter = (k: K): string => {
    const c = templateLocation(table).columns[k];
    if (c === undefined) throw new Error(`${table.key} has no column "${k}"`);
    return columnLetter(c);
  };
  return `${sheetPrefix(sheetName)}$${letter(key)}$${table.headerRow + 1}:$${letter(lastKey)}${last === null ? '' : `$${last}`}`;
}

/** A sheet name as a formula reference prefix: always quoted, which every engine accepts. */
export function sheetPrefix(name: string): string {
  return `'${name.replace(/'/g, "''")}'!`;
}

/** "A", "Z", "AA"… for a 1-based column number. */
export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * The context a computed column's formula is built in, for one data row. `lastRow` bounds
 * the whole-column ranges of roll-ups (Excel and LibreOffice have no open-ended "B5:B").
 */
export function formulaContext<K extends string, N extends string>(
  table: Located<K, N>,
  row: number,
  lastRow: number,
  lang: Lang,
  target: FormulaTarget,
): FormulaContext<K, N> {
  const col = (key: K): string => {
    const c = table.columns[key];
    if (c === undefined) throw new Error(`column "${key}" is missing`);
    return columnLetter(c);
  };
  return {
    lang,
    target,
    cell: (key) => `${col(key)}${row}`,
    column: (key) =>
      `$${col(key)}$${table.headerRow + 1}:$${col(key)}$${Math.max(lastRow, table.headerRow + 1)}`,
    named: (key) => {
      const at = table.named[key];
      if (at === undefined) throw new Error(`named cell "${key}" is missing`);
      return `$${columnLetter(at[1])}$${at[0]}`;
    },
  };
}

/**
 * Workbook names for whole columns of a table as the template lays it out ("OkapiKpiWhen" →
 * "A"): the KPI history's, the KPI targets' and the register's, which formulas on other sheets
 * read by name. The Sheets template and the .xlsx export set them each in their own way.
 */
export function columnNames<K extends string>(
  table: TableSheet<K, never>,
  names: Readonly<Partial<Record<K, string>>>,
): { readonly name: string; readonly letter: string }[] {
  const at = templateLocation(table).columns;
  return Object.entries<string | undefined>(names).flatMap(([key, name]) => {
    const column = at[key as K];
    return column === undefined || name === undefined
      ? []
      : [{ name, letter: columnLetter(column) }];
  });
}
