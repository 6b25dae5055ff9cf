/**
 * SPARKLINE as Sheets draws it in its cell. The emulation's engine gives the cell its first
 * argument's value; the options (`{"charttype","bar";"max",1;"color1",IF(…)}`, expressions
 * allowed) are read from the formula and evaluated on the cell's sheet. A one-value bar fills
 * value ÷ max of the cell, in color1.
 */
import type { Inspector } from '../emulation/inspect';
import { callArguments } from './formula-text';
import type { SparkBar } from './view';

/** Sheets' bar colour when the options name none. */
const DEFAULT_BAR_COLOR = '#4285f4';

export function sparkBar(
  inspect: Inspector,
  sheet: string,
  formula: string,
  value: unknown,
): SparkBar | undefined {
  if (typeof value !== 'number') return undefined;
  const args = callArguments(formula, 'SPARKLINE');
  if (!args) return undefined;
  const options = args[1] ? readOptions(inspect.evaluate(sheet, `=${args[1]}`)) : new Map();
  if (String(options.get('charttype') ?? '').toLowerCase() !== 'bar') return undefined;
  const max = Number(options.get('max') ?? value);
  const fraction = max > 0 ? Math.min(1, Math.max(0, value / max)) : 0;
  return { fraction, color: String(options.get('color1') ?? DEFAULT_BAR_COLOR) };
}

/** Option rows ({"max",1;"color1","red"}) as a map by lower-case name. */
function readOptions(evaluated: unknown): Map<string, unknown> {
  const rows = Array.isArray(evaluated) ? (evaluated as unknown[][]) : [];
  return new Map(rows.map(([key, value]) => [String(key).toLowerCase(), value]));
}
