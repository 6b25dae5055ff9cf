import { type ArgName, isProblem, type Problem } from '../core/problem';
import type { CallContext } from './context';
import { commonShape } from './grid';

/** What one cell of a custom function's result may hold. */
export type Out = number | string;

/**
 * Runs `row` over every position of the call: single values give a single result (a problem
 * throws, so Sheets shows the message on the cell); ranges give a grid of the same size where
 * a bad row shows its short error text and every other row still computes. null is a blank.
 */
export function elementWise(
  ctx: CallContext,
  args: Readonly<Partial<Record<ArgName, unknown>>>,
  row: (r: number, c: number) => Out | null | Problem,
): Out | Out[][] {
  const shape = commonShape(args);
  if (isProblem(shape)) return ctx.fail(shape);
  if (shape === null) {
    const v = row(0, 0);
    if (isProblem(v)) return ctx.fail(v);
    return v ?? '';
  }
  const out: Out[][] = new Array(shape.rows);
  for (let r = 0; r < shape.rows; r++) {
    const line: Out[] = new Array(shape.cols);
    for (let c = 0; c < shape.cols; c++) {
      const v = row(r, c);
      line[c] = v === null ? '' : isProblem(v) ? ctx.short(v) : v;
    }
    out[r] = line;
  }
  return out.length === 0 ? '' : out;
}
