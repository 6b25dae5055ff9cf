import type { ArgName, Place, Problem } from '../core/problem';
import { WordMemo } from '../core/rows';

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

/**
 * The size of a range argument, or null for a single value. Sheets passes rectangles, so the
 * first row gives the width: reading it alone keeps a 100,000-row call from walking every row
 * an extra time. A ragged array (never from Sheets) keeps that width: a shorter row reads as
 * blanks past its end, a longer one's extra cells are not read.
 */
export function shapeOf(arg: unknown): Shape | null {
  if (!isArray(arg)) return null;
  const first: unknown = arg[0];
  const cols = arg.length === 0 ? 0 : isArray(first) ? first.length : 1;
  if (arg.length === 1 && cols === 1) return null;
  return { rows: arg.length, cols };
}

/** Where (r, c), 0-based, lies in ranges of this shape, as a message names it. */
export function placeOf(shape: Shape, r: number, c: number): Place {
  if (shape.cols === 1) return { row: r + 1 };
  return shape.rows === 1 ? { column: c + 1 } : { row: r + 1, column: c + 1 };
}

/** The value at (r, c) of a range argument, or the argument itself when it is a single value. */
export function cellAt(arg: unknown, r: number, c: number): unknown {
  if (!isArray(arg)) return arg;
  const row: unknown = arg[r];
  if (isArray(row)) return row[c];
  return c === 0 ? row : undefined;
}

/**
 * A keyword argument (a kind, a direction) cell by cell: a single value is read once, as it
 * applies to every row; a range goes through a memo, as a column repeats a few words.
 */
export function keywordAt<T>(arg: unknown, parse: (v: unknown) => T): (r: number, c: number) => T {
  if (shapeOf(arg) === null) {
    const value = parse(cellAt(arg, 0, 0));
    return () => value;
  }
  const memo = new WordMemo(parse);
  return (r, c) => memo.read(cellAt(arg, r, c));
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
