/**
 * The rows the check-in panel is made of, a key result's or a KPI's: each is judged on what
 * its fields show, and keeps what was typed when the panel is drawn anew.
 */
export interface Row<C, E> {
  /** The ID of what it checks in. */
  readonly id: string;
  readonly element: HTMLElement;
  /** The check-in, or null when a field is wrong (it is marked); undefined when nothing changed. */
  read(): C | null | undefined;
  /** The fields, when they differ from the state's. */
  edit(): E | undefined;
  restore(edit: E): void;
}

/** The row, with what was typed in it before a redraw (a save of something else, a refresh). */
export function kept<R extends Row<unknown, E>, E>(row: R, edits: ReadonlyMap<string, E>): R {
  const edit = edits.get(row.id);
  if (edit !== undefined) row.restore(edit);
  return row;
}

/**
 * The check-ins of the rows that changed; null when a field is wrong. Every row is read, so
 * that each wrong field is marked at once.
 */
export function readRows<C>(rows: readonly Row<C, unknown>[]): C[] | null {
  const read = rows.map((r) => r.read());
  if (read.includes(null)) return null;
  return read.filter((c): c is C => c !== undefined && c !== null);
}

export function editsOf<E>(rows: readonly Row<unknown, E>[]): Map<string, E> {
  const edits = new Map<string, E>();
  for (const row of rows) {
    const edit = row.edit();
    if (edit !== undefined) edits.set(row.id, edit);
  }
  return edits;
}
