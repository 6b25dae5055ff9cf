/**
 * Draws a sheet as Sheets does: column letters and row numbers, fixed-size cells with the
 * computed display values, numbers right-aligned, text spilling over empty neighbours, the
 * recorded (or conditional) backgrounds, weights, colours and alignments, bar sparklines,
 * dropdown chips, checkboxes, a corner mark on cells with a note, hidden rows and columns
 * left out, and frozen rows and columns that stay in place while the rest scrolls.
 * Semantics follow the ARIA grid pattern.
 */
import { cellA1, columnToLetters } from '../../emulation/a1';
import { parseCell } from '../a1';
import type { CellView, SheetView } from '../view';

const DEFAULT_WIDTH = 100;
const DEFAULT_HEIGHT = 21;
const HEADER_HEIGHT = 24;
const ROW_HEADER_WIDTH = 46;
/** Cell padding and border, which the spilling text's box must leave out. */
const CELL_CHROME = 5;
/** Sheets lets text run over empty cells; beyond a few screens it no longer matters. */
const MAX_SPILL_COLUMNS = 12;

// Stacking, lowest first: body cells, frozen columns, frozen rows, frozen both, headers. A
// spilling cell sits one above its row so the empty neighbours drawn after it do not hide it.
const Z = {
  col: 2,
  row: 4,
  both: 6,
  rowHeader: 8,
  frozenRowHeader: 9,
  colHeader: 10,
  frozenColHeader: 11,
  corner: 12,
};

function columnWidth(sheet: SheetView, column: number): number {
  return sheet.columnWidths[column] ?? DEFAULT_WIDTH;
}

function rowHeight(sheet: SheetView, row: number): number {
  return sheet.rowHeights[row] ?? DEFAULT_HEIGHT;
}

/** Which rows and columns show, and where the frozen ones stay when the grid scrolls. */
interface Layout {
  readonly columns: readonly number[];
  /** Each shown column's place among `columns`. */
  readonly index: ReadonlyMap<number, number>;
  readonly lefts: ReadonlyMap<number, number>;
  readonly tops: ReadonlyMap<number, number>;
}

/**
 * A sheet's table, drawn whole once; then a typed value redraws only the cells whose view
 * changed, which keeps the redraw far below rebuilding thousands of cells.
 */
export class GridTable {
  readonly element: HTMLTableElement;
  readonly #layout: Layout;
  readonly #cells = new Map<string, HTMLTableCellElement>();
  /** The row and column headers, by 1-based row and column. */
  readonly #rowHeaders = new Map<number, HTMLElement>();
  readonly #columnHeaders = new Map<number, HTMLElement>();

