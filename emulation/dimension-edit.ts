/**
 * Row and column edits (insert, delete, move) as index maps, so everything keyed by a row or
 * column number (heights, widths, hidden flags, developer metadata) follows the cells.
 */

/** One edit along one axis, 1-based as Sheet's methods take it. `to` is before removal. */
export type DimensionEdit =
  | { kind: 'insert'; at: number; count: number }
  | { kind: 'delete'; at: number; count: number }
  | { kind: 'move'; from: number; count: number; to: number };

/** How much the edit grows the axis. */
export function growth(edit: DimensionEdit): number {
  return edit.kind === 'insert' ? edit.count : edit.kind === 'delete' ? -edit.count : 0;
}

/** Where row or column `index` is after the edit; undefined when the edit deleted it. */
export function remap(index: number, edit: DimensionEdit): number | undefined {
  switch (edit.kind) {
    case 'insert':
      return index >= edit.at ? index + edit.count : index;
    case 'delete':
      if (index < edit.at) return index;
      return index < edit.at + edit.count ? undefined : index - edit.count;
    case 'move': {
      const { from, count, to } = edit;
      // Sheets' destination counts before the moved block is taken out.
      const landing = to > from ? to - count : to;
      if (index >= from && index < from + count) return landing + index - from;
      const rest = index < from ? index : index - count;
      return rest >= landing ? rest + count : rest;
    }
  }
}

export function remapKeys<T>(map: Map<number, T>, edit: DimensionEdit): void {
  const moved = [...map].flatMap(([k, v]) => {
    const to = remap(k, edit);
    return to === undefined ? [] : [[to, v] as const];
  });
  map.clear();
  for (const [k, v] of moved) map.set(k, v);
}

export function remapSet(set: Set<number>, edit: DimensionEdit): void {
  const moved = [...set].flatMap((k) => remap(k, edit) ?? []);
  set.clear();
  for (const k of moved) set.add(k);
}
