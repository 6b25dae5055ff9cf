/**
 * The sheet as a person edits it: a selected cell, the Name box and the formula bar that
 * follow it, and an in-cell editor that opens on typing (or Enter, F2, a double click). Enter
 * or Tab commits what was typed, which the server applies as a person's typing; Escape drops it.
 * A dropdown chip offers its choices, a checkbox toggles, a note shows on hover, and an edit
 * of a warning-only protected range is asked about first, as in Sheets. Charts float over the
 * grid at the cell they are anchored to.
 */
import { cellA1 } from '../../emulation/a1';
import { parseCell } from '../a1';
import type { SheetView } from '../view';
import { chartSvg } from './chart-svg';
import { GridTable } from './grid-table';

export interface EditorHooks {
  /** Types the text into the cell on the server and redraws. */
  commit(sheet: string, a1: string, text: string): Promise<void>;
  /** Whether the person goes on with an edit of a warning-only protected cell. */
  confirmProtectedEdit(): Promise<boolean>;
}

interface Cell {
  row: number;
  column: number;
}

export class SheetEditor {
  #sheet: SheetView | undefined;
  #table: GridTable | undefined;
  #selected: Cell = { row: 1, column: 1 };
  /** What shows the selection now: its cell and headers, cleared when it moves. */
  #marked: Element[] = [];
  #editing = false;
  readonly #scroller: HTMLElement;
  readonly #nameBox: HTMLInputElement;
  readonly #formulaBar: HTMLInputElement;
  readonly #editor: HTMLInputElement;
  readonly #note: HTMLElement;
  readonly #choices: HTMLElement;
  readonly #hooks: EditorHooks;

  constructor(
    scroller: HTMLElement,
    nameBox: HTMLInputElement,
    formulaBar: HTMLInputElement,
    hooks: EditorHooks,
  ) {
    this.#scroller = scroller;
    this.#nameBox = nameBox;
    this.#formulaBar = formulaBar;
    this.#hooks = hooks;
    // The grid keeps the keyboard between edits (arrows, typing), as the sheet does in Sheets.
    this.#scroller.tabIndex = 0;
    this.#editor = document.createElement('input');
    this.#editor.className = 'cell-editor';
    this.#editor.spellcheck = false;
    this.#editor.hidden = true;
    this.#note = floating('note-popup', 'tooltip');
    this.#choices = floating('dropdown-list', 'listbox');
    this.#wire();
  }

