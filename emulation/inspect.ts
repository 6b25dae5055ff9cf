/**
 * The inspection API: what tests and the playground read and do to the document directly,
 * without counting as script calls. Snapshots are plain data.
 */
import { DetailedCellError } from 'hyperformula';
import { type GridRange, parseA1, rangeA1 } from './a1';
import type { DocumentModel } from './document';
import { boundOpenRanges } from './formula-refs';
import type {
  ChartModel,
  ConditionalRule,
  SheetModel,
  StyleName,
  ValidationRule,
} from './sheet-model';

export interface ProtectionSnapshot {
  kind: 'RANGE' | 'SHEET';
  range: string;
  description: string;
  warningOnly: boolean;
}

/** One developer metadata entry; `row`/`column` (1-based) for ROW and COLUMN locations. */
export interface DeveloperMetadataSnapshot {
  id: number;
  key: string;
  value: string | null;
  visibility: 'DOCUMENT' | 'PROJECT';
  location: {
    type: 'SPREADSHEET' | 'SHEET' | 'ROW' | 'COLUMN';
    sheet?: string;
    row?: number;
    column?: number;
  };
}

export interface SheetSnapshot {
  name: string;
  sheetId: number;
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  frozenColumns: number;
  tabColor: string | null;
  range: string;
  values: unknown[][];
  displayValues: string[][];
  formulas: string[][];
  numberFormats: string[][];
  notes: string[][];
  backgrounds: (string | null)[][];
  fontWeights: (string | null)[][];
  validations: (ValidationRule | null)[][];
  conditionalRules: ConditionalRule[];
  protections: ProtectionSnapshot[];
  charts: ChartModel[];
  merges: string[];
}

export class Inspector {
  readonly #doc: DocumentModel;

  constructor(doc: DocumentModel) {
    this.#doc = doc;
  }

  sheetNames(): string[] {
    return this.#doc.sheets.map((s) => s.name);
  }

