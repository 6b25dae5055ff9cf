/**
 * One sheet as the page draws it, read through the emulation's uncounted inspection API (and,
 * for what that API does not expose, such as column widths, the sheet's recorded model): each
 * cell's text in its number format, its own styles or those of its conditional rule, its
 * sparkline bar, dropdown or checkbox; the warning-only protections; the charts.
 */

import { cellA1, parseA1, rangeA1 } from '../emulation/a1';
import type { BundleHandle } from '../emulation/load';
import { formatValue } from '../emulation/number-format';
import { chartView } from './chart-view';
import { conditionalFormats } from './conditional-formats';
import { inferredFormat } from './formula-formats';
import { sparkline } from './sparkline';
import { isChecked, validationControls } from './validation-controls';
import type { CellView, SheetView, ValueKind } from './view';

const ERROR_CODE = /^#(N\/A|DIV\/0!|REF!|VALUE!|NAME\?|ERROR!|NUM!|NULL!)$/;

/** Empty rows and columns drawn past the used area, as Sheets shows a roomy blank grid. */
const SPARE_ROWS = 60;
const MIN_ROWS = 100;

export function sheetView(h: BundleHandle, name: string): SheetView {
  const inspect = h.spreadsheet;
  const doc = h.emulation.doc;
  const model = doc.sheetByName(name);
  if (!model) throw new Error(`No sheet named "${name}"`);
  // What the page draws, over the used area, read layer by layer: a whole snapshot would also
  // copy what the view leaves out (each cell's validation rule, the merges).
  const a1 = inspect.usedRange(name);
  const layers = {
    values: inspect.values(name, a1),
    displayValues: inspect.displayValues(name, a1),
    formulas: inspect.formulas(name, a1),
    numberFormats: inspect.numberFormats(name, a1),
    notes: inspect.notes(name, a1),
  };
  const decimal = decimalSeparator(doc.locale);
  const styles = (style: Parameters<typeof inspect.styles>[1]) => inspect.styles(name, style, a1);
  const backgrounds = styles('background');
  const weights = styles('fontWeight');
  const italic = styles('fontStyle');
  const colors = styles('fontColor');
  const alignments = styles('horizontalAlignment');
  const wraps = styles('wrap');
  const strategies = styles('wrapStrategy');
  const maxRows = Math.min(model.maxRows, Math.max(MIN_ROWS, layers.values.length + SPARE_ROWS));
  const lastRow = doc.lastRow(model);
  const lastColumn = doc.lastColumn(model);
  const ruleFormats = conditionalFormats(
    inspect,
    name,
    layers.values.slice(0, lastRow).map((row) => row.slice(0, lastColumn)),
    { rows: model.hiddenRows, columns: model.hiddenColumns },
  );
  const controls = validationControls(
    inspect,
    name,
    rangeA1({ row: 1, column: 1, numRows: maxRows, numColumns: model.maxColumns }),
  );

  /** The text in the cell's format, or in the one its formula takes when it has none. */
  const shown = (i: number, j: number, value: unknown, formula: string): string => {
    const own = layers.displayValues[i]?.[j] ?? '';
    if (typeof value !== 'number' || formula === '' || model.formats.get(i, j) !== undefined)
      return own;
    const format = inferredFormat(h, name, formula);
    return format === undefined ? own : formatValue(value, format, doc.locale);
  };

  const cells: Record<string, CellView> = {};
  for (const [i, row] of layers.values.entries())
    for (const [j, value] of row.entries()) {
      const at = cellA1(i + 1, j + 1);
      const formula = layers.formulas[i]?.[j] ?? '';
      const kind = kindOf(value, formula);
      const rule = ruleFormats.get(at);
      const control = controls.cells.get(at);
      const spark = formula.includes('SPARKLINE(')
        ? sparkline(inspect, name, formula, value)
        : undefined;
      const bar = spark && 'bar' in spark ? spark.bar : undefined;
      const line = spark && 'line' in spark ? spark.line : undefined;
      const cell: Draft = {
        display:
          bar || line || (control && 'checkbox' in control) ? '' : shown(i, j, value, formula),
        input: inputText(
          value,
          formula,
          layers.displayValues[i]?.[j] ?? '',
          layers.numberFormats[i]?.[j] ?? '',
          decimal,
        ),
        kind,
      };
      put(cell, 'background', rule?.background ?? text(backgrounds[i]?.[j]));
      put(cell, 'color', rule?.color ?? text(colors[i]?.[j]));
      put(cell, 'bold', rule?.bold ?? (weights[i]?.[j] === 'bold' || undefined));
      put(cell, 'italic', rule?.italic ?? (italic[i]?.[j] === 'italic' || undefined));
      put(cell, 'align', text(alignments[i]?.[j]));
      put(
        cell,
        'wrap',
        wraps[i]?.[j] === true || String(strategies[i]?.[j] ?? '') === 'WRAP' || undefined,
      );
      put(cell, 'note', note(kind, at, layers.notes[i]?.[j] ?? ''));
      put(cell, 'bar', bar);
      put(cell, 'line', line);
      if (control && 'dropdown' in control) cell.dropdown = control.dropdown;
      if (control && 'checkbox' in control) cell.checkbox = isChecked(control.checkbox, value);
      // A blank cell with nothing but its display, input and kind is drawn by default.
      if (kind !== 'blank' || Object.keys(cell).length > 3) cells[at] = cell;
    }
  // Validated cells past the used area still draw their control.
  for (const [at, control] of controls.cells)
    if (!(at in cells))
      cells[at] = {
        display: '',
        input: '',
        kind: 'blank',
        ...('dropdown' in control ? { dropdown: control.dropdown } : { checkbox: false }),
      };

  return {
    name,
    maxRows,
    maxColumns: model.maxColumns,
    frozenRows: model.frozenRows,
    frozenColumns: model.frozenColumns,
    cells,
    lists: controls.lists,
    columnWidths: Object.fromEntries(model.columnWidths),
    rowHeights: Object.fromEntries(model.rowHeights),
    hiddenColumns: [...model.hiddenColumns],
    hiddenRows: [...model.hiddenRows],
    warnings: inspect.protections(name).flatMap((p) => {
      const range = p.warningOnly && parseA1(p.range, model.maxRows, model.maxColumns);
      return range ? [range] : [];
    }),
    charts: inspect.charts(name).map((chart) => chartView(inspect, chart)),
  };

  /** A note, or the message behind a custom function's #ERROR!. */
  function note(kind: ValueKind, at: string, own: string): string | undefined {
    const text = kind === 'error' ? (inspect.customFunctionError(`${name}!${at}`) ?? own) : own;
    return text === '' ? undefined : text;
  }
}

/** A cell's view while it is being built, field by field. */
type Draft = { -readonly [K in keyof CellView]: CellView[K] };

/**
 * Sets the field when its value says something: the view stays small. One object a cell, as
 * every cell of the used area is built again on each redraw.
 */
function put<K extends keyof CellView>(cell: Draft, key: K, value: Draft[K] | null): void {
  if (value !== null && value !== undefined && value !== '') cell[key] = value;
}

function text(style: unknown): string | undefined {
  return typeof style === 'string' ? style : undefined;
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

/** By locale: making a NumberFormat costs more than building the rest of a small view. */
const decimalSeparators = new Map<string, string>();

function decimalSeparator(locale: string): string {
  let decimal = decimalSeparators.get(locale);
  if (decimal === undefined) {
    const parts = new Intl.NumberFormat(locale.replace('_', '-')).formatToParts(1.5);
    decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
    decimalSeparators.set(locale, decimal);
  }
  return decimal;
}
