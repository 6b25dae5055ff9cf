import { isBlank } from '../../core/cell';
import { columnLetter } from '../layout/columns';
import { rowFormula } from '../layout/row-formulas';
import { computedFormat } from '../layout/tables';
import type { TableRead } from '../sheets/found-table';
import type { FormulaWrite } from './plan';

/**
 * Number formats a computed cell takes from the cell it shows (TableSheet.followFormats): the
 * register's This period shows the Actual as the person formatted it (52 %, €1,200), which a
 * formula's fixed format cannot know. One write per format to set, whatever the number of
 * rows: the cells to change go as one list of ranges.
 */
export interface FormatWrite {
  readonly sheet: number;
  readonly format: string;
  /** The cells, as runs down a column in A1 notation ("K5:K9"), of the table's sheet. */
  readonly ranges: readonly string[];
}

/** What getNumberFormat returns for a cell nobody formatted (Sheets' automatic format). */
const AUTOMATIC = '0.###############';

/**
 * A format that says nothing of the amount: none, automatic, General, or plain text (which a
 * formula cell must never take). The following cell then keeps its column's.
 */
const plain = (format: string): boolean =>
  format === '' || format === AUTOMATIC || format === 'General' || format === '@';

/**
 * The formats to set in `t` once `writes` (the refresh's computed writes, which give each cell
 * they write its column's format) are written: on each row of the table, each following cell
 * that holds Okapi's formula takes its source's format, or its column's when the source has
 * none of its own. A cell a person typed over is theirs, its format too.
 */
export function planFollowedFormats(t: TableRead, writes: readonly FormulaWrite[]): FormatWrite[] {
  const pairs = t.layout.followFormats;
  const formats = t.formats;
  if (pairs === undefined || formats === null) return [];
  const { headerRow, columns } = t.located;
  const last = t.values.length;
  const rowKey = t.layout.rowKey === undefined ? undefined : columns[t.layout.rowKey];
  const written = (row: number, column: number): boolean =>
    writes.some(
      (w) =>
        w.sheet === t.sheet &&
        row >= w.row &&
        row < w.row + w.formulas.length &&
        column >= w.column &&
        column < w.column + (w.formulas[0]?.length ?? 0),
    );
  const byFormat = new Map<string, Map<number, number[]>>();
  for (const [key, source] of pairs) {
    const column = t.layout.columns.find((c) => c.key === key);
    const [at, from] = [columns[key], columns[source]];
    const build =
      column && at !== undefined ? rowFormula(column, t.located, last, t.lang, 'sheets') : null;
    if (column === undefined || at === undefined || from === undefined || build === null) continue;
    const own = computedFormat(column);
    for (let row = headerRow + 1; row <= last; row++) {
      if (rowKey !== undefined && isBlank(t.values[row - 1]?.[rowKey - 1])) continue;
      const now = written(row, at);
      if (!now && t.formulas?.[row - 1]?.[at - 1] !== build(row)) continue;
      const shown = now ? own : (formats[row - 1]?.[at - 1] ?? own);
      const source = formats[row - 1]?.[from - 1] ?? '';
      const wanted = plain(source) ? own : source;
      if (wanted === shown || (plain(wanted) && plain(shown))) continue;
      const cells = byFormat.get(wanted) ?? new Map<number, number[]>();
      byFormat.set(wanted, cells);
      const rows = cells.get(at) ?? [];
      cells.set(at, rows);
      rows.push(row);
    }
  }
  return [...byFormat].map(([format, cells]) => ({
    sheet: t.sheet,
    format,
    ranges: [...cells].flatMap(([column, rows]) => runsA1(column, rows)),
  }));
}

/** Ascending rows of one column as A1 runs: [5, 6, 7, 9] in K is "K5:K7", "K9". */
function runsA1(column: number, rows: readonly number[]): string[] {
  const letter = columnLetter(column);
  const out: string[] = [];
  for (let i = 0; i < rows.length; ) {
    const first = rows[i] ?? 0;
    let end = first;
    while (rows[i + 1] === end + 1) {
      end++;
      i++;
    }
    i++;
    out.push(end === first ? `${letter}${first}` : `${letter}${first}:${letter}${end}`);
  }
  return out;
}
