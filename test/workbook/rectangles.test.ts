import { describe, expect, it } from 'vitest';
import { rectangles } from '../../src/workbook/sheets/rectangles';

/** Scattered cells as the fewest rectangles their places allow: one write call each. */
describe('rectangles', () => {
  it('merges the same run of rows across adjacent columns, and nothing else', () => {
    const cells = new Map([
      [2, [5, 6, 7]],
      [3, [5, 6, 7]],
      [4, [5, 7]],
      [6, [5, 6, 7]],
    ]);
    expect(rectangles(cells)).toEqual([
      { row: 5, column: 2, rows: 3, columns: 2 },
      { row: 5, column: 4, rows: 1, columns: 1 },
      { row: 5, column: 6, rows: 3, columns: 1 },
      { row: 7, column: 4, rows: 1, columns: 1 },
    ]);
  });

  it('covers every cell once, whatever the order they came in', () => {
    const cells = new Map([
      [1, [9, 1, 2]],
      [2, [2, 1]],
    ]);
    const rects = rectangles(cells);
    const covered = rects.flatMap((r) =>
      Array.from({ length: r.rows * r.columns }, (_, k) => [
        r.column + (k % r.columns),
        r.row + Math.floor(k / r.columns),
      ]),
    );
    expect(covered.map(String).sort()).toEqual(['1,1', '1,2', '1,9', '2,1', '2,2']);
    expect(rects).toHaveLength(2);
  });
});
