import type { Lang } from '../../core/lang';
import { formulaContext, type Located } from './columns';
import type { FormulaTarget } from './formulas';
import type { Column, FormulaContext } from './tables';

/**
 * A computed column's formula for any row, built once. Building a formula string walks the
 * layout's builders (kinds in two languages, done words…); a column of 10,000 rows differs
 * only in its row number, so the formula is built once with a marker where the row goes and
 * each row is a join. The references come from formulaContext, at the table's real positions.
 */
const MARK = '\u0000';

/** `(row) => "=…"`, or null when the formula needs a column or named cell the table lacks. */
export function rowFormula(
  column: Column,
  table: Located,
  lastRow: number,
  lang: Lang,
  target: FormulaTarget,
): ((row: number) => string) | null {
  if (column.formula === undefined) return null;
  const base = formulaContext(table, 1, lastRow, lang, target);
  const marked: FormulaContext = { ...base, cell: (key) => base.cell(key).replace(/1$/, MARK) };
  let parts: string[];
  try {
    parts = `=${column.formula(marked)}`.split(MARK);
  } catch {
    // formulaContext throws on a missing column or named cell; the refresh reports those.
    return null;
  }
  // join builds one flat string; concatenation would leave a rope of two nodes per part,
  // which 10,000 rows × 6 columns turn into millions of objects for the collector.
  return (row) => parts.join(String(row));
}