  #sheet(name: string): SheetModel {
    const sheet = this.#doc.sheetByName(name);
    if (!sheet)
      throw new Error(`No sheet named "${name}" (sheets: ${this.sheetNames().join(', ')})`);
    return sheet;
  }

  /** The used area: content and anything formatted, at least A1. */
  #extent(sheet: SheetModel): GridRange {
    let rows = this.#doc.lastRow(sheet);
    let columns = this.#doc.lastColumn(sheet);
    for (const g of sheet.grids()) {
      rows = Math.max(rows, g.lastRow() + 1);
      columns = Math.max(columns, g.lastColumn() + 1);
    }
    return { row: 1, column: 1, numRows: Math.max(rows, 1), numColumns: Math.max(columns, 1) };
  }

  /** The used area in A1 ("A1:W204"), which the other readers read when given no range. */
  usedRange(sheet: string): string {
    return rangeA1(this.#extent(this.#sheet(sheet)));
  }

  #range(sheet: SheetModel, a1?: string): GridRange {
    if (a1 === undefined) return this.#extent(sheet);
    const r = parseA1(a1, sheet.maxRows, sheet.maxColumns);
    if (!r) throw new Error(`Bad A1 range: ${a1}`);
    return r;
  }

  #grid<T>(r: GridRange, get: (row: number, column: number) => T): T[][] {
    return Array.from({ length: r.numRows }, (_, i) =>
      Array.from({ length: r.numColumns }, (_, j) => get(r.row - 1 + i, r.column - 1 + j)),
    );
  }

  values(sheet: string, a1?: string): unknown[][] {
    const s = this.#sheet(sheet);
    return this.#doc.readValues(s, this.#range(s, a1));
  }

  /** One cell's value, as getValue() would return it. */
  value(sheet: string, a1: string): unknown {
    return this.values(sheet, a1)[0]?.[0];
  }

  displayValues(sheet: string, a1?: string): string[][] {
    const s = this.#sheet(sheet);
    return this.#doc.readDisplayValues(s, this.#range(s, a1));
  }

  formulas(sheet: string, a1?: string): string[][] {
    const s = this.#sheet(sheet);
    return this.#doc.readFormulas(s, this.#range(s, a1));
  }

  numberFormats(sheet: string, a1?: string): string[][] {
    const s = this.#sheet(sheet);
    return this.#doc.readFormats(s, this.#range(s, a1));
  }

  notes(sheet: string, a1?: string): string[][] {
    const s = this.#sheet(sheet);
    return this.#grid(this.#range(s, a1), (r, c) => s.notes.get(r, c) ?? '');
  }

  styles(sheet: string, style: StyleName, a1?: string): (string | number | boolean | null)[][] {
    const s = this.#sheet(sheet);
    const g = s.style(style);
    return this.#grid(this.#range(s, a1), (r, c) => g.get(r, c) ?? null);
  }

  validations(sheet: string, a1?: string): (ValidationRule | null)[][] {
    const s = this.#sheet(sheet);
    return this.#grid(this.#range(s, a1), (r, c) => {
      const v = s.validations.get(r, c);
      return v ? structuredClone(v) : null;
    });
  }

  /**
   * As validations(), for a large block: a rule covers whole columns, so each distinct rule is
   * copied once and the cells it covers share that copy (the playground reads every cell it
   * draws on each redraw). The copies are not the document's: changing them changes nothing.
   */
  sharedValidations(sheet: string, a1?: string): (Readonly<ValidationRule> | null)[][] {
    const s = this.#sheet(sheet);
    const copies = new Map<ValidationRule, ValidationRule>();
    return this.#grid(this.#range(s, a1), (r, c) => {
      const v = s.validations.get(r, c);
      if (!v) return null;
      const copy = copies.get(v) ?? structuredClone(v);
      copies.set(v, copy);
      return copy;
    });
  }

  conditionalRules(sheet: string): ConditionalRule[] {
    return structuredClone(this.#sheet(sheet).conditionalRules);
  }

  protections(sheet: string): ProtectionSnapshot[] {
    return this.#sheet(sheet).protections.map((p) => ({
      kind: p.kind,
      range: rangeA1(p.range),
      description: p.description,
      warningOnly: p.warningOnly,
    }));
  }

  charts(sheet: string): ChartModel[] {
    return structuredClone(this.#sheet(sheet).charts);
  }

  frozen(sheet: string): { rows: number; columns: number } {
    const s = this.#sheet(sheet);
    return { rows: s.frozenRows, columns: s.frozenColumns };
  }

  /** Every developer metadata entry of the document, oldest first. */
  developerMetadata(): DeveloperMetadataSnapshot[] {
    return this.#doc.developerMetadata.entries().map(({ id, key, value, visibility, location }) => {
      const at: DeveloperMetadataSnapshot['location'] = { type: location.type };
      if (location.type !== 'SPREADSHEET') at.sheet = location.sheet.name;
      if (location.type === 'ROW') at.row = location.index;
      if (location.type === 'COLUMN') at.column = location.index;
      return { id, key, value, visibility, location: at };
    });
  }

  /** Types text into a cell as a person would (same reading as setValue: "=…", "'…", "15%"). */
  type(sheet: string, a1: string, text: string): void {
    const s = this.#sheet(sheet);
    const r = this.#range(s, a1);
    // A person types in the grid only: past its last row or column there is no cell to click.
    if (r.row > s.maxRows || r.column > s.maxColumns)
      throw new Error(
        `${sheet}!${a1} is outside the sheet (${s.maxRows} rows, ${s.maxColumns} columns)`,
      );
    this.#doc.writeValues(s, r, [[text]]);
  }

  /**
   * What a formula gives on a sheet, evaluated without being written anywhere ("M5" is that
   * sheet's M5): for what Sheets computes but never stores in a cell, such as a conditional
   * format's custom formula or a SPARKLINE's options. Errors as their codes ("#N/A"). Open
   * ranges ("B5:B") are read as a cell's formula reads them: down to their sheet's last row.
   */
  evaluate(sheet: string, formula: string): unknown {
    const s = this.#sheet(sheet);
    this.#doc.engine.flush();
    const { text } = boundOpenRanges(
      formula,
      (name) => (name === undefined ? s : this.#doc.sheetByName(name))?.maxRows ?? s.maxRows,
    );
    const result = this.#doc.engine.hf.calculateFormula(text, s.engineId);
    const plain = (v: unknown) => (v instanceof DetailedCellError ? v.value : v);
    return Array.isArray(result) ? result.map((row) => row.map(plain)) : plain(result);
  }

  /** The message a custom function threw on "Sheet!A1" (the cell shows #ERROR!). */
  customFunctionError(cell: string): string | undefined {
    return this.#doc.engine.customFunctionError(cell)?.message;
  }

  snapshot(sheet: string): SheetSnapshot {
    const s = this.#sheet(sheet);
    const r = this.#extent(s);
    const a1 = rangeA1(r);
    return {
      name: s.name,
      sheetId: s.sheetId,
      maxRows: s.maxRows,
      maxColumns: s.maxColumns,
      frozenRows: s.frozenRows,
      frozenColumns: s.frozenColumns,
      tabColor: s.tabColor,
      range: a1,
      values: this.#doc.readValues(s, r),
      displayValues: this.#doc.readDisplayValues(s, r),
      formulas: this.#doc.readFormulas(s, r),
      numberFormats: this.#doc.readFormats(s, r),
      notes: this.notes(sheet, a1),
      backgrounds: this.styles(sheet, 'background', a1) as (string | null)[][],
      fontWeights: this.styles(sheet, 'fontWeight', a1) as (string | null)[][],
      validations: this.validations(sheet, a1),
      conditionalRules: this.conditionalRules(sheet),
      protections: this.protections(sheet),
      charts: this.charts(sheet),
      merges: s.merges.map(rangeA1),
    };
  }

  /** The whole document as JSON-safe data (Dates as ISO strings), for the playground. */
  exportState(): {
    name: string;
    locale: string;
    timeZone: string;
    activeSheet: string;
    sheets: SheetSnapshot[];
    developerMetadata: DeveloperMetadataSnapshot[];
  } {
    const state = {
      name: this.#doc.name,
      locale: this.#doc.locale,
      timeZone: this.#doc.timeZone,
      activeSheet: this.#doc.active.name,
      sheets: this.#doc.sheets.map((s) => this.snapshot(s.name)),
      developerMetadata: this.developerMetadata(),
    };
    return JSON.parse(JSON.stringify(state)) as typeof state;
  }
}
