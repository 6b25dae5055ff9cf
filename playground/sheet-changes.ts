/**
 * A sheet's view as the changes from the one the page already shows. Typing one value
 * changes a few cells of hundreds: sending and redrawing those alone keeps the redraw quick.
 * The server finds the changes; the page applies them to the view it holds.
 */
import type { CellView, SheetChanges, SheetView } from './view';

/**
 * The cells that differ from `from` to `to`, or undefined when more than cells changed (the
 * sheet's size, widths, lists, charts…): then the page draws the sheet again whole.
 */
export function sheetChanges(
  from: SheetView,
  to: SheetView,
  base: number,
): SheetChanges | undefined {
  const { cells: before, ...restBefore } = from;
  const { cells: after, ...restAfter } = to;
  if (JSON.stringify(restBefore) !== JSON.stringify(restAfter)) return undefined;
  const changed: Record<string, CellView | null> = {};
  for (const [a1, cell] of Object.entries(after))
    if (!sameCell(before[a1], cell)) changed[a1] = cell;
  for (const a1 of Object.keys(before)) if (!(a1 in after)) changed[a1] = null;
  return { name: to.name, base, changed };
}

/** The view `changes` were found against, brought up to date. */
export function applyChanges(view: SheetView, changes: SheetChanges): SheetView {
  const cells: Record<string, CellView> = { ...view.cells };
  for (const [a1, cell] of Object.entries(changes.changed)) {
    if (cell) cells[a1] = cell;
    else delete cells[a1];
  }
  return { ...view, cells };
}

/** Both views are built by the same code, so equal cells serialise alike, key for key. */
function sameCell(a: CellView | undefined, b: CellView): boolean {
  return a !== undefined && JSON.stringify(a) === JSON.stringify(b);
}
