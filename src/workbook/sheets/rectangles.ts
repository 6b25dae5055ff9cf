/** A rectangle of cells, 1-based. */
export interface Rectangle {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

/**
 * Scattered cells as few rectangles as their places allow, so that each costs one call: in each
 * column, every run of consecutive rows, merged with the same run of the columns beside it. A
 * table's computed cells, or a check-in's cells in one column, are then a rectangle each.
 * `cells`: for each column, the rows set in it.
 */
export function rectangles(cells: ReadonlyMap<number, Iterable<number>>): Rectangle[] {
  const open = new Map<string, { row: number; rows: number; column: number; columns: number }>();
  const done: Rectangle[] = [];
  for (const column of [...cells.keys()].sort((a, b) => a - b)) {
    const rows = [...(cells.get(column) ?? [])].sort((a, b) => a - b);
    const here = new Set<string>();
    for (let i = 0; i < rows.length; ) {
      const first = rows[i] ?? 0;
      let n = 1;
      while (rows[i + n] === first + n) n++;
      const key = `${first}:${n}`;
      here.add(key);
      const rect = open.get(key);
      if (rect !== undefined && rect.column + rect.columns === column) rect.columns++;
      else {
        if (rect !== undefined) done.push(rect);
        open.set(key, { row: first, rows: n, column, columns: 1 });
      }
      i += n;
    }
    for (const [key, rect] of open)
      if (!here.has(key)) {
        done.push(rect);
        open.delete(key);
      }
  }
  return [...done, ...open.values()].sort((a, b) => a.row - b.row || a.column - b.column);
}
