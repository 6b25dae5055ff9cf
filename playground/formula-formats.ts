/**
 * The number format Sheets shows a formula's result in when the cell's own format is
 * automatic: that of the cell the formula reads first, so a dashboard cell pulling a 0.00
 * score from the OKR sheet shows 0.67, not 0.6666666667. The emulation's display values keep
 * the automatic format (what getDisplayValues promises is not documented for this); the page
 * shows what a person sees.
 */
import { parseA1 } from '../emulation/a1';
import type { BundleHandle } from '../emulation/load';
import { isTextFormat } from '../emulation/number-format';
import { firstReference } from './formula-text';

/** How many formulas deep a format is followed (=B5 where B5 is =OKRs!M5). */
const MAX_DEPTH = 3;

export function inferredFormat(
  h: BundleHandle,
  sheet: string,
  formula: string,
  depth = MAX_DEPTH,
): string | undefined {
  const ref = firstReference(formula);
  if (!ref || depth === 0) return undefined;
  const name = ref.sheet ?? sheet;
  const model = h.emulation.doc.sheetByName(name);
  const cell = model && parseA1(ref.a1, model.maxRows, model.maxColumns);
  if (!cell) return undefined;
  const own = model.formats.get(cell.row - 1, cell.column - 1);
  if (own !== undefined) return isTextFormat(own) ? undefined : own;
  const next = h.spreadsheet.formulas(name, ref.a1)[0]?.[0] ?? '';
  return next === '' ? undefined : inferredFormat(h, name, next, depth - 1);
}