  constructor(sheet: SheetView) {
    const hiddenColumns = new Set(sheet.hiddenColumns);
    const hiddenRows = new Set(sheet.hiddenRows);
    const columns = range(sheet.maxColumns).filter((c) => !hiddenColumns.has(c));
    const rows = range(sheet.maxRows).filter((r) => !hiddenRows.has(r));
    this.#layout = layout(sheet, columns, rows);
    this.element = document.createElement('table');
    const table = this.element;
    table.className = 'grid';
    table.setAttribute('role', 'grid');
    table.setAttribute('aria-label', sheet.name);
    table.setAttribute('aria-rowcount', String(sheet.maxRows + 1));
    table.setAttribute('aria-colcount', String(sheet.maxColumns + 1));

    const colgroup = table.appendChild(document.createElement('colgroup'));
    colgroup.appendChild(document.createElement('col')).style.width = `${ROW_HEADER_WIDTH}px`;
    for (const c of columns)
      colgroup.appendChild(document.createElement('col')).style.width =
        `${columnWidth(sheet, c)}px`;
    table.style.width = `${ROW_HEADER_WIDTH + columns.reduce((w, c) => w + columnWidth(sheet, c), 0)}px`;

    const { lefts, tops } = this.#layout;
    const head = table.appendChild(document.createElement('thead')).insertRow();
    head.setAttribute('aria-rowindex', '1');
    const corner = head.appendChild(document.createElement('th'));
    corner.className = 'corner';
    corner.style.zIndex = String(Z.corner);
    for (const c of columns) {
      const th = head.appendChild(document.createElement('th'));
      th.setAttribute('role', 'columnheader');
      th.setAttribute('aria-colindex', String(c + 1));
      th.className = 'col-header';
      th.dataset.column = String(c);
      this.#columnHeaders.set(c, th);
      th.textContent = columnToLetters(c);
      const frozenLeft = lefts.get(c);
      th.style.zIndex = String(frozenLeft === undefined ? Z.colHeader : Z.frozenColHeader);
      if (frozenLeft !== undefined) th.style.left = `${frozenLeft}px`;
      if (c === sheet.frozenColumns) th.classList.add('frozen-edge-column');
    }

    const body = table.appendChild(document.createElement('tbody'));
    for (const r of rows) {
      const tr = body.insertRow();
      tr.setAttribute('aria-rowindex', String(r + 1));
      tr.style.height = `${rowHeight(sheet, r)}px`;
      const frozenTop = tops.get(r);
      const th = tr.appendChild(document.createElement('th'));
      th.setAttribute('role', 'rowheader');
      th.className = 'row-header';
      th.dataset.row = String(r);
      this.#rowHeaders.set(r, th);
      th.textContent = String(r);
      th.style.zIndex = String(frozenTop === undefined ? Z.rowHeader : Z.frozenRowHeader);
      if (frozenTop !== undefined) {
        th.classList.add('frozen');
        th.style.top = `${frozenTop}px`;
      }
      if (r === sheet.frozenRows) tr.classList.add('frozen-edge');
      for (const index of columns.keys()) tr.appendChild(this.#draw(sheet, r, index));
    }
  }

  /** The cell's element, unless its row or column is hidden. */
  td(a1: string): HTMLTableCellElement | undefined {
    return this.#cells.get(a1);
  }

  /** The headers of the cell's row and column, those that show. */
  headers(row: number, column: number): HTMLElement[] {
    return [this.#columnHeaders.get(column), this.#rowHeaders.get(row)].flatMap((th) =>
      th ? [th] : [],
    );
  }

  /**
   * Draws again the cells `changed` names (with `sheet` their new view), and the nearest cell
   * on the left of each that draws something: its text may now spill over the changed cell,
   * or no longer.
   */
  patch(sheet: SheetView, changed: readonly string[]): void {
    const { columns, index } = this.#layout;
    const due = new Map<string, { row: number; index: number }>();
    for (const a1 of changed) {
      const at = parseCell(a1);
      const i = at && this.#cells.has(a1) ? index.get(at.column) : undefined;
      if (!at || i === undefined) continue;
      due.set(a1, { row: at.row, index: i });
      for (let k = i - 1; k >= Math.max(0, i - MAX_SPILL_COLUMNS); k--) {
        const left = cellA1(at.row, columns[k] ?? 0);
        if (!drawsSomething(sheet.cells[left])) continue;
        due.set(left, { row: at.row, index: k });
        break;
      }
    }
    for (const [a1, at] of due)
      this.#cells.get(a1)?.replaceWith(this.#draw(sheet, at.row, at.index));
  }

  /** The cell at the row and the index-th shown column, placed if it is frozen. */
  #draw(sheet: SheetView, r: number, index: number): HTMLTableCellElement {
    const { columns, lefts, tops } = this.#layout;
    const c = columns[index] ?? 0;
    const td = cell(sheet, r, c, columns.slice(index + 1));
    this.#cells.set(cellA1(r, c), td);
    const frozenTop = tops.get(r);
    const frozenLeft = lefts.get(c);
    if (frozenTop === undefined && frozenLeft === undefined) return td;
    td.classList.add('frozen');
    if (frozenTop !== undefined) td.style.top = `${frozenTop}px`;
    if (frozenLeft !== undefined) td.style.left = `${frozenLeft}px`;
    const z = frozenTop === undefined ? Z.col : frozenLeft === undefined ? Z.row : Z.both;
    td.style.zIndex = String(td.classList.contains('spill') ? z + 1 : z);
    if (c === sheet.frozenColumns) td.classList.add('frozen-edge-column');
    return td;
  }
}

function layout(sheet: SheetView, columns: readonly number[], rows: readonly number[]): Layout {
  const lefts = new Map<number, number>();
  let left = ROW_HEADER_WIDTH;
  for (const c of columns.filter((c) => c <= sheet.frozenColumns)) {
    lefts.set(c, left);
    left += columnWidth(sheet, c);
  }
  const tops = new Map<number, number>();
  let top = HEADER_HEIGHT;
  for (const r of rows.filter((r) => r <= sheet.frozenRows)) {
    tops.set(r, top);
    top += rowHeight(sheet, r);
  }
  return { columns, index: new Map(columns.map((c, i) => [c, i])), lefts, tops };
}

