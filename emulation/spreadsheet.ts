/** Spreadsheet (the document) and SpreadsheetApp (the service entry point and its enums). */
import { splitSheet } from './a1';
import { SERVICE } from './calls';
import {
  BOOLEAN_CRITERIA,
  ConditionalFormatRuleBuilder,
  INTERPOLATION_TYPE,
} from './conditional-format';
import {
  addMetadata,
  type DeveloperMetadata,
  DeveloperMetadataFinder,
  type EnumValue,
  LOCATION_TYPE,
  metadataAt,
  VISIBILITY,
} from './developer-metadata-api';
import type { DocumentModel } from './document';
import { Range } from './range';
import { Sheet } from './sheet';
import { Ui } from './ui';
import { DATA_VALIDATION_CRITERIA, DataValidationBuilder } from './validation';

export class NamedRange {
  readonly [SERVICE] = 'NamedRange';
  readonly #doc: DocumentModel;
  readonly #name: string;

  constructor(doc: DocumentModel, name: string) {
    this.#doc = doc;
    this.#name = name;
  }
  getName(): string {
    return this.#name;
  }
  getRange(): Range {
    const nr = this.#doc.namedRanges.get(this.#name);
    if (!nr) throw new Error(`Named range ${this.#name} was removed.`);
    return new Range(this.#doc, nr.sheet, nr.range);
  }
  remove(): void {
    this.#doc.removeNamedRange(this.#name);
  }
}

export class Spreadsheet {
  readonly [SERVICE] = 'Spreadsheet';
  readonly #doc: DocumentModel;

  constructor(doc: DocumentModel) {
    this.#doc = doc;
  }

  getId(): string {
    return this.#doc.id;
  }
  getName(): string {
    return this.#doc.name;
  }
  rename(name: string): void {
    this.#doc.name = String(name);
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.#doc.id}/edit`;
  }
  getSpreadsheetLocale(): string {
    return this.#doc.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this.#doc.locale = String(locale);
  }
  getSpreadsheetTimeZone(): string {
    return this.#doc.timeZone;
  }
  setSpreadsheetTimeZone(timeZone: string): void {
    this.#doc.timeZone = String(timeZone);
  }

