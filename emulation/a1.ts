/**
 * A1 notation: column letters, cell and range addresses, sheet-qualified references. The
 * emulation stands for Sheets, so it keeps its own A1 code rather than the product's
 * (src/workbook/layout/columns.ts): a bug in one is then caught by the other.
 */

export interface GridRange {
  row: number; // 1-based, as in Apps Script
  column: number;
  numRows: number;
  numColumns: number;
}

export function columnToLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function cellA1(row: number, column: number): string {
  return `${columnToLetters(column)}${row}`;
}

export function rangeA1(r: GridRange): string {
  const start = cellA1(r.row, r.column);
  if (r.numRows === 1 && r.numColumns === 1) return start;
  return `${start}:${cellA1(r.row + r.numRows - 1, r.column + r.numColumns - 1)}`;
}

/** Quotes a sheet name for use in a formula or a qualified A1 reference when Sheets would. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

/** Splits "Sheet!A1:B2" / "'My sheet'!A:A" into its sheet name (if any) and the local part. */
export function splitSheet(a1: string): { sheet?: string; local: string } {
  const bang = a1.lastIndexOf('!');
  if (bang < 0) return { local: a1 };
  let sheet = a1.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: a1.slice(bang + 1) };
}

const PART = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

/**
 * Which bounds an A1 range leaves open: "C:E" names no rows (whole columns), "5:7" no columns
 * (whole rows). Sheets tells a whole row or column from a block that merely covers one this way.
 */
export interface OpenAxes {
  rows: boolean;
  columns: boolean;
}

export const BOUNDED: OpenAxes = { rows: false, columns: false };

export function openAxes(local: string): OpenAxes {
  const parts = local.split(':').map((p) => PART.exec(p));
  if (parts.length !== 2) return BOUNDED;
  return {
    rows: parts.every((m) => m !== null && m[2] === ''),
    columns: parts.every((m) => m !== null && m[1] === ''),
  };
}

/** A1 notation as Sheets gives it: "C:E" and "5:7" for whole columns and rows, else cells. */
export function openRangeA1(r: GridRange, open: OpenAxes): string {
  if (open.rows)
    return `${columnToLetters(r.column)}:${columnToLetters(r.column + r.numColumns - 1)}`;
  if (open.columns) return `${r.row}:${r.row + r.numRows - 1}`;
  return rangeA1(r);
}

/**
 * Parses a local A1 range ("B2", "A1:C3", "A:A", "A5:A", "3:3") against sheet bounds; open ends
 * run to the sheet's last row/column, as in Sheets. Returns undefined when it is not A1.
 */
export function parseA1(local: string, maxRows: number, maxColumns: number): GridRange | undefined {
  const [first = '', second = first] = local.split(':');
  const a = PART.exec(first);
  const b = PART.exec(second);
  if (!a || !b || local.split(':').length > 2) return undefined;
  const [, c1 = '', r1 = ''] = a;
  const [, c2 = '', r2 = ''] = b;
  if ((!c1 && !r1) || (!c2 && !r2)) return undefined;
  const col1 = c1 ? lettersToColumn(c1) : 1;
  const row1 = r1 ? Number(r1) : 1;
  const col2 = c2 ? lettersToColumn(c2) : maxColumns;
  const row2 = r2 ? Number(r2) : maxRows;
  if (row1 < 1 || col1 < 1) return undefined;
  const row = Math.min(row1, row2);
  const column = Math.min(col1, col2);
  return {
    row,
    column,
    numRows: Math.abs(row2 - row1) + 1,
    numColumns: Math.abs(col2 - col1) + 1,
  };
}
