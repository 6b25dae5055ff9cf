/**
 * One sheet as the page draws it, read through the emulation's uncounted inspection API (and,
 * for what that API does not expose, such as column widths, the sheet's recorded model).
 */

import { cellA1 } from '../emulation/a1';
import type { BundleHandle } from '../emulation/load';
import type { SheetView, ValueKind } from './view';

const ERROR_CODE = /^#(N\/A|DIV\/0!|REF!|VALUE!|NAME\?|ERROR!|NUM!|NULL!)$/;

/** Empty rows and columns drawn past the used area, as Sheets shows a roomy blank grid. */
const SPARE_ROWS = 60;
const MIN_ROWS = 100;

export function sheetView(h: BundleHandle, name: string): SheetView {
  const inspect = h.spreadsheet;
  const snapshot = inspect.snapshot(name);
  const model = h.emulation.doc.sheetByName(name);
  if (!model) throw new Error(`No sheet named "${name}"`);
  const a1 = snapshot.range;
  const decimal = decimalSeparator(h.emulation.doc.locale);
  const styles = (style: Parameters<typeof inspect.styles>[1]) => inspect.styles(name, style, a1);
  const italic = styles('fontStyle');
  const colors = styles('fontColor');
  const alignments = styles('horizontalAlignment');
  const wraps = styles('wrap');
  const strategies = styles('wrapStrategy');

  const kinds = snapshot.values.map((row, i) =>
    row.map((v, j) => kindOf(v, snapshot.formulas[i]?.[j] ?? '')),
  );
  const input = snapshot.values.map((row, i) =>
    row.map((v, j) =>
      inputText(
        v,
        snapshot.formulas[i]?.[j] ?? '',
        snapshot.displayValues[i]?.[j] ?? '',
        snapshot.numberFormats[i]?.[j] ?? '',
        decimal,
      ),
    ),
  );
  const notes = snapshot.notes.map((row, i) =>
    row.map((note, j) =>
      kinds[i]?.[j] === 'error'
        ? (inspect.customFunctionError(`${name}!${cellA1(i + 1, j + 1)}`) ?? note)
        : note,
    ),
  );
  const rows = snapshot.values.length;
  const columns = snapshot.values[0]?.length ?? 1;
  return {
    name,
    rows,
    columns,
    maxRows: Math.min(snapshot.maxRows, Math.max(MIN_ROWS, rows + SPARE_ROWS)),
    maxColumns: snapshot.maxColumns,
    frozenRows: snapshot.frozenRows,
    frozenColumns: snapshot.frozenColumns,
    display: snapshot.displayValues,
    input,
    kinds,
    backgrounds: snapshot.backgrounds,
    bold: snapshot.fontWeights.map((row) => row.map((w) => w === 'bold')),
    italic: italic.map((row) => row.map((s) => s === 'italic')),
    colors: colors.map((row) => row.map((c) => (typeof c === 'string' ? c : null))),
    alignments: alignments.map((row) => row.map((a) => (typeof a === 'string' ? a : null))),
    wraps: wraps.map((row, i) =>
      row.map((w, j) => w === true || String(strategies[i]?.[j] ?? '') === 'WRAP'),
    ),
    notes,
    columnWidths: Object.fromEntries(model.columnWidths),
    rowHeights: Object.fromEntries(model.rowHeights),
    hiddenColumns: [...model.hiddenColumns],
    hiddenRows: [...model.hiddenRows],
    charts: snapshot.charts.length,
  };
}

function kindOf(value: unknown, formula: string): ValueKind {
  if (value === '' || value === null || value === undefined) return 'blank';
  // Dates may come from the script's realm: told by their tag. Sheets aligns them as numbers.
  if (typeof value === 'number' || Object.prototype.toString.call(value) === '[object Date]')
    return 'number';
  if (typeof value === 'boolean') return 'boolean';
  if (formula !== '' && ERROR_CODE.test(String(value))) return 'error';
  return 'text';
}

/** The text that, typed back into the cell, gives the same content (Sheets' formula bar). */
function inputText(
  value: unknown,
  formula: string,
  display: string,
  format: string,
  decimal: string,
): string {
  if (formula !== '') return formula;
  if (typeof value !== 'number') return display;
  // Rounded to 15 digits so 0.15 × 100 reads 15, not 15.000000000000002.
  const text = (n: number) => String(Number(n.toPrecision(15))).replace('.', decimal);
  return format.includes('%') ? `${text(value * 100)}%` : text(value);
}

function decimalSeparator(locale: string): string {
  const parts = new Intl.NumberFormat(locale.replace('_', '-')).formatToParts(1.5);
  return parts.find((p) => p.type === 'decimal')?.value ?? '.';
}