  getSheets(): Sheet[] {
    return this.#doc.sheets.map((s) => new Sheet(this.#doc, s));
  }
  getNumSheets(): number {
    return this.#doc.sheets.length;
  }
  getSheetByName(name: string): Sheet | null {
    const sheet = this.#doc.sheetByName(String(name));
    return sheet ? new Sheet(this.#doc, sheet) : null;
  }
  getSheetById(id: number): Sheet | null {
    const sheet = this.#doc.sheets.find((s) => s.sheetId === id);
    return sheet ? new Sheet(this.#doc, sheet) : null;
  }
  /**
   * insertSheet([name][, index][, { template }]); the new sheet becomes active. With a
   * template it is a duplicate of that sheet (contents, formatting, developer metadata).
   */
  insertSheet(...args: (string | number | SheetOptions)[]): Sheet {
    const name = args.find((a) => typeof a === 'string');
    const index = args.find((a) => typeof a === 'number');
    const options = args.find((a): a is SheetOptions => typeof a === 'object' && a !== null);
    const template = options?.template ? Sheet.model(options.template) : undefined;
    const sheet = this.#doc.insertSheet(name, index, template);
    this.#doc.active = sheet;
    return new Sheet(this.#doc, sheet);
  }
  /** A copy of the active sheet, "Copy of <name>", right after it; it becomes active. */
  duplicateActiveSheet(): Sheet {
    const source = this.#doc.active;
    const copy = this.#doc.duplicateSheet(source, this.#doc.sheets.indexOf(source) + 1);
    this.#doc.active = copy;
    return new Sheet(this.#doc, copy);
  }
  deleteSheet(sheet: Sheet): void {
    this.#doc.deleteSheet(Sheet.model(sheet));
  }
  getActiveSheet(): Sheet {
    return new Sheet(this.#doc, this.#doc.active);
  }
  setActiveSheet(sheet: Sheet): Sheet {
    this.#doc.active = Sheet.model(sheet);
    return sheet;
  }
  /** Moves the active sheet to a 1-based position. */
  moveActiveSheet(pos: number): void {
    const sheets = this.#doc.sheets;
    sheets.splice(sheets.indexOf(this.#doc.active), 1);
    sheets.splice(Math.max(0, Math.min(pos - 1, sheets.length)), 0, this.#doc.active);
  }
  getRange(a1: string): Range {
    const { sheet: name, local } = splitSheet(String(a1));
    const sheet = name === undefined ? this.#doc.active : this.#doc.sheetByName(name);
    if (!sheet) throw new Error('Range not found');
    return Range.fromA1(this.#doc, sheet, local);
  }
  getRangeByName(name: string): Range | null {
    const nr = this.#doc.namedRanges.get(String(name));
    return nr ? new Range(this.#doc, nr.sheet, nr.range) : null;
  }
  setNamedRange(name: string, range: Range): void {
    const { sheet, grid } = Range.model(range);
    this.#doc.setNamedRange(String(name), sheet, grid);
  }
  removeNamedRange(name: string): void {
    this.#doc.removeNamedRange(String(name));
  }
  getNamedRanges(): NamedRange[] {
    return [...this.#doc.namedRanges.keys()].map((n) => new NamedRange(this.#doc, n));
  }
  toast(msg: string, title = '', timeoutSeconds = 5): void {
    this.#doc.ui.toasts.push({ message: String(msg), title: String(title), timeoutSeconds });
  }
  getActiveRange(): Range {
    return new Range(this.#doc, this.#doc.active, { row: 1, column: 1, numRows: 1, numColumns: 1 });
  }

  // ---- developer metadata ----
  addDeveloperMetadata(key: string, ...rest: (string | EnumValue)[]): Spreadsheet {
    addMetadata(this.#doc, 'Spreadsheet.addDeveloperMetadata', { type: 'SPREADSHEET' }, [
      key,
      ...rest,
    ]);
    return this;
  }
  /** The spreadsheet's own metadata; its sheets', rows' and columns' are found with a finder. */
  getDeveloperMetadata(): DeveloperMetadata[] {
    return metadataAt(this.#doc, { type: 'SPREADSHEET' });
  }
  createDeveloperMetadataFinder(): DeveloperMetadataFinder {
    return new DeveloperMetadataFinder(this.#doc, { kind: 'spreadsheet' });
  }
}

interface SheetOptions {
  template?: Sheet;
}

/**
 * The SpreadsheetApp global. Its enums are plain string maps (compare with ===), but for the
 * developer-metadata ones, which are objects as in Apps Script (see developer-metadata-api.ts).
 */
export class SpreadsheetApp {
  readonly [SERVICE] = 'SpreadsheetApp';
  readonly BooleanCriteria = BOOLEAN_CRITERIA;
  readonly DataValidationCriteria = DATA_VALIDATION_CRITERIA;
  readonly InterpolationType = INTERPOLATION_TYPE;
  readonly ProtectionType = { RANGE: 'RANGE', SHEET: 'SHEET' };
  readonly WrapStrategy = { WRAP: 'WRAP', OVERFLOW: 'OVERFLOW', CLIP: 'CLIP' };
  readonly BorderStyle = {
    DOTTED: 'DOTTED',
    DASHED: 'DASHED',
    SOLID: 'SOLID',
    SOLID_MEDIUM: 'SOLID_MEDIUM',
    SOLID_THICK: 'SOLID_THICK',
    DOUBLE: 'DOUBLE',
  };
  readonly Dimension = { COLUMNS: 'COLUMNS', ROWS: 'ROWS' };
  readonly TextDirection = { LEFT_TO_RIGHT: 'LEFT_TO_RIGHT', RIGHT_TO_LEFT: 'RIGHT_TO_LEFT' };
  readonly DeveloperMetadataLocationType = LOCATION_TYPE;
  readonly DeveloperMetadataVisibility = VISIBILITY;
  readonly #doc: DocumentModel;
  readonly #addonTitle: string;

  constructor(doc: DocumentModel, addonTitle: string) {
    this.#doc = doc;
    this.#addonTitle = addonTitle;
  }

  getActive(): Spreadsheet {
    return new Spreadsheet(this.#doc);
  }
  getActiveSpreadsheet(): Spreadsheet {
    return new Spreadsheet(this.#doc);
  }
  getActiveSheet(): Sheet {
    return new Sheet(this.#doc, this.#doc.active);
  }
  setActiveSheet(sheet: Sheet): Sheet {
    this.#doc.active = Sheet.model(sheet);
    return sheet;
  }
  getActiveRange(): Range {
    return new Spreadsheet(this.#doc).getActiveRange();
  }
  getUi(): Ui {
    return new Ui(this.#doc, this.#addonTitle);
  }
  /** Writes are applied immediately in the emulation, so there is nothing to flush. */
  flush(): void {}
  newDataValidation(): DataValidationBuilder {
    return new DataValidationBuilder(this.#doc);
  }
  newConditionalFormatRule(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(this.#doc);
  }
}
