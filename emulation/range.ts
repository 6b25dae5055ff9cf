/** Range: reads and writes of values, formulas, formats and cosmetics on a block of cells. */
import { BOUNDED, type GridRange, type OpenAxes, openAxes, openRangeA1, parseA1 } from './a1';
import { SERVICE } from './calls';
import type { MetadataLocation } from './developer-metadata';
import {
  ARBITRARY_RANGE,
  addMetadata,
  type DeveloperMetadata,
  DeveloperMetadataFinder,
  type EnumValue,
  metadataAt,
} from './developer-metadata-api';
import type { DocumentModel } from './document';
import { GENERAL_FORMAT } from './number-format';
import { Protection } from './protection';
import { Sheet } from './sheet';
import type { SheetModel, StyleName } from './sheet-model';
import { DataValidation, DataValidationBuilder } from './validation';

type Cosmetic = string | number | boolean | null;

/** Throws Sheets' message when a 2-D array does not fit the range. */
export function checkShape(data: unknown, range: GridRange): asserts data is unknown[][] {
  if (!Array.isArray(data) || !data.every((r) => Array.isArray(r))) {
    throw new Error(
      "The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
  }
  if (data.length !== range.numRows) {
    throw new Error(
      `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${range.numRows}.`,
    );
  }
  for (const row of data as unknown[][]) {
    if (row.length !== range.numColumns) {
      throw new Error(
        `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${range.numColumns}.`,
      );
    }
  }
}

function fill<T>(range: GridRange, value: T): T[][] {
  return Array.from({ length: range.numRows }, () => new Array<T>(range.numColumns).fill(value));
}

export class Range {
  readonly [SERVICE] = 'Range';
  readonly #doc: DocumentModel;
  readonly #sheet: SheetModel;
  readonly #r: GridRange;
  /** Bounds its A1 notation left open: "C:C" is a whole column, getRange(1, 3, max, 1) is not. */
  readonly #open: OpenAxes;

  constructor(doc: DocumentModel, sheet: SheetModel, r: GridRange, open: OpenAxes = BOUNDED) {
    doc.checkBounds(sheet, r);
    this.#doc = doc;
    this.#sheet = sheet;
    this.#r = r;
    this.#open = open;
  }

  /** The model behind this range, for the emulation's own use (builders, protections). */
  static model(range: Range): { sheet: SheetModel; grid: GridRange } {
    return { sheet: range.#sheet, grid: range.#r };
  }

  /** A range from local A1 notation ("B2:C3", "A:A", "H5:H"); throws like Sheets when invalid. */
  static fromA1(doc: DocumentModel, sheet: SheetModel, a1: string): Range {
    const grid = parseA1(a1, sheet.maxRows, sheet.maxColumns);
    if (!grid) throw new Error('Range not found');
    return new Range(doc, sheet, grid, openAxes(a1));
  }

  /** Row `index` ("5:5") or column `index` ("C:C") of a sheet, as a whole. */
  static whole(
    doc: DocumentModel,
    sheet: SheetModel,
    type: 'ROW' | 'COLUMN',
    index: number,
  ): Range {
    return type === 'ROW'
      ? new Range(
          doc,
          sheet,
          { row: index, column: 1, numRows: 1, numColumns: sheet.maxColumns },
          { rows: false, columns: true },
        )
      : new Range(
          doc,
          sheet,
          { row: 1, column: index, numRows: sheet.maxRows, numColumns: 1 },
          { rows: true, columns: false },
        );
  }

  /**
   * The row or column a range stands for as a developer-metadata location: one row or column
   * written as such ("5:5", "C:C"). A block of cells that merely covers one, such as
   * getRange(1, 3, getMaxRows(), 1), is an arbitrary range (see README).
   */
  static location(range: Range): MetadataLocation | undefined {
    const { row, column, numRows, numColumns } = range.#r;
    if (range.#open.columns && numRows === 1)
      return { type: 'ROW', sheet: range.#sheet, index: row };
    if (range.#open.rows && numColumns === 1)
      return { type: 'COLUMN', sheet: range.#sheet, index: column };
    return undefined;
  }

  // ---- geometry ----
  getA1Notation(): string {
    return openRangeA1(this.#r, this.#open);
  }
  getRow(): number {
    return this.#r.row;
  }
  getRowIndex(): number {
    return this.#r.row;
  }
  getColumn(): number {
    return this.#r.column;
  }
  getNumRows(): number {
    return this.#r.numRows;
  }
  getNumColumns(): number {
    return this.#r.numColumns;
  }
  getLastRow(): number {
    return this.#r.row + this.#r.numRows - 1;
  }
  getLastColumn(): number {
    return this.#r.column + this.#r.numColumns - 1;
  }
  getSheet(): Sheet {
    return new Sheet(this.#doc, this.#sheet);
  }
  getGridId(): number {
    return this.#sheet.sheetId;
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    return this.#sub(
      this.#r.row + rowOffset,
      this.#r.column + columnOffset,
      numRows ?? this.#r.numRows,
      numColumns ?? this.#r.numColumns,
    );
  }
  getCell(row: number, column: number): Range {
    if (row < 1 || column < 1 || row > this.#r.numRows || column > this.#r.numColumns) {
      throw new Error('Cell reference out of range');
    }
    return this.#sub(this.#r.row + row - 1, this.#r.column + column - 1, 1, 1);
  }
  #sub(row: number, column: number, numRows: number, numColumns: number): Range {
    return new Range(this.#doc, this.#sheet, { row, column, numRows, numColumns });
  }

  // ---- values and formulas ----
  getValue(): unknown {
    return this.#doc.readValues(this.#sheet, this.#first())[0]?.[0];
  }
  getValues(): unknown[][] {
    return this.#doc.readValues(this.#sheet, this.#r);
  }
  getDisplayValue(): string {
    return this.#doc.readDisplayValues(this.#sheet, this.#first())[0]?.[0] ?? '';
  }
  getDisplayValues(): string[][] {
    return this.#doc.readDisplayValues(this.#sheet, this.#r);
  }
  setValue(value: unknown): Range {
    this.#doc.writeValues(this.#sheet, this.#r, fill(this.#r, value));
    return this;
  }
  setValues(values: unknown[][]): Range {
    checkShape(values, this.#r);
    this.#doc.writeValues(this.#sheet, this.#r, values);
    return this;
  }
  getFormula(): string {
    return this.#doc.formulaAt(this.#sheet, this.#r.row - 1, this.#r.column - 1);
  }
  getFormulas(): string[][] {
    return this.#doc.readFormulas(this.#sheet, this.#r);
  }
  setFormula(formula: string): Range {
    this.#doc.fillFormula(this.#sheet, this.#r, String(formula));
    return this;
  }
  setFormulas(formulas: string[][]): Range {
    checkShape(formulas, this.#r);
    this.#doc.writeFormulas(this.#sheet, this.#r, formulas);
    return this;
  }
  isBlank(): boolean {
    return (
      this.getValues().every((row) => row.every((v) => v === '')) &&
      this.getFormulas().every((row) => row.every((f) => f === ''))
    );
  }

  // ---- number formats ----
  getNumberFormat(): string {
    return this.#sheet.formats.get(this.#r.row - 1, this.#r.column - 1) ?? GENERAL_FORMAT;
  }
  getNumberFormats(): string[][] {
    return this.#doc.readFormats(this.#sheet, this.#r);
  }
  setNumberFormat(format: string): Range {
    return this.#setGrid(this.#sheet.formats, fill(this.#r, format));
  }
  setNumberFormats(formats: string[][]): Range {
    checkShape(formats, this.#r);
    return this.#setGrid(this.#sheet.formats, formats);
  }

  // ---- notes ----
  getNote(): string {
    return this.#sheet.notes.get(this.#r.row - 1, this.#r.column - 1) ?? '';
  }
  getNotes(): string[][] {
    return this.#getGrid(this.#sheet.notes, '');
  }
  setNote(note: string | null): Range {
    return this.#setGrid(this.#sheet.notes, fill(this.#r, note ?? ''));
  }
  setNotes(notes: string[][]): Range {
    checkShape(notes, this.#r);
    return this.#setGrid(this.#sheet.notes, notes);
  }
  clearNote(): Range {
    return this.setNote('');
  }

  // ---- cosmetics: recorded per cell ----
  setBackground(color: string | null): Range {
    return this.#style('background', color);
  }
  setBackgroundRGB(red: number, green: number, blue: number): Range {
    const hex = (n: number) => n.toString(16).padStart(2, '0');
    return this.#style('background', `#${hex(red)}${hex(green)}${hex(blue)}`);
  }
  setBackgrounds(colors: string[][]): Range {
    return this.#styles('background', colors);
  }
  getBackground(): string {
    return String(
      this.#sheet.style('background').get(this.#r.row - 1, this.#r.column - 1) ?? '#ffffff',
    );
  }
  getBackgrounds(): string[][] {
    return this.#getGrid(this.#sheet.style('background'), '#ffffff').map((r) => r.map(String));
  }
  setFontWeight(weight: string | null): Range {
    return this.#style('fontWeight', weight);
  }
  setFontWeights(weights: string[][]): Range {
    return this.#styles('fontWeight', weights);
  }
  getFontWeight(): string {
    return String(
      this.#sheet.style('fontWeight').get(this.#r.row - 1, this.#r.column - 1) ?? 'normal',
    );
  }
  setFontColor(color: string | null): Range {
    return this.#style('fontColor', color);
  }
  setFontColors(colors: string[][]): Range {
    return this.#styles('fontColor', colors);
  }
  getFontColor(): string {
    return String(
      this.#sheet.style('fontColor').get(this.#r.row - 1, this.#r.column - 1) ?? '#000000',
    );
  }
  setFontStyle(style: string | null): Range {
    return this.#style('fontStyle', style);
  }
  setFontStyles(styles: string[][]): Range {
    return this.#styles('fontStyle', styles);
  }
  setFontSize(size: number): Range {
    return this.#style('fontSize', size);
  }
  setFontSizes(sizes: number[][]): Range {
    return this.#styles('fontSize', sizes);
  }
  setFontFamily(family: string | null): Range {
    return this.#style('fontFamily', family);
  }
  setFontLine(line: string | null): Range {
    return this.#style('fontLine', line);
  }
  setHorizontalAlignment(alignment: string | null): Range {
    return this.#style('horizontalAlignment', alignment);
  }
  setHorizontalAlignments(alignments: string[][]): Range {
    return this.#styles('horizontalAlignment', alignments);
  }
  setVerticalAlignment(alignment: string | null): Range {
    return this.#style('verticalAlignment', alignment);
  }
  setVerticalAlignments(alignments: string[][]): Range {
    return this.#styles('verticalAlignment', alignments);
  }
  setWrap(wrap: boolean): Range {
    return this.#style('wrap', wrap);
  }
  setWraps(wraps: boolean[][]): Range {
    return this.#styles('wrap', wraps);
  }
  setWrapStrategy(strategy: string): Range {
    return this.#style('wrapStrategy', String(strategy));
  }
  setWrapStrategies(strategies: string[][]): Range {
    return this.#styles(
      'wrapStrategy',
      strategies.map((r) => r.map(String)),
    );
  }
  setTextRotation(degrees: number): Range {
    return this.#style('textRotation', degrees);
  }
  setBorder(...args: unknown[]): Range {
    return this.#style(
      'border',
      JSON.stringify(args.map((a) => (a === undefined ? null : String(a)))),
    );
  }
  setShowHyperlink(_show: boolean): Range {
    return this;
  }

  // ---- data validation ----
  setDataValidation(rule: DataValidation | null): Range {
    return this.#setGrid(this.#sheet.validations, fill(this.#r, rule ? rule.model() : undefined));
  }
  setDataValidations(rules: (DataValidation | null)[][]): Range {
    checkShape(rules, this.#r);
    return this.#setGrid(
      this.#sheet.validations,
      rules.map((r) => r.map((v) => (v ? v.model() : undefined))),
    );
  }
  getDataValidation(): DataValidation | null {
    return this.getDataValidations()[0]?.[0] ?? null;
  }
  getDataValidations(): (DataValidation | null)[][] {
    return this.#getGrid(this.#sheet.validations, undefined).map((row) =>
      row.map((m) => (m ? new DataValidation(m, this.#doc) : null)),
    );
  }
  clearDataValidations(): Range {
    return this.setDataValidation(null);
  }
  insertCheckboxes(checked?: unknown, unchecked?: unknown): Range {
    const builder = new DataValidationBuilder(this.#doc);
    builder.requireCheckbox(checked, unchecked);
    this.setDataValidation(builder.build());
    return this.setValue(unchecked ?? false);
  }

  // ---- structure, clearing, protection ----
  merge(): Range {
    this.#sheet.merges.push({ ...this.#r });
    return this;
  }
  mergeAcross(): Range {
    for (let i = 0; i < this.#r.numRows; i++)
      this.#sheet.merges.push({ ...this.#r, row: this.#r.row + i, numRows: 1 });
    return this;
  }
  mergeVertically(): Range {
    for (let j = 0; j < this.#r.numColumns; j++)
      this.#sheet.merges.push({ ...this.#r, column: this.#r.column + j, numColumns: 1 });
    return this;
  }
  breakApart(): Range {
    this.#sheet.merges = this.#sheet.merges.filter((m) => !this.#overlaps(m));
    return this;
  }
  isPartOfMerge(): boolean {
    return this.#sheet.merges.some((m) => this.#overlaps(m));
  }
  clear(options?: {
    contentsOnly?: boolean;
    formatOnly?: boolean;
    validationsOnly?: boolean;
    commentsOnly?: boolean;
  }): Range {
    const only =
      options &&
      (options.contentsOnly ||
        options.formatOnly ||
        options.validationsOnly ||
        options.commentsOnly);
    if (!only || options?.contentsOnly) this.clearContent();
    if (!only || options?.formatOnly) this.clearFormat();
    if (options?.validationsOnly) this.clearDataValidations();
    if (options?.commentsOnly) this.clearNote();
    return this;
  }
  clearContent(): Range {
    this.#doc.clearContent(this.#sheet, this.#r);
    return this;
  }
  /** Formats, styles, merges and, as documented for clear({formatOnly}), data validation. */
  clearFormat(): Range {
    const { row, column, numRows, numColumns } = this.#r;
    this.#sheet.formats.clear(row - 1, column - 1, numRows, numColumns);
    this.#sheet.validations.clear(row - 1, column - 1, numRows, numColumns);
    for (const g of this.#sheet.styles.values()) g.clear(row - 1, column - 1, numRows, numColumns);
    this.breakApart();
    return this;
  }
  protect(): Protection {
    return Protection.create(this.#doc, this.#sheet, 'RANGE', { ...this.#r });
  }
  activate(): Range {
    this.#doc.active = this.#sheet;
    return this;
  }

  // ---- developer metadata: on one whole row or column only ----
  addDeveloperMetadata(key: string, ...rest: (string | EnumValue)[]): Range {
    const location = Range.location(this);
    if (!location) throw new Error(ARBITRARY_RANGE);
    addMetadata(this.#doc, 'Range.addDeveloperMetadata', location, [key, ...rest]);
    return this;
  }
  getDeveloperMetadata(): DeveloperMetadata[] {
    const location = Range.location(this);
    return location ? metadataAt(this.#doc, location) : [];
  }
  createDeveloperMetadataFinder(): DeveloperMetadataFinder {
    return new DeveloperMetadataFinder(this.#doc, {
      kind: 'range',
      sheet: this.#sheet,
      grid: { ...this.#r },
      open: this.#open,
    });
  }
  sort(
    spec:
      | number
      | { column: number; ascending?: boolean }
      | (number | { column: number; ascending?: boolean })[],
  ): Range {
    const specs = (Array.isArray(spec) ? spec : [spec]).map((s) =>
      typeof s === 'number'
        ? { column: s, ascending: true }
        : { column: s.column, ascending: s.ascending ?? true },
    );
    sortRows(this.#doc, this.#sheet, this.#r, specs);
    return this;
  }

  #first(): GridRange {
    return { row: this.#r.row, column: this.#r.column, numRows: 1, numColumns: 1 };
  }
  #overlaps(m: GridRange): boolean {
    const r = this.#r;
    return (
      m.row < r.row + r.numRows &&
      r.row < m.row + m.numRows &&
      m.column < r.column + r.numColumns &&
      r.column < m.column + m.numColumns
    );
  }
  #getGrid<T, D>(grid: { get(r: number, c: number): T | undefined }, blank: D): (T | D)[][] {
    return Array.from({ length: this.#r.numRows }, (_, i) =>
      Array.from(
        { length: this.#r.numColumns },
        (_, j) => grid.get(this.#r.row - 1 + i, this.#r.column - 1 + j) ?? blank,
      ),
    );
  }
  #setGrid<T>(
    grid: { set(r: number, c: number, v: T | undefined): void },
    values: (T | undefined)[][],
  ): Range {
    for (const [i, row] of values.entries()) {
      for (const [j, v] of row.entries()) {
        grid.set(
          this.#r.row - 1 + i,
          this.#r.column - 1 + j,
          v === '' || v === null ? undefined : v,
        );
      }
    }
    return this;
  }
  #style(name: StyleName, value: Cosmetic): Range {
    return this.#setGrid(this.#sheet.style(name), fill(this.#r, value));
  }
  #styles(name: StyleName, values: Cosmetic[][]): Range {
    checkShape(values, this.#r);
    return this.#setGrid(this.#sheet.style(name), values);
  }
}

/** Sheets' sort order: numbers (and dates), then text (case-insensitive), then booleans, blanks last. */
function compareCells(a: unknown, b: unknown): number {
  const rank = (v: unknown) =>
    typeof v === 'number' || v instanceof Date ? 0 : typeof v === 'string' ? 1 : 2;
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (typeof a === 'string' && typeof b === 'string')
    return a.localeCompare(b, undefined, { sensitivity: 'base' });
  return Number(a) - Number(b);
}

/** Moves whole rows of a block (contents and per-cell formatting) into sorted order. */
export function sortRows(
  doc: DocumentModel,
  sheet: SheetModel,
  r: GridRange,
  specs: { column: number; ascending: boolean }[],
): void {
  const values = doc.readValues(sheet, r);
  const order = values
    .map((row, index) => ({ row, index }))
    .sort((x, y) => {
      for (const s of specs) {
        const a = x.row[s.column - r.column];
        const b = y.row[s.column - r.column];
        if (a === '' || b === '') {
          if (a !== b) return a === '' ? 1 : -1;
          continue;
        }
        const c = compareCells(a, b);
        if (c !== 0) return s.ascending ? c : -c;
      }
      return x.index - y.index;
    })
    .map((x) => x.index);
  const e = sheet.engineId;
  const serialized = doc.engine.hf.getRangeSerialized({
    start: { sheet: e, row: r.row - 1, col: r.column - 1 },
    end: { sheet: e, row: r.row + r.numRows - 2, col: r.column + r.numColumns - 2 },
  });
  doc.engine.setContents(
    e,
    r.row - 1,
    r.column - 1,
    order.map((i) => serialized[i] ?? []),
  );
  for (const grid of sheet.grids()) {
    const rows = order.map((i) =>
      Array.from({ length: r.numColumns }, (_, j) => grid.get(r.row - 1 + i, r.column - 1 + j)),
    );
    for (const [i, row] of rows.entries()) {
      for (const [j, v] of row.entries()) grid.set(r.row - 1 + i, r.column - 1 + j, v);
    }
  }
}
