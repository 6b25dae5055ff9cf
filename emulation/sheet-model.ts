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

  /** What rows inserted below a row take from it, as in Sheets: formats, styles, dropdowns. */
  looks(): Grid<unknown>[] {
    return [this.formats, this.validations, ...this.styles.values()];
  }

  /** Every per-cell grid, so structural edits move them all together. */
  grids(): Grid<unknown>[] {
    return [this.formats, this.notes, this.validations, this.openEnded, ...this.styles.values()];
  }
}