function cell(
  sheet: SheetView,
  r: number,
  c: number,
  rightOf: readonly number[],
): HTMLTableCellElement {
  const td = document.createElement('td');
  td.setAttribute('role', 'gridcell');
  td.setAttribute('aria-colindex', String(c + 1));
  const a1 = cellA1(r, c);
  td.dataset.a1 = a1;
  td.dataset.row = String(r);
  td.dataset.column = String(c);
  const data = sheet.cells[a1];
  if (!data) return td;
  if (data.background) td.style.backgroundColor = data.background;
  if (data.note) {
    td.dataset.note = data.note;
    td.setAttribute('aria-description', data.note);
    td.classList.add(data.kind === 'error' ? 'error' : 'has-note');
  } else if (data.kind === 'error') td.classList.add('error');
  if (data.checkbox !== undefined) {
    td.appendChild(checkbox(a1, data.checkbox));
    return td;
  }
  if (data.bar) {
    td.appendChild(bar(data.bar.fraction, data.bar.color));
    return td;
  }
  if (data.line) {
    td.appendChild(line(data.line.points, data.line.color));
    return td;
  }
  if (data.dropdown !== undefined) {
    td.appendChild(dropdown(data.display));
    return td;
  }
  if (data.display === '') return td;

  const value = td.appendChild(document.createElement('div'));
  value.className = 'value';
  value.textContent = data.display;
  if (data.color) value.style.color = data.color;
  if (data.bold) value.style.fontWeight = 'bold';
  if (data.italic) value.style.fontStyle = 'italic';
  const align = alignment(data.align ?? null, data.kind);
  td.style.textAlign = align;
  if (data.wrap) {
    td.classList.add('wrap');
    return td;
  }
  // Text runs over the empty cells on its right, as far as the first one holding something.
  if (align === 'left' && data.kind === 'text') {
    let extra = 0;
    for (const next of rightOf.slice(0, MAX_SPILL_COLUMNS)) {
      if (drawsSomething(sheet.cells[cellA1(r, next)])) break;
      extra += columnWidth(sheet, next);
    }
    if (extra > 0) {
      td.classList.add('spill');
      value.style.width = `${columnWidth(sheet, c) + extra - CELL_CHROME}px`;
    }
  }
  return td;
}

/** Whether a cell draws anything, which stops text spilling from its left. */
function drawsSomething(cell: CellView | undefined): boolean {
  return (
    cell !== undefined &&
    (cell.display !== '' ||
      cell.bar !== undefined ||
      cell.line !== undefined ||
      cell.checkbox !== undefined ||
      cell.dropdown !== undefined)
  );
}

/** A bar sparkline: the cell's width filled to the value's share, in its colour. */
function bar(fraction: number, color: string): HTMLElement {
  const track = document.createElement('div');
  track.className = 'spark-bar';
  const fill = track.appendChild(document.createElement('div'));
  fill.className = 'spark-fill';
  fill.style.width = `${(fraction * 100).toFixed(1)}%`;
  fill.style.backgroundColor = color;
  return track;
}

/**
 * A line sparkline: its points spread across the cell, scaled between their smallest and
 * largest, broken where a point is missing (as Sheets leaves a gap for an empty cell).
 */
function line(points: readonly (number | null)[], color: string): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('class', 'spark-line');
  svg.setAttribute('viewBox', '0 0 100 20');
  svg.setAttribute('preserveAspectRatio', 'none');
  const numbers = points.filter((p): p is number => p !== null);
  const [low, high] = [Math.min(...numbers), Math.max(...numbers)];
  const y = (v: number): number => (high === low ? 10 : 18 - ((v - low) / (high - low)) * 16);
  const x = (i: number): number => (points.length < 2 ? 50 : (i / (points.length - 1)) * 100);
  let d = '';
  let open = false;
  points.forEach((p, i) => {
    if (p === null) {
      open = false;
      return;
    }
    d += `${open ? 'L' : 'M'}${x(i).toFixed(1)},${y(p).toFixed(1)}`;
    open = true;
  });
  const path = svg.appendChild(document.createElementNS(ns, 'path'));
  path.setAttribute('d', d);
  path.setAttribute('fill', 'none');
  path.setAttribute('stroke', color);
  path.setAttribute('stroke-width', '1.5');
  path.setAttribute('vector-effect', 'non-scaling-stroke');
  return svg;
}

/** A dropdown chip: the chosen value in a grey pill with its arrow; an empty cell, the arrow. */
function dropdown(text: string): HTMLElement {
  const chip = document.createElement('div');
  chip.className = text === '' ? 'chip chip-empty' : 'chip';
  chip.appendChild(document.createElement('span')).textContent = text;
  const arrow = chip.appendChild(document.createElement('span'));
  arrow.className = 'chip-arrow';
  arrow.setAttribute('aria-hidden', 'true');
  arrow.textContent = '▾';
  return chip;
}

function checkbox(a1: string, checked: boolean): HTMLInputElement {
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.className = 'cell-checkbox';
  box.checked = checked;
  box.tabIndex = -1;
  box.setAttribute('aria-label', a1);
  return box;
}

function alignment(recorded: string | null, kind: string): 'left' | 'center' | 'right' {
  const set = recorded?.toLowerCase() ?? '';
  if (set.includes('center')) return 'center';
  if (set.includes('right')) return 'right';
  if (set.includes('left')) return 'left';
  if (kind === 'number') return 'right';
  if (kind === 'boolean' || kind === 'error') return 'center';
  return 'left';
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i + 1);
}
