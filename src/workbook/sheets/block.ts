import type { Dropdown } from '../layout/tables';
import { type Rectangle, rectangles } from './rectangles';

/**
 * A rectangle of cells a generator fills in memory and then writes in one batch: one
 * setValues, and one call per kind of formatting it actually uses (number formats, bold,
 * backgrounds, notes, dropdowns). Rows and columns are 1-based, as in Sheets.
 */

export class Block {
  readonly values: unknown[][];
  /** null: the cell keeps Sheets' automatic format (it reads typed percents and dates). */
  readonly formats: (string | null)[][];
  readonly weights: ('bold' | null)[][];
  readonly backgrounds: (string | null)[][];
  readonly notes: string[][];
  readonly dropdowns: (Dropdown | null)[][];
  /** Which of the formatting grids hold something, so that untouched ones cost no call. */
  readonly used = {
    weights: false,
    backgrounds: false,
    notes: false,
    dropdowns: false,
  };

  constructor(
    readonly rows: number,
    readonly columns: number,
  ) {
    const grid = <T>(blank: T): T[][] =>
      Array.from({ length: rows }, () => new Array<T>(columns).fill(blank));
    this.values = grid<unknown>('');
    this.formats = grid<string | null>(null);
    this.weights = grid<'bold' | null>(null);
    this.backgrounds = grid<string | null>(null);
    this.notes = grid('');
    this.dropdowns = grid<Dropdown | null>(null);
  }

  /**
   * Text written by Okapi. setValues reads a string as if it were typed, so "+20 %", "=…" or
   * "2025-01-01" would become a number, a formula or a date: the leading apostrophe keeps the
   * text as it is (Sheets stores the text without it).
   */
  text(row: number, column: number, text: string): this {
    return this.value(row, column, text === '' ? '' : `'${text}`);
  }

  /** A formula, in the API's syntax (English names, "," separators). */
  formula(row: number, column: number, formula: string): this {
    return this.value(row, column, formula.startsWith('=') ? formula : `=${formula}`);
  }

  /** A number, boolean or date string as it should be read (never user text: see text()). */
  value(row: number, column: number, value: unknown): this {
    this.cells(this.values, row)[column - 1] = value;
    return this;
  }

  format(row: number, column: number, format: string): this {
    this.cells(this.formats, row)[column - 1] = format;
    return this;
  }

  bold(row: number, column: number): this {
    this.used.weights = true;
    this.cells(this.weights, row)[column - 1] = 'bold';
    return this;
  }

  fill(row: number, column: number, color: string): this {
    this.used.backgrounds = true;
    this.cells(this.backgrounds, row)[column - 1] = color;
    return this;
  }

  note(row: number, column: number, note: string): this {
    this.used.notes = true;
    this.cells(this.notes, row)[column - 1] = note;
    return this;
  }

  dropdown(row: number, column: number, dropdown: Dropdown): this {
    this.used.dropdowns = true;
    this.cells(this.dropdowns, row)[column - 1] = dropdown;
    return this;
  }

  private cells<T>(grid: T[][], row: number): T[] {
    const cells = grid[row - 1];
    if (cells === undefined) throw new RangeError(`row ${row} is outside the block`);
    return cells;
  }
}

/**
 * Writes a block at the top-left of `range` (which must have the block's size). Values go
 * first: a text format set before a formula would turn the formula into text. `rule` turns
 * the block's dropdowns into validation rules (a block with dropdowns needs it). Number
 * formats go only where the block sets one, rectangle by rectangle (formatRectangles): any
 * explicit format, even the one Sheets reports for an untouched cell, would stop Sheets
 * reading what people type as a date or a percent.
 */
export function writeBlock(
  range: GoogleAppsScript.Spreadsheet.Range,
  block: Block,
  rule?: (dropdown: Dropdown) => GoogleAppsScript.Spreadsheet.DataValidation,
): void {
  range.setValues(block.values);
  for (const r of formatRectangles(block.formats))
    range
      .offset(r.row - 1, r.column - 1, r.rows, r.columns)
      .setNumberFormats(
        block.formats
          .slice(r.row - 1, r.row - 1 + r.rows)
          .map((line) => line.slice(r.column - 1, r.column - 1 + r.columns) as string[]),
      );
  if (block.used.weights) range.setFontWeights(block.weights);
  if (block.used.backgrounds) range.setBackgrounds(block.backgrounds);
  if (block.used.notes) range.setNotes(block.notes);
  if (block.used.dropdowns) {
    if (rule === undefined) throw new Error('a block with dropdowns needs their rules');
    range.setDataValidations(block.dropdowns.map((row) => row.map((d) => (d ? rule(d) : null))));
  }
}

/** The set cells of a sparse grid (a block's formats) as rectangles: one call each. */
export function formatRectangles(grid: readonly (readonly (string | null)[])[]): Rectangle[] {
  const cells = new Map<number, number[]>();
  grid.forEach((line, r) => {
    line.forEach((format, c) => {
      if (format !== null) cells.set(c + 1, [...(cells.get(c + 1) ?? []), r + 1]);
    });
  });
  return rectangles(cells);
}
