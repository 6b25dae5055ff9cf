/** Moves items[from, from + count) to before items[to], `to` counted before the move. */
function moveBlock<T>(items: T[], from: number, count: number, to: number): void {
  // Sparse rows are short: pad them so the block and its landing place exist.
  if (items.length < Math.max(from + count, to)) items.length = Math.max(from + count, to);
  const block = items.splice(from, count);
  items.splice(to > from ? to - count : to, 0, ...block);
}

/** A sparse 2-D store (0-based) that follows row/column insertions and deletions. */
export class Grid<T> {
  #rows: (T | undefined)[][] = [];

  get(row: number, column: number): T | undefined {
    return this.#rows[row]?.[column];
  }

  set(row: number, column: number, value: T | undefined): void {
    if (value === undefined) {
      const r = this.#rows[row];
      if (r && column < r.length) r[column] = undefined;
      return;
    }
    let r = this.#rows[row];
    if (!r) {
      r = [];
      this.#rows[row] = r;
    }
    r[column] = value;
  }

  clear(row: number, column: number, numRows: number, numColumns: number): void {
    for (let i = row; i < row + numRows && i < this.#rows.length; i++) {
      const r = this.#rows[i];
      if (r) for (let j = column; j < column + numColumns && j < r.length; j++) r[j] = undefined;
    }
  }

  insertRows(at: number, count: number): void {
    if (at < this.#rows.length) this.#rows.splice(at, 0, ...new Array<(T | undefined)[]>(count));
  }

  deleteRows(at: number, count: number): void {
    this.#rows.splice(at, count);
  }

  insertColumns(at: number, count: number): void {
    for (const r of this.#rows)
      if (r && at < r.length) r.splice(at, 0, ...new Array<T | undefined>(count));
  }

  deleteColumns(at: number, count: number): void {
    for (const r of this.#rows) r?.splice(at, count);
  }

  /** Moves `count` rows from `from` to before row `to` (counted before the move), 0-based. */
  moveRows(from: number, count: number, to: number): void {
    moveBlock(this.#rows, from, count, to);
  }

  moveColumns(from: number, count: number, to: number): void {
    for (const r of this.#rows) if (r) moveBlock(r, from, count, to);
  }

  /** Every stored entry, row by row. */
  *entries(): Generator<[number, number, T]> {
    for (let i = 0; i < this.#rows.length; i++) {
      const r = this.#rows[i];
      if (!r) continue;
      for (let j = 0; j < r.length; j++) {
        const v = r[j];
        if (v !== undefined) yield [i, j, v];
      }
    }
  }

  /** Calls `fn` on every stored entry, row by row, without building a tuple for each. */
  forEach(fn: (row: number, column: number, value: T) => void): void {
    for (let i = 0; i < this.#rows.length; i++) {
      const r = this.#rows[i];
      if (!r) continue;
      for (let j = 0; j < r.length; j++) {
        const v = r[j];
        if (v !== undefined) fn(i, j, v);
      }
    }
  }

  /** 0-based index of the last row holding an entry, or -1. */
  lastRow(): number {
    for (let i = this.#rows.length - 1; i >= 0; i--)
      if (this.#rows[i]?.some((v) => v !== undefined)) return i;
    return -1;
  }

  lastColumn(): number {
    let last = -1;
    for (const r of this.#rows) {
      if (!r) continue;
      for (let j = r.length - 1; j > last; j--) if (r[j] !== undefined) last = j;
    }
    return last;
  }
}
