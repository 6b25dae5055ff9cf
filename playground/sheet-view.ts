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
import { sparkBar } from './sparkline';
import { isChecked, validationControls } from './validation-controls';
import type { CellView, SheetView, ValueKind } from './view';

const ERROR_CODE = /^#(N\/A|DIV\/0!|REF!|VALUE!|NAME\?|ERROR!|NUM!|NULL!)$/;

/** Empty rows and columns drawn past the used area, as Sheets shows a roomy blank grid. */
const SPARE_ROWS = 60;
const MIN_ROWS = 100;

export function sheetView(h: BundleHandle, name: string): SheetView {
  const inspect = h.spreadsheet;
  const doc = h.emulation.doc;
  const snapshot = inspect.snapshot(name);
  const model = doc.sheetByName(name);
  if (!model) throw new Error(`No sheet named "${name}"`);
  const a1 = snapshot.range;
  const decimal = decimalSeparator(doc.locale);
  const styles = (style: Parameters<typeof inspect.styles>[1]) => inspect.styles(name, style, a1);
  const italic = styles('fontStyle');
  const colors = styles('fontColor');
  const alignments = styles('horizontalAlignment');
  const wraps = styles('wrap');
  const strategies = styles('wrapStrategy');
  const maxRows = Math.min(
    snapshot.maxRows,
    Math.max(MIN_ROWS, snapshot.values.length + SPARE_ROWS),
  );
  const lastRow = doc.lastRow(model);
  const lastColumn = doc.lastColumn(model);
  const ruleFormats = conditionalFormats(
    inspect,
    name,
    snapshot.values.slice(0, lastRow).map((row) => row.slice(0, lastColumn)),
  );
  const controls = validationControls(
    inspect,
    name,
    rangeA1({ row: 1, column: 1, numRows: maxRows, numColumns: snapshot.maxColumns }),
  );

  /** The text in the cell's format, or in the one its formula takes when it has none. */
  const shown = (i: number, j: number, value: unknown, formula: string): string => {
    const own = snapshot.displayValues[i]?.[j] ?? '';
    if (typeof value !== 'number' || formula === '' || model.formats.get(i, j) !== undefined)
      return own;
    const format = inferredFormat(h, name, formula);
    return format === undefined ? own : formatValue(value, format, doc.locale);
  };

  const cells: Record<string, CellView> = {};
  for (const [i, row] of snapshot.values.entries())
    for (const [j, value] of row.entries()) {
      const at = cellA1(i + 1, j + 1);
      const formula = snapshot.formulas[i]?.[j] ?? '';
      const kind = kindOf(value, formula);
      const rule = ruleFormats.get(at);
      const control = controls.cells.get(at);
      const bar = formula === '' ? undefined : sparkBar(inspect, name, formula, value);
      const cell: CellView = {
        display: bar || (control && 'checkbox' in control) ? '' : shown(i, j, value, formula),
        input: inputText(
          value,
          formula,
          snapshot.displayValues[i]?.[j] ?? '',
          snapshot.numberFormats[i]?.[j] ?? '',
          decimal,
        ),
        kind,
        ...defined('background', rule?.background ?? snapshot.backgrounds[i]?.[j]),
        ...defined('color', rule?.color ?? text(colors[i]?.[j])),
        ...defined('bold', rule?.bold ?? (snapshot.fontWeights[i]?.[j] === 'bold' || undefined)),
        ...defined('italic', rule?.italic ?? (italic[i]?.[j] === 'italic' || undefined)),
        ...defined('align', text(alignments[i]?.[j])),
        ...defined(
          'wrap',
          wraps[i]?.[j] === true || String(strategies[i]?.[j] ?? '') === 'WRAP' || undefined,
        ),
        ...defined('note', note(kind, at, snapshot.notes[i]?.[j] ?? '')),
        ...defined('bar', bar),
        ...(control && 'dropdown' in control ? { dropdown: control.dropdown } : {}),
        ...(control && 'checkbox' in control
          ? { checkbox: isChecked(control.checkbox, value) }
          : {}),
      };
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
    maxColumns: snapshot.maxColumns,
    frozenRows: snapshot.frozenRows,
    frozenColumns: snapshot.frozenColumns,
    cells,
    lists: controls.lists,
    columnWidths: Object.fromEntries(model.columnWidths),
    rowHeights: Object.fromEntries(model.rowHeights),
    hiddenColumns: [...model.hiddenColumns],
    hiddenRows: [...model.hiddenRows],
    warnings: snapshot.protections.flatMap((p) => {
      const range = p.warningOnly && parseA1(p.range, snapshot.maxRows, snapshot.maxColumns);
      return range ? [range] : [];
    }),
    charts: snapshot.charts.map((chart) => chartView(inspect, chart)),
  };

  /** A note, or the message behind a custom function's #ERROR!. */
  function note(kind: ValueKind, at: string, own: string): string | undefined {
    const text = kind === 'error' ? (inspect.customFunctionError(`${name}!${at}`) ?? own) : own;
    return text === '' ? undefined : text;
  }
}

/** `{ key: value }` when the value says something, else nothing: the view stays small. */
function defined<K extends string, V>(
  key: K,
  value: V | null | undefined,
): { [P in K]?: Exclude<V, null> } {
  return value === null || value === undefined || value === ''
    ? {}
    : ({ [key]: value } as { [P in K]?: Exclude<V, null> });
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

function decimalSeparator(locale: string): string {
  const parts = new Intl.NumberFormat(locale.replace('_', '-')).formatToParts(1.5);
  return parts.find((p) => p.type === 'decimal')?.value ?? '.';
}
