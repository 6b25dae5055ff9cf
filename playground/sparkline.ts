/**
 * SPARKLINE as Sheets draws it in its cell. The emulation's engine gives the cell its first
 * argument's value; the options (`{"charttype","bar";"max",1;"color1",IF(…)}`, expressions
 * allowed) are read from the formula and evaluated on the cell's sheet. A one-value bar fills
 * value ÷ max of the cell, in color1; a line (Sheets' default chart type) joins its data's
 * numbers in order, in color.
 */
import type { Inspector } from '../emulation/inspect';
import { callArguments } from './formula-text';
import type { SparkBar, SparkLine } from './view';

/** Sheets' bar colour when the options name none. */
const DEFAULT_BAR_COLOR = '#4285f4';
const DEFAULT_LINE_COLOR = '#4285f4';

/** What a SPARKLINE cell draws: a bar, a line, or nothing. */
export type Spark = { readonly bar: SparkBar } | { readonly line: SparkLine } | undefined;

/** A bar option written out in the formula: such a cell without a number draws nothing. */
const BAR_OPTION = /"charttype"\s*,\s*"bar"/i;

/**
 * What a SPARKLINE formula draws in its cell, its options evaluated once. A line's points are
 * its data evaluated on the cell's sheet, numbers in reading order; the formula around the call
 * (an IF that shows nothing under two points) is not evaluated: a line is drawn where the data
 * hold two numbers or more, as that IF asks.
 */
export function sparkline(
  inspect: Inspector,
  sheet: string,
  formula: string,
  value: unknown,
): Spark {
  const args = callArguments(formula, 'SPARKLINE');
  if (!args?.[0]) return undefined;
  // The template's empty rows hold bars of nothing: known without evaluating anything.
  if (typeof value !== 'number' && BAR_OPTION.test(args[1] ?? '')) return undefined;
  const options = args[1] ? readOptions(inspect.evaluate(sheet, `=${args[1]}`)) : new Map();
  const type = String(options.get('charttype') ?? 'line').toLowerCase();
  if (type === 'bar') {
    if (typeof value !== 'number') return undefined;
    const max = Number(options.get('max') ?? value);
    const fraction = max > 0 ? Math.min(1, Math.max(0, value / max)) : 0;
    return { bar: { fraction, color: String(options.get('color1') ?? DEFAULT_BAR_COLOR) } };
  }
  if (type !== 'line') return undefined;
  const data = inspect.evaluate(sheet, `=${args[0]}`);
  const rows = Array.isArray(data) ? (data as unknown[][]) : [[data]];
  const points = rows.flat().map((v) => (typeof v === 'number' && Number.isFinite(v) ? v : null));
  if (points.filter((p) => p !== null).length < 2) return undefined;
  return { line: { points, color: String(options.get('color') ?? DEFAULT_LINE_COLOR) } };
}

/** Option rows ({"max",1;"color1","red"}) as a map by lower-case name. */
function readOptions(evaluated: unknown): Map<string, unknown> {
  const rows = Array.isArray(evaluated) ? (evaluated as unknown[][]) : [];
  return new Map(rows.map(([key, value]) => [String(key).toLowerCase(), value]));
}
