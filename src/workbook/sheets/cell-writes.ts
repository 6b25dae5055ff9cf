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

  get size(): number {
    let n = 0;
    for (const cells of this.byColumn.values()) n += cells.size;
    return n;
  }

  runs(): CellRun[] {
    const columns = [...this.byColumn.keys()].sort((a, b) => a - b);
    const out: { row: number; rows: number; column: number; values: unknown[][] }[] = [];
    for (const column of columns) {
      const cells = this.byColumn.get(column) ?? new Map<number, unknown>();
      const rows = [...cells.keys()].sort((a, b) => a - b);
      for (let i = 0; i < rows.length; ) {
        const first = rows[i] ?? 0;
        let n = 1;
        while (rows[i + n] === first + n) n++;
        const values = rows.slice(i, i + n).map((r) => cells.get(r));
        const left = out.find(
          (o) =>
            o.row === first && o.rows === n && o.column + (o.values[0]?.length ?? 0) === column,
        );
        if (left)
          left.values.forEach((line, j) => {
            line.push(values[j]);
          });
        else out.push({ row: first, rows: n, column, values: values.map((v) => [v]) });
        i += n;
      }
    }
    return out.map(({ row, column, values }) => ({ row, column, values }));
  }

  /** One getRange and one setValues per run. */
  write(sheet: GoogleAppsScript.Spreadsheet.Sheet): void {
    for (const r of this.runs())
      sheet
        .getRange(r.row, r.column, r.values.length, r.values[0]?.length ?? 1)
        .setValues(r.values);
  }
}