  /**
   * Draws the sheet again, keeping the selection (a new sheet starts at A1). A redraw often
   * lands while the person already types in the next cell: the edit in progress survives it,
   * since only the table is replaced, never the editor that holds the focus.
   */
  render(sheet: SheetView): void {
    if (this.#sheet?.name !== sheet.name) {
      this.#selected = { row: 1, column: 1 };
      this.#stopEditing();
    }
    this.#sheet = sheet;
    const table = new GridTable(sheet);
    if (this.#table) this.#table.element.replaceWith(table.element);
    else this.#scroller.replaceChildren(table.element, this.#editor, this.#note, this.#choices);
    this.#table = table;
    this.#closePopups();
    for (const chart of this.#scroller.querySelectorAll('.chart')) chart.remove();
    for (const chart of sheet.charts) {
      const anchor = this.#td(chart);
      if (!anchor) continue;
      const svg = this.#scroller.appendChild(chartSvg(chart));
      svg.style.left = `${anchor.offsetLeft + chart.offsetX}px`;
      svg.style.top = `${anchor.offsetTop + chart.offsetY}px`;
    }
    this.#select(this.#selected);
  }

  /**
   * Redraws the cells `changed` names, `sheet` being the view they now belong to (the same
   * sheet, its size, lists and charts unchanged); an edit in progress survives, as above.
   */
  patch(sheet: SheetView, changed: readonly string[]): void {
    this.#sheet = sheet;
    this.#table?.patch(sheet, changed);
    this.#closePopups();
    this.#select(this.#selected);
  }

  focus(): void {
    this.#scroller.focus({ preventScroll: true });
  }

  #wire(): void {
    this.#scroller.addEventListener('mousedown', (e) => {
      const target = e.target as Element;
      if (target.closest('.dropdown-list')) return;
      this.#choices.hidden = true;
      const td = target.closest('td');
      if (!td || e.target === this.#editor) return;
      if (this.#editing) void this.#commit({ row: 0, column: 0 });
      this.#select(cellOf(td));
      this.focus();
      e.preventDefault();
      if (target.closest('.cell-checkbox'))
        void this.#commitText((target as HTMLInputElement).checked ? 'FALSE' : 'TRUE', {
          row: 0,
          column: 0,
        });
      else if (target.closest('.chip')) this.#openChoices(td);
    });
    this.#scroller.addEventListener('mouseover', (e) => {
      const td = (e.target as Element).closest<HTMLElement>('td[data-note]');
      this.#note.hidden = !td;
      if (!td) return;
      this.#note.textContent = td.dataset.note ?? '';
      this.#note.style.left = `${td.offsetLeft + td.offsetWidth + 4}px`;
      this.#note.style.top = `${td.offsetTop}px`;
    });
    this.#scroller.addEventListener('mouseleave', () => {
      this.#note.hidden = true;
    });
    this.#scroller.addEventListener('dblclick', (e) => {
      const td = (e.target as Element).closest('td');
      if (td) this.#startEditing(this.#input(cellOf(td)));
    });
    this.#scroller.addEventListener('keydown', (e) => {
      if (e.target === this.#scroller) this.#onGridKey(e);
    });
    this.#editor.addEventListener('keydown', (e) => this.#onEditorKey(e));
    this.#editor.addEventListener('input', () => {
      this.#formulaBar.value = this.#editor.value;
    });
    this.#nameBox.addEventListener('keydown', (e) => {
      if (e.key !== 'Enter') return;
      const cell = parseCell(this.#nameBox.value);
      if (cell) this.#select(cell, true);
      else this.#nameBox.value = cellA1(this.#selected.row, this.#selected.column);
      this.focus();
    });
    this.#nameBox.addEventListener('focus', () => this.#nameBox.select());
    this.#formulaBar.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        void this.#commitText(this.#formulaBar.value, { row: 1, column: 0 });
        this.focus();
      } else if (e.key === 'Escape') {
        this.#formulaBar.value = this.#input(this.#selected);
        this.focus();
      }
    });
  }

  #onGridKey(e: KeyboardEvent): void {
    const moves: Record<string, Cell> = {
      ArrowUp: { row: -1, column: 0 },
      ArrowDown: { row: 1, column: 0 },
      ArrowLeft: { row: 0, column: -1 },
      ArrowRight: { row: 0, column: 1 },
      Tab: { row: 0, column: e.shiftKey ? -1 : 1 },
    };
    const move = moves[e.key];
    if (move) {
      e.preventDefault();
      this.#move(move);
    } else if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      this.#startEditing(this.#input(this.#selected));
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      void this.#commitText('', { row: 0, column: 0 });
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      // Typing on a selected cell replaces its content, starting with this key.
      e.preventDefault();
      this.#startEditing(e.key);
    }
  }

  #onEditorKey(e: KeyboardEvent): void {
    if (e.key === 'Enter' || e.key === 'Tab') {
      e.preventDefault();
      const move = e.key === 'Enter' ? { row: 1, column: 0 } : { row: 0, column: 1 };
      void this.#commit(move);
      this.focus();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      this.#stopEditing();
      this.#formulaBar.value = this.#input(this.#selected);
      this.focus();
    }
  }

  #startEditing(text: string): void {
    const td = this.#td(this.#selected);
    if (!td) return;
    this.#editing = true;
    const editor = this.#editor;
    editor.style.left = `${td.offsetLeft}px`;
    editor.style.top = `${td.offsetTop}px`;
    editor.style.minWidth = `${td.offsetWidth}px`;
    editor.style.height = `${td.offsetHeight}px`;
    editor.setAttribute('aria-label', cellA1(this.#selected.row, this.#selected.column));
    editor.value = text;
    editor.hidden = false;
    editor.focus();
    editor.setSelectionRange(text.length, text.length);
    this.#formulaBar.value = text;
  }

  #stopEditing(): void {
    this.#editing = false;
    this.#editor.hidden = true;
  }

  async #commit(move: Cell): Promise<void> {
    const text = this.#editor.value;
    this.#stopEditing();
    await this.#commitText(text, move);
  }

  /**
   * Sends the text for the selected cell; the selection moves on at once, as in Sheets. In a
   * warning-only protected range, only once the person said OK to Sheets' warning. Otherwise
   * the request leaves before the selection moves, so the server recalculates meanwhile.
   */
  async #commitText(text: string, move: Cell): Promise<void> {
    const sheet = this.#sheet;
    if (!sheet) return;
    const { row, column } = this.#selected;
    const send = () => this.#hooks.commit(sheet.name, cellA1(row, column), text);
    const warned = sheet.warnings.some(
      (r) =>
        row >= r.row &&
        row < r.row + r.numRows &&
        column >= r.column &&
        column < r.column + r.numColumns,
    );
    const sent = warned ? undefined : send();
    this.#move(move);
    if (sent) return sent;
    if (await this.#hooks.confirmProtectedEdit()) return send();
    this.focus();
  }

  /** The dropdown's choices under its cell; choosing one types it into the cell. */
  #openChoices(td: HTMLElement): void {
    const list = this.#sheet?.lists[this.#sheet.cells[td.dataset.a1 ?? '']?.dropdown ?? -1];
    if (!list) return;
    this.#choices.replaceChildren(
      ...list.map((choice) => {
        const option = document.createElement('button');
        option.type = 'button';
        option.setAttribute('role', 'option');
        option.textContent = choice;
        option.addEventListener('click', () => {
          this.#choices.hidden = true;
          void this.#commitText(choice, { row: 0, column: 0 });
        });
        return option;
      }),
    );
    this.#choices.style.left = `${td.offsetLeft}px`;
    this.#choices.style.top = `${td.offsetTop + td.offsetHeight}px`;
    this.#choices.hidden = false;
  }

  #move(by: Cell): void {
    const sheet = this.#sheet;
    if (!sheet) return;
    const row = clamp(this.#selected.row + by.row, sheet.maxRows);
    const column = clamp(this.#selected.column + by.column, sheet.maxColumns);
    this.#select({ row, column }, true);
  }

  #select(cell: Cell, scroll = false): void {
    for (const el of this.#marked) {
      el.classList.remove('selected', 'selected-header');
      el.removeAttribute('aria-selected');
    }
    this.#selected = cell;
    const td = this.#td(cell);
    td?.classList.add('selected');
    td?.setAttribute('aria-selected', 'true');
    const headers = this.#table?.headers(cell.row, cell.column) ?? [];
    for (const th of headers) th.classList.add('selected-header');
    this.#marked = td ? [td, ...headers] : headers;
    // A redraw must not overwrite what the person is typing in the Name box or formula bar.
    if (document.activeElement !== this.#nameBox)
      this.#nameBox.value = cellA1(cell.row, cell.column);
    if (!this.#editing && document.activeElement !== this.#formulaBar)
      this.#formulaBar.value = this.#input(cell);
    if (scroll) td?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  #td(cell: Cell): HTMLTableCellElement | undefined {
    return this.#table?.td(cellA1(cell.row, cell.column));
  }

  /** A redraw closes the note and the dropdown's choices, which may point at a redrawn cell. */
  #closePopups(): void {
    this.#note.hidden = true;
    this.#choices.hidden = true;
  }

  #input(cell: Cell): string {
    return this.#sheet?.cells[cellA1(cell.row, cell.column)]?.input ?? '';
  }
}

/** A box the editor shows over the grid now and then: a note, a dropdown's choices. */
function floating(className: string, role: string): HTMLElement {
  const box = document.createElement('div');
  box.className = className;
  box.setAttribute('role', role);
  box.hidden = true;
  return box;
}

function cellOf(td: HTMLElement): Cell {
  return { row: Number(td.dataset.row), column: Number(td.dataset.column) };
}

function clamp(n: number, max: number): number {
  return Math.min(Math.max(n, 1), max);
}
