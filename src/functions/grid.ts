import type { ArgName, Problem } from '../core/problem';

// Built-ins used per row are bound once: in a script's global scope (Apps Script's, node:vm's)
// looking a global up costs far more than reading a local, and a column is 100,000 lookups.
const { isArray } = Array;

/**
 * Custom-function arguments as Sheets passes them: a single value, or a 2-D array for a range.
 * Calls are element-wise: ranges must share one size, and a single value (or a 1×1 range)
 * applies to every row.
 */
export interface Shape {
  readonly rows: number;
  readonly cols: number;
}

/** The size of a range argument, or null for a single value. Ragged rows count as padded. */
export function shapeOf(arg: unknown): Shape | null {
  if (!isArray(arg)) return null;
  let cols = 0;
  for (let r = 0; r < arg.length; r++) {
    const row: unknown = arg[r];
    const width = isArray(row) ? row.length : 1;
    if (width > cols) cols = width;
  }
  if (arg.length === 1 && cols === 1) return null;
  return { rows: arg.length, cols };
}

/** The value at (r, c) of a range argument, or the argument itself when it is a single value. */
export function cellAt(arg: unknown, r: number, c: number): unknown {
  if (!isArray(arg)) return arg;
  const row: unknown = arg[r];
  if (isArray(row)) return row[c];
  return c === 0 ? row : undefined;
}

/** A single value, unwrapped from a 1×1 range. */
export function single(arg: unknown): unknown {
  return shapeOf(arg) === null ? cellAt(arg, 0, 0) : arg;
}

/**
 * The common size of the range arguments, null when all are single values, or the Problem
 * naming the first argument whose size differs.
 */
export function commonShape(
  args: Readonly<Partial<Record<ArgName, unknown>>>,
): Shape | null | Problem {
  let shape: Shape | null = null;
  for (const [name, arg] of Object.entries(args) as [ArgName, unknown][]) {
    const s = shapeOf(arg);
    if (s === null) continue;
    if (shape === null) shape = s;
    else if (s.rows !== shape.rows || s.cols !== shape.cols)
      return {
        code: 'size_mismatch',
        arg: name,
        rows: s.rows,
        cols: s.cols,
        expectedRows: shape.rows,
        expectedCols: shape.cols,
      };
  }
  return shape;
}
