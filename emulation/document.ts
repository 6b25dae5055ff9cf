/**
 * One emulated spreadsheet document: its sheets, cell contents (through the engine), named
 * ranges, properties, locks and everything its UI received. This is the uncounted, host-side
 * model; scripts only ever see it through the service facades.
 */
import { types } from 'node:util';
import type { RawCellContent } from 'hyperformula';
import { type GridRange, quoteSheetName, rangeA1 } from './a1';
import { DeveloperMetadataStore } from './developer-metadata';
import { type DimensionEdit, growth, remapKeys, remapSet } from './dimension-edit';
import { Engine, FormulaError } from './engine';
import { boundOpenRanges, reopenRanges } from './formula-refs';
import { conventions } from './locale';
import {
  DATE_TIME_FORMAT,
  formatValue,
  GENERAL_FORMAT,
  isDateFormat,
  isTextFormat,
} from './number-format';
import { NEW_SHEET_ROWS, SheetModel } from './sheet-model';
import { hostTimeZone, instantFromSerial, serialFromInstant } from './time';
import { parseTyped } from './typed-input';
import { UiRecords } from './ui-records';

export interface DocumentOptions {
  name?: string;
  id?: string;
  /** Spreadsheet locale, e.g. 'en_US' (default) or 'fr_FR'. */
  locale?: string;
  /** Spreadsheet (and script) time zone; defaults to the host's, see README. */
  timeZone?: string;
  /** The clock: "now" for TODAY(), new Date() in the script, etc. Defaults to real time. */
  now?: Date | number;
  /** Name of the first sheet. */
  firstSheet?: string;
}

export class LockState {
  holder: number | undefined;
}

export class DocumentModel {
  readonly id: string;
  name: string;
  locale: string;
  timeZone: string;
  readonly engine: Engine;
  readonly sheets: SheetModel[] = [];
  active: SheetModel;
  readonly namedRanges = new Map<string, { sheet: SheetModel; range: GridRange }>();
  readonly ui = new UiRecords();
  readonly documentProperties = new Map<string, string>();
  readonly developerMetadata = new DeveloperMetadataStore();
  readonly documentLock = new LockState();
  #now: number | undefined;
  #nextSheetId = 0;

  constructor(options: DocumentOptions = {}) {
    this.id = options.id ?? 'emulated-spreadsheet-id';
    this.name = options.name ?? 'Untitled spreadsheet';
    this.locale = options.locale ?? 'en_US';
    this.timeZone = options.timeZone ?? hostTimeZone;
    this.#now = options.now === undefined ? undefined : new Date(options.now).getTime();
    this.engine = new Engine({
      now: () => this.now(),
      timeZone: () => this.timeZone,
      isDateCell: (hfSheet, row, column) => {
        const sheet = this.sheets.find((s) => s.engineId === hfSheet);
        return isDateFormat(sheet?.formats.get(row, column));
      },
      dateOfSerial: (serial) => new Date(instantFromSerial(serial, this.timeZone)),
    });
    this.active = this.insertSheet(options.firstSheet ?? 'Sheet1');
  }

  now(): number {
    return this.#now ?? Date.now();
  }

  setNow(now: Date | number | undefined): void {
    this.#now = now === undefined ? undefined : new Date(now).getTime();
    this.engine.recalculate();
  }

  // ---- sheets ----

