/** The state of one emulated sheet, apart from cell contents (which live in the engine). */
import type { GridRange } from './a1';
import { Grid } from './grid';

export type StyleName =
  | 'background'
  | 'fontColor'
  | 'fontWeight'
  | 'fontStyle'
  | 'fontSize'
  | 'fontFamily'
  | 'fontLine'
  | 'horizontalAlignment'
  | 'verticalAlignment'
  | 'wrap'
  | 'wrapStrategy'
  | 'textRotation'
  | 'border';

export interface ValidationRule {
  criteria: string; // a SpreadsheetApp.DataValidationCriteria name
  values: unknown[]; // list items, bounds, or a range ({ sheet, a1 })
  allowInvalid: boolean;
  helpText: string;
}

export interface ConditionalRule {
  condition: string; // a SpreadsheetApp.BooleanCriteria name, or "GRADIENT"
  values: unknown[];
  format: Record<string, unknown>;
  ranges: { sheet: string; a1: string }[];
}

export interface ProtectionModel {
  id: number;
  kind: 'RANGE' | 'SHEET';
  range: GridRange;
  description: string;
  warningOnly: boolean;
  editors: string[];
  domainEdit: boolean;
  unprotected: GridRange[];
}

export interface ChartModel {
  id: number;
  type: string;
  ranges: { sheet: string; a1: string }[];
  options: Record<string, unknown>;
  position: { row: number; column: number; offsetX: number; offsetY: number };
}

export const NEW_SHEET_ROWS = 1000;
export const NEW_SHEET_COLUMNS = 26;

export class SheetModel {
  maxRows = NEW_SHEET_ROWS;
  maxColumns = NEW_SHEET_COLUMNS;
  frozenRows = 0;
  frozenColumns = 0;
  tabColor: string | null = null;
  hidden = false;
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly hiddenColumns = new Set<number>();
  readonly hiddenRows = new Set<number>();
  readonly formats = new Grid<string>();
  readonly notes = new Grid<string>();
  readonly validations = new Grid<ValidationRule>();
  /** Cells whose formula had open-ended ranges ("H5:H"), to show them open again. */
  readonly openEnded = new Grid<true>();
  readonly styles = new Map<StyleName, Grid<string | number | boolean | null>>();
  merges: GridRange[] = [];
  conditionalRules: ConditionalRule[] = [];
  readonly protections: ProtectionModel[] = [];
  readonly charts: ChartModel[] = [];

  constructor(
    public name: string,
    readonly engineId: number,
    readonly sheetId: number,
  ) {}

  style(name: StyleName): Grid<string | number | boolean | null> {
    let grid = this.styles.get(name);
    if (!grid) {
      grid = new Grid();
      this.styles.set(name, grid);
    }
    return grid;
  }

  /** Every per-cell grid, so structural edits move them all together. */
  grids(): Grid<unknown>[] {
    return [this.formats, this.notes, this.validations, this.openEnded, ...this.styles.values()];
  }

  /**
   * Takes what a duplicated sheet copies from its source: size, panes, dimensions, per-cell
   * formatting, merges and conditional rules (retargeted to this sheet). Protections and charts
   * are not copied (see README).
   */
  copyFrom(source: SheetModel): void {
    this.maxRows = source.maxRows;
    this.maxColumns = source.maxColumns;
    this.frozenRows = source.frozenRows;
    this.frozenColumns = source.frozenColumns;
    this.tabColor = source.tabColor;
    for (const [k, v] of source.columnWidths) this.columnWidths.set(k, v);
    for (const [k, v] of source.rowHeights) this.rowHeights.set(k, v);
    for (const k of source.hiddenColumns) this.hiddenColumns.add(k);
    for (const k of source.hiddenRows) this.hiddenRows.add(k);
    copyGrid(source.formats, this.formats);
    copyGrid(source.notes, this.notes);
    copyGrid(source.validations, this.validations);
    copyGrid(source.openEnded, this.openEnded);
    for (const [name, grid] of source.styles) copyGrid(grid, this.style(name));
    this.merges = source.merges.map((m) => ({ ...m }));
    this.conditionalRules = structuredClone(source.conditionalRules).map((rule) => ({
      ...rule,
      ranges: rule.ranges.map((r) => (r.sheet === source.name ? { ...r, sheet: this.name } : r)),
    }));
  }
}

function copyGrid<T>(from: Grid<T>, to: Grid<T>): void {
  from.forEach((row, column, value) => {
    to.set(row, column, typeof value === 'object' ? structuredClone(value) : value);
  });
}
