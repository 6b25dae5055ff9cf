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
  const cell = (r: number, c: number): Out => {
    const v = row(r, c);
    return v === null ? '' : isProblem(v) ? ctx.short(v) : v;
  };
  if (shape.rows === 0) return '';
  // Sized once: growing a 100,000-row result by push copies it over and over.
  const out = new Array<Out[]>(shape.rows);
  // A column is the common case: one exact-size row each keeps the garbage small.
  if (shape.cols === 1) for (let r = 0; r < shape.rows; r++) out[r] = [cell(r, 0)];
  else
    for (let r = 0; r < shape.rows; r++) {
      const line = new Array<Out>(shape.cols);
      for (let c = 0; c < shape.cols; c++) line[c] = cell(r, c);
      out[r] = line;
    }
  return out;
}
