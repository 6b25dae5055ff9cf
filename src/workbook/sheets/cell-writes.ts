import { rectangles } from './rectangles';

/**
 * Cells to write into one sheet, gathered before anything is written, then written in as few
 * calls as their places allow without touching any other cell: per column, each run of
 * consecutive rows is one rectangle, and rectangles of adjacent columns covering the same
 * rows are merged. A cell that is not set is never written — not even with the value it holds,
 * which would freeze a formula's result, block a spill, or undo a collaborator's edit.
 */
export interface CellRun {
  readonly row: number;
  readonly column: number;
  readonly values: unknown[][];
}

export class CellWrites {
  private readonly byColumn = new Map<number, Map<number, unknown>>();

  set(row: number, column: number, value: unknown): void {
    const cells = this.byColumn.get(column) ?? new Map<number, unknown>();
    this.byColumn.set(column, cells);
    cells.set(row, value);
  }

  runs(): CellRun[] {
    const at = (row: number, column: number): unknown => this.byColumn.get(column)?.get(row);
    return rectangles(new Map([...this.byColumn].map(([c, cells]) => [c, cells.keys()]))).map(
      (r) => ({
        row: r.row,
        column: r.column,
        values: Array.from({ length: r.rows }, (_, i) =>
          Array.from({ length: r.columns }, (_, j) => at(r.row + i, r.column + j)),
        ),
      }),
    );
  }

  /** One getRange and one setValues per run. */
  write(sheet: GoogleAppsScript.Spreadsheet.Sheet): void {
    for (const r of this.runs())
      sheet
        .getRange(r.row, r.column, r.values.length, r.values[0]?.length ?? 1)
        .setValues(r.values);
  }
}