  sheetByName(name: string): SheetModel | undefined {
    return (
      this.sheets.find((s) => s.name === name) ??
      this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase())
    );
  }

  /** A new sheet; with a template, a duplicate of it (contents, formatting, metadata). */
  insertSheet(name?: string, index?: number, template?: SheetModel): SheetModel {
    let sheetName = name;
    if (sheetName === undefined) {
      let n = this.sheets.length + 1;
      while (this.sheetByName(`Sheet${n}`)) n++;
      sheetName = `Sheet${n}`;
    }
    if (this.sheetByName(sheetName)) {
      throw new Error(
        `A sheet with the name "${sheetName}" already exists. Please enter another name.`,
      );
    }
    const engineId = this.engine.addSheet(sheetName);
    // Sheets gives the first sheet gid 0 and the others large pseudo-random ids.
    const sheetId = this.#nextSheetId === 0 ? 0 : 100_000_000 + this.#nextSheetId * 7_919;
    this.#nextSheetId++;
    const sheet = new SheetModel(sheetName, engineId, sheetId);
    if (template) {
      sheet.copyFrom(template);
      this.engine.copyContents(template.engineId, engineId);
      this.developerMetadata.copySheet(template, sheet);
    }
    const at =
      index === undefined ? this.sheets.length : Math.max(0, Math.min(index, this.sheets.length));
    this.sheets.splice(at, 0, sheet);
    // Formulas that referred to this sheet name before it existed (#REF!) now resolve.
    this.engine.recalculate();
    return sheet;
  }

  deleteSheet(sheet: SheetModel): void {
    if (this.sheets.length === 1) {
      throw new Error("You can't remove all the sheets in a document.");
    }
    this.engine.mutate((hf) => hf.removeSheet(sheet.engineId));
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    for (const [name, nr] of this.namedRanges)
      if (nr.sheet === sheet) this.namedRanges.delete(name);
    this.developerMetadata.dropSheet(sheet);
    if (this.active === sheet) this.active = this.sheets[0] ?? sheet;
  }

  /** A copy of a sheet named "Copy of <name>" (then "Copy of <name> 2"…), at `index` or last. */
  duplicateSheet(source: SheetModel, index?: number): SheetModel {
    const base = `Copy of ${source.name}`;
    let name = base;
    for (let n = 2; this.sheetByName(name); n++) name = `${base} ${n}`;
    return this.insertSheet(name, index, source);
  }

  renameSheet(sheet: SheetModel, name: string): void {
    if (name === sheet.name) return;
    const other = this.sheetByName(name);
    if (other && other !== sheet) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    this.engine.mutate((hf) => hf.renameSheet(sheet.engineId, name));
    sheet.name = name;
  }

  // ---- cells ----

  checkBounds(sheet: SheetModel, r: GridRange): void {
    if (r.row < 1 || r.column < 1 || r.numRows < 1 || r.numColumns < 1) {
      throw new Error('The coordinates or dimensions of the range are invalid.');
    }
    if (r.row + r.numRows - 1 > sheet.maxRows || r.column + r.numColumns - 1 > sheet.maxColumns) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
  }

  /**
   * Writes values as setValues does: strings are read as typed (formula, 'text, number in the
   * locale, boolean, date), numbers/booleans/Dates are stored as such.
   */
  writeValues(sheet: SheetModel, r: GridRange, values: unknown[][]): void {
    const content: RawCellContent[][] = values.map((row, i) =>
      row.map((v, j) => this.#content(sheet, r.row - 1 + i, r.column - 1 + j, v)),
    );
    this.engine.setContents(sheet.engineId, r.row - 1, r.column - 1, content);
  }

  #content(sheet: SheetModel, row: number, column: number, v: unknown): RawCellContent {
    sheet.openEnded.set(row, column, undefined);
    if (v === null || v === undefined || v === '') return null;
    if (typeof v === 'number') return Number.isFinite(v) ? v : String(v);
    if (typeof v === 'boolean') return v;
    const format = sheet.formats.get(row, column);
    if (types.isDate(v)) {
      const serial = serialFromInstant(v.getTime(), this.timeZone);
      // Only an automatic cell takes a date format; an explicit one keeps its own (see README).
      if (format === undefined) {
        sheet.formats.set(
          row,
          column,
          Number.isInteger(serial) ? conventions(this.locale).dateFormat : DATE_TIME_FORMAT,
        );
      }
      return serial;
    }
    const typed = parseTyped(String(v), this.locale);
    // Plain text ("@") keeps what is typed as typed: no formula, number, boolean or date.
    if (isTextFormat(format) && typed.kind !== 'text') return `'${String(v)}`;
    switch (typed.kind) {
      case 'formula':
        return this.#formula(sheet, row, column, typed.text);
      case 'text':
        // HF reads a leading apostrophe as "this is text", exactly like Sheets' typing rule.
        return `'${typed.value}`;
      case 'boolean':
        return typed.value;
      case 'number':
        // Reading "15%" or a date sets a format only where none was chosen (automatic).
        if (typed.format && format === undefined) sheet.formats.set(row, column, typed.format);
        return typed.value;
    }
  }

  #formula(sheet: SheetModel, row: number, column: number, text: string): string {
    const bound = boundOpenRanges(
      text,
      (name) => (name === undefined ? sheet : this.sheetByName(name))?.maxRows ?? NEW_SHEET_ROWS,
    );
    if (bound.openEnded) sheet.openEnded.set(row, column, true);
    return bound.text;
  }

  writeFormulas(sheet: SheetModel, r: GridRange, formulas: string[][]): void {
    const content: RawCellContent[][] = formulas.map((row, i) =>
      row.map((f, j) => {
        const rr = r.row - 1 + i;
        const cc = r.column - 1 + j;
        sheet.openEnded.set(rr, cc, undefined);
        if (f === '' || f === null || f === undefined) return null;
        const text = String(f);
        if (!text.startsWith('=')) return this.#content(sheet, rr, cc, text);
        return isTextFormat(sheet.formats.get(rr, cc))
          ? `'${text}`
          : this.#formula(sheet, rr, cc, text);
      }),
    );
    this.engine.setContents(sheet.engineId, r.row - 1, r.column - 1, content);
  }

  /**
   * setFormula over a block: filled like a drag, relative references moving per cell. A cell
   * formatted as plain text ("@") gets the text of its formula instead.
   */
  fillFormula(sheet: SheetModel, r: GridRange, formula: string): void {
    if (!formula.startsWith('=') || (r.numRows === 1 && r.numColumns === 1)) {
      const same = Array.from({ length: r.numRows }, () =>
        new Array<string>(r.numColumns).fill(formula),
      );
      this.writeFormulas(sheet, r, same);
      return;
    }
    const e = sheet.engineId;
    const row = r.row - 1;
    const column = r.column - 1;
    // HF fills from the top-left cell, so it holds the formula even if "@" makes it text below.
    sheet.openEnded.set(row, column, undefined);
    this.engine.setContents(e, row, column, [[this.#formula(sheet, row, column, formula)]]);
    const open = sheet.openEnded.get(row, column) === true;
    const filled = this.engine.hf.getFillRangeData(
      { start: { sheet: e, row, col: column }, end: { sheet: e, row, col: column } },
      {
        start: { sheet: e, row, col: column },
        end: { sheet: e, row: row + r.numRows - 1, col: column + r.numColumns - 1 },
      },
    );
    const content = filled.map((line, i) =>
      line.map((v, j) => {
        const text = isTextFormat(sheet.formats.get(row + i, column + j));
        sheet.openEnded.set(row + i, column + j, open && !text ? true : undefined);
        return text && typeof v === 'string' ? `'${v}` : v;
      }),
    );
    this.engine.setContents(e, row, column, content);
  }

  clearContent(sheet: SheetModel, r: GridRange): void {
    const empty: RawCellContent[][] = Array.from({ length: r.numRows }, () =>
      new Array<RawCellContent>(r.numColumns).fill(null),
    );
    sheet.openEnded.clear(r.row - 1, r.column - 1, r.numRows, r.numColumns);
    this.engine.setContents(sheet.engineId, r.row - 1, r.column - 1, empty);
  }

  /** The number format a cell shows with: its own, or the one Sheets picks for a formula's date. */
  effectiveFormat(
    sheet: SheetModel,
    row: number,
    column: number,
    value: unknown,
  ): string | undefined {
    const own = sheet.formats.get(row, column);
    if (own) return own;
    if (typeof value === 'number' && this.engine.isFormula(sheet.engineId, row, column)) {
      if (this.engine.isDateResult(sheet.engineId, row, column))
        return conventions(this.locale).dateFormat;
    }
    return undefined;
  }

  /** getValues: numbers, strings ("" for blank), booleans, Dates, error codes. */
  readValues(sheet: SheetModel, r: GridRange): unknown[][] {
    // engine.read's arrays are fresh: converted in place.
    const rows = this.engine.read(
      sheet.engineId,
      r.row - 1,
      r.column - 1,
      r.numRows,
      r.numColumns,
    ) as unknown[][];
    rows.forEach((row, i) => {
      for (let j = 0; j < row.length; j++) {
        const v = row[j];
        if (v === null) row[j] = '';
        else if (v instanceof FormulaError) row[j] = v.code;
        else if (
          typeof v === 'number' &&
          isDateFormat(this.effectiveFormat(sheet, r.row - 1 + i, r.column - 1 + j, v))
        )
          row[j] = new Date(instantFromSerial(v, this.timeZone));
      }
    });
    return rows;
  }

  readDisplayValues(sheet: SheetModel, r: GridRange): string[][] {
    const raw = this.engine.read(sheet.engineId, r.row - 1, r.column - 1, r.numRows, r.numColumns);
    return raw.map((row, i) =>
      row.map((v, j) => {
        if (v instanceof FormulaError) return v.code;
        return formatValue(
          v,
          this.effectiveFormat(sheet, r.row - 1 + i, r.column - 1 + j, v),
          this.locale,
        );
      }),
    );
  }

  readFormulas(sheet: SheetModel, r: GridRange): string[][] {
    const rows = this.engine.formulas(
      sheet.engineId,
      r.row - 1,
      r.column - 1,
      r.numRows,
      r.numColumns,
    );
    rows.forEach((line, i) => {
      for (let j = 0; j < line.length; j++) {
        const f = line[j];
        if (f) line[j] = this.#shown(sheet, r.row - 1 + i, r.column - 1 + j, f);
      }
    });
    return rows;
  }

  formulaAt(sheet: SheetModel, row: number, column: number): string {
    const f = this.engine.formula(sheet.engineId, row, column);
    return f === undefined ? '' : this.#shown(sheet, row, column, f);
  }

  /** A formula as getFormulas shows it: open-ended ranges open again. */
  #shown(sheet: SheetModel, row: number, column: number, f: string): string {
    if (!sheet.openEnded.get(row, column)) return f;
    return reopenRanges(
      f,
      (name, last) => (name === undefined ? sheet : this.sheetByName(name))?.maxRows === last,
    );
  }

  readFormats(sheet: SheetModel, r: GridRange): string[][] {
    return Array.from({ length: r.numRows }, (_, i) =>
      Array.from(
        { length: r.numColumns },
        (_, j) => sheet.formats.get(r.row - 1 + i, r.column - 1 + j) ?? GENERAL_FORMAT,
      ),
    );
  }

  /**
   * 1-based last row/column holding content (0 when empty), as getLastRow/getLastColumn: a
   * formula counts whatever it shows, "" included ("the last row that has content",
   * https://developers.google.com/apps-script/reference/spreadsheet/sheet#getlastrow). Both
   * read inward from the sheet's edge, one row (or column) at a time, and stop at the first
   * with content: a table's last row and column are near the edge, so a 10,000-row sheet costs
   * a few rows, not every cell.
   */
  lastRow(sheet: SheetModel): number {
    const { rows, columns } = this.engine.extent(sheet.engineId);
    if (columns === 0) return 0;
    for (let row = rows - 1; row >= 0; row--)
      if (this.engine.hasContent(sheet.engineId, row, 0, 1, columns)) return row + 1;
    return 0;
  }

  lastColumn(sheet: SheetModel): number {
    const { rows, columns } = this.engine.extent(sheet.engineId);
    if (rows === 0) return 0;
    for (let column = columns - 1; column >= 0; column--)
      if (this.engine.hasContent(sheet.engineId, 0, column, rows, 1)) return column + 1;
    return 0;
  }

  // ---- structure ----

  /**
   * Rows inserted through the API start empty: no number format, style or validation of the
   * rows around them (see README, "Inserted rows").
   */
  insertRows(sheet: SheetModel, at: number, count: number): void {
    if (at < 1 || at > sheet.maxRows + 1) throw new Error('Those rows are out of bounds.');
    this.#restructure(sheet, 'rows', { kind: 'insert', at, count }, () => {
      this.engine.mutate((hf) => hf.addRows(sheet.engineId, [at - 1, count]), {
        sheet: sheet.engineId,
        move: (cells) => cells.insertRows(at - 1, count),
      });
      for (const g of sheet.grids()) g.insertRows(at - 1, count);
    });
  }

  deleteRows(sheet: SheetModel, at: number, count: number): void {
    if (at < 1 || at + count - 1 > sheet.maxRows) throw new Error('Those rows are out of bounds.');
    if (count >= sheet.maxRows) throw new Error("You can't delete all the rows on the sheet.");
    this.#restructure(sheet, 'rows', { kind: 'delete', at, count }, () => {
      this.engine.mutate((hf) => hf.removeRows(sheet.engineId, [at - 1, count]), {
        sheet: sheet.engineId,
        move: (cells) => cells.deleteRows(at - 1, count),
      });
      for (const g of sheet.grids()) g.deleteRows(at - 1, count);
    });
  }

  /** Moves rows [from, from + count) to before row `to`, counted before the move (Sheet.moveRows). */
  moveRows(sheet: SheetModel, from: number, count: number, to: number): void {
    if (to < 1 || to > sheet.maxRows + 1) throw new Error('Those rows are out of bounds.');
    if (to > from && to < from + count)
      throw new Error('The destination of the rows is inside the rows being moved.');
    this.#restructure(sheet, 'rows', { kind: 'move', from, count, to }, () => {
      this.engine.mutate((hf) => hf.moveRows(sheet.engineId, from - 1, count, to - 1), {
        sheet: sheet.engineId,
        move: (cells) => cells.moveRows(from - 1, count, to - 1),
      });
      for (const g of sheet.grids()) g.moveRows(from - 1, count, to - 1);
    });
  }

  insertColumns(sheet: SheetModel, at: number, count: number): void {
    if (at < 1 || at > sheet.maxColumns + 1) throw new Error('Those columns are out of bounds.');
    this.#restructure(sheet, 'columns', { kind: 'insert', at, count }, () => {
      this.engine.mutate((hf) => hf.addColumns(sheet.engineId, [at - 1, count]), {
        sheet: sheet.engineId,
        move: (cells) => cells.insertColumns(at - 1, count),
      });
      for (const g of sheet.grids()) g.insertColumns(at - 1, count);
    });
  }

  deleteColumns(sheet: SheetModel, at: number, count: number): void {
    if (at < 1 || at + count - 1 > sheet.maxColumns)
      throw new Error('Those columns are out of bounds.');
    if (count >= sheet.maxColumns)
      throw new Error("You can't delete all the columns on the sheet.");
    this.#restructure(sheet, 'columns', { kind: 'delete', at, count }, () => {
      this.engine.mutate((hf) => hf.removeColumns(sheet.engineId, [at - 1, count]), {
        sheet: sheet.engineId,
        move: (cells) => cells.deleteColumns(at - 1, count),
      });
      for (const g of sheet.grids()) g.deleteColumns(at - 1, count);
    });
  }

  moveColumns(sheet: SheetModel, from: number, count: number, to: number): void {
    if (to < 1 || to > sheet.maxColumns + 1) throw new Error('Those columns are out of bounds.');
    if (to > from && to < from + count)
      throw new Error('The destination of the columns is inside the columns being moved.');
    this.#restructure(sheet, 'columns', { kind: 'move', from, count, to }, () => {
      this.engine.mutate((hf) => hf.moveColumns(sheet.engineId, from - 1, count, to - 1), {
        sheet: sheet.engineId,
        move: (cells) => cells.moveColumns(from - 1, count, to - 1),
      });
      for (const g of sheet.grids()) g.moveColumns(from - 1, count, to - 1);
    });
  }

  /**
   * Applies a structural edit, moves what is keyed by row or column number (sizes, hidden
   * flags, developer metadata) with it, then re-bounds open-ended ranges to the new last row.
   */
  #restructure(
    sheet: SheetModel,
    axis: 'rows' | 'columns',
    change: DimensionEdit,
    edit: () => void,
  ): void {
    const before = sheet.maxRows;
    edit();
    this.developerMetadata.follow(sheet, axis, change);
    if (axis === 'columns') {
      sheet.maxColumns += growth(change);
      remapKeys(sheet.columnWidths, change);
      remapSet(sheet.hiddenColumns, change);
      return;
    }
    sheet.maxRows += growth(change);
    remapKeys(sheet.rowHeights, change);
    remapSet(sheet.hiddenRows, change);
    if (sheet.maxRows === before) return;
    const lastRows = (name: string | undefined, owner: SheetModel) => {
      const target = name === undefined ? owner : this.sheetByName(name);
      return target === sheet ? [before, sheet.maxRows] : [target?.maxRows ?? NEW_SHEET_ROWS];
    };
    for (const owner of this.sheets) {
      for (const [row, column] of owner.openEnded.entries()) {
        const current = this.engine.formula(owner.engineId, row, column);
        if (current === undefined) continue;
        const open = reopenRanges(current, (name, last) => lastRows(name, owner).includes(last));
        const rebound = boundOpenRanges(
          open,
          (name) =>
            (name === undefined ? owner : this.sheetByName(name))?.maxRows ?? NEW_SHEET_ROWS,
        );
        if (rebound.text !== current)
          this.engine.setContents(owner.engineId, row, column, [[rebound.text]]);
      }
    }
  }

  /** Grows a new sheet to hold an appended row (appendRow grows the sheet, setValues doesn't). */
  ensureRows(sheet: SheetModel, rows: number): void {
    if (rows > sheet.maxRows) this.insertRows(sheet, sheet.maxRows + 1, rows - sheet.maxRows);
  }

  // ---- named ranges ----

  setNamedRange(name: string, sheet: SheetModel, range: GridRange): void {
    const expression = `=${quoteSheetName(sheet.name)}!${rangeA1(range).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2')}`;
    this.engine.mutate((hf) => {
      if (hf.isItPossibleToAddNamedExpression(name, expression))
        hf.addNamedExpression(name, expression);
      else if (this.namedRanges.has(name)) hf.changeNamedExpression(name, expression);
    });
    this.namedRanges.set(name, { sheet, range });
  }

  removeNamedRange(name: string): void {
    if (this.namedRanges.delete(name)) this.engine.mutate((hf) => hf.removeNamedExpression(name));
  }
}
