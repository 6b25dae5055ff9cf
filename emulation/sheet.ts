/** Sheet: ranges, dimensions, frozen panes, rules, protections and charts of one tab. */
import { SERVICE } from './calls';
import { EmbeddedChart, EmbeddedChartBuilder } from './charts';
import { ConditionalFormatRule } from './conditional-format';
import {
  addMetadata,
  type DeveloperMetadata,
  DeveloperMetadataFinder,
  type EnumValue,
  metadataAt,
} from './developer-metadata-api';
import type { DocumentModel } from './document';
import { Protection } from './protection';
import { checkShape, Range, sortRows } from './range';
import { RangeList } from './range-list';
import type { SheetModel } from './sheet-model';
import { Spreadsheet } from './spreadsheet';

export class Sheet {
  readonly [SERVICE] = 'Sheet';
  readonly #doc: DocumentModel;
  readonly #sheet: SheetModel;

  constructor(doc: DocumentModel, sheet: SheetModel) {
    this.#doc = doc;
    this.#sheet = sheet;
  }

  static model(sheet: Sheet): SheetModel {
    return sheet.#sheet;
  }

  getName(): string {
    return this.#sheet.name;
  }
  setName(name: string): Sheet {
    this.#doc.renameSheet(this.#sheet, String(name));
    return this;
  }
  getSheetId(): number {
    return this.#sheet.sheetId;
  }
  getSheetName(): string {
    return this.#sheet.name;
  }
  getIndex(): number {
    return this.#doc.sheets.indexOf(this.#sheet) + 1;
  }
  getParent(): Spreadsheet {
    return new Spreadsheet(this.#doc);
  }

  /** getRange(a1) · getRange(row, column) · getRange(row, column, numRows) · getRange(row, column, numRows, numColumns). */
  getRange(a: string | number, column?: number, numRows?: number, numColumns?: number): Range {
    if (typeof a === 'string') return Range.fromA1(this.#doc, this.#sheet, a);
    if (column === undefined)
      throw new Error(
        "The parameters (number) don't match the method signature for SpreadsheetApp.Sheet.getRange.",
      );
    return new Range(this.#doc, this.#sheet, {
      row: a,
      column,
      numRows: numRows ?? 1,
      numColumns: numColumns ?? 1,
    });
  }
  getRangeList(a1s: string[]): RangeList {
    return new RangeList(a1s.map((a1) => Range.fromA1(this.#doc, this.#sheet, a1)));
  }
  getDataRange(): Range {
    return new Range(this.#doc, this.#sheet, {
      row: 1,
      column: 1,
      numRows: Math.max(1, this.getLastRow()),
      numColumns: Math.max(1, this.getLastColumn()),
    });
  }
  getLastRow(): number {
    return this.#doc.lastRow(this.#sheet);
  }
  getLastColumn(): number {
    return this.#doc.lastColumn(this.#sheet);
  }
  getMaxRows(): number {
    return this.#sheet.maxRows;
  }
  getMaxColumns(): number {
    return this.#sheet.maxColumns;
  }

  // ---- structure ----
  insertRows(rowIndex: number, numRows = 1): void {
    this.#doc.insertRows(this.#sheet, rowIndex, numRows);
  }
  insertRowBefore(before: number): Sheet {
    this.#doc.insertRows(this.#sheet, before, 1);
    return this;
  }
  insertRowAfter(after: number): Sheet {
    this.#doc.insertRows(this.#sheet, after + 1, 1);
    return this;
  }
  insertRowsBefore(before: number, howMany: number): Sheet {
    this.#doc.insertRows(this.#sheet, before, howMany);
    return this;
  }
  insertRowsAfter(after: number, howMany: number): Sheet {
    this.#doc.insertRows(this.#sheet, after + 1, howMany);
    return this;
  }
  deleteRow(rowPosition: number): Sheet {
    this.#doc.deleteRows(this.#sheet, rowPosition, 1);
    return this;
  }
  deleteRows(rowPosition: number, howMany: number): void {
    this.#doc.deleteRows(this.#sheet, rowPosition, howMany);
  }
  insertColumns(columnIndex: number, numColumns = 1): void {
    this.#doc.insertColumns(this.#sheet, columnIndex, numColumns);
  }
  insertColumnBefore(before: number): Sheet {
    this.#doc.insertColumns(this.#sheet, before, 1);
    return this;
  }
  insertColumnAfter(after: number): Sheet {
    this.#doc.insertColumns(this.#sheet, after + 1, 1);
    return this;
  }
  insertColumnsBefore(before: number, howMany: number): Sheet {
    this.#doc.insertColumns(this.#sheet, before, howMany);
    return this;
  }
  insertColumnsAfter(after: number, howMany: number): Sheet {
    this.#doc.insertColumns(this.#sheet, after + 1, howMany);
    return this;
  }
  deleteColumn(columnPosition: number): Sheet {
    this.#doc.deleteColumns(this.#sheet, columnPosition, 1);
    return this;
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    this.#doc.deleteColumns(this.#sheet, columnPosition, howMany);
  }
  /** Moves the columns `columnSpec` spans to before `destinationIndex`, counted before the move. */
  moveColumns(columnSpec: Range, destinationIndex: number): void {
    const { grid } = this.#own(columnSpec, 'moveColumns');
    this.#doc.moveColumns(this.#sheet, grid.column, grid.numColumns, destinationIndex);
  }
  moveRows(rowSpec: Range, destinationIndex: number): void {
    const { grid } = this.#own(rowSpec, 'moveRows');
    this.#doc.moveRows(this.#sheet, grid.row, grid.numRows, destinationIndex);
  }
  #own(range: Range, method: string): ReturnType<typeof Range.model> {
    const model = Range.model(range);
    if (model.sheet !== this.#sheet)
      throw new Error(`The range passed to Sheet.${method} must be on this sheet.`);
    return model;
  }
  /** Writes after the last row with content, growing the sheet if needed (unlike setValues). */
  appendRow(rowContents: unknown[]): Sheet {
    const row = this.getLastRow() + 1;
    this.#doc.ensureRows(this.#sheet, row);
    if (rowContents.length > this.#sheet.maxColumns) {
      this.#doc.insertColumns(
        this.#sheet,
        this.#sheet.maxColumns + 1,
        rowContents.length - this.#sheet.maxColumns,
      );
    }
    const grid = { row, column: 1, numRows: 1, numColumns: Math.max(1, rowContents.length) };
    checkShape([rowContents], grid);
    this.#doc.writeValues(this.#sheet, grid, [rowContents]);
    return this;
  }
  clear(): Sheet {
    this.getRange(1, 1, this.#sheet.maxRows, this.#sheet.maxColumns).clear();
    return this;
  }
  clearContents(): Sheet {
    this.getRange(1, 1, this.#sheet.maxRows, this.#sheet.maxColumns).clearContent();
    return this;
  }
  clearFormats(): Sheet {
    this.getRange(1, 1, this.#sheet.maxRows, this.#sheet.maxColumns).clearFormat();
    return this;
  }
  sort(columnPosition: number, ascending = true): Sheet {
    const first = this.#sheet.frozenRows + 1;
    const last = this.getLastRow();
    if (last >= first) {
      const grid = {
        row: first,
        column: 1,
        numRows: last - first + 1,
        numColumns: Math.max(1, this.getLastColumn()),
      };
      sortRows(this.#doc, this.#sheet, grid, [{ column: columnPosition, ascending }]);
    }
    return this;
  }

  // ---- panes, sizes, tab ----
  setFrozenRows(rows: number): void {
    this.#sheet.frozenRows = rows;
  }
  getFrozenRows(): number {
    return this.#sheet.frozenRows;
  }
  setFrozenColumns(columns: number): void {
    this.#sheet.frozenColumns = columns;
  }
  getFrozenColumns(): number {
    return this.#sheet.frozenColumns;
  }
  setColumnWidth(columnPosition: number, width: number): Sheet {
    this.#sheet.columnWidths.set(columnPosition, width);
    return this;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): Sheet {
    for (let c = startColumn; c < startColumn + numColumns; c++)
      this.#sheet.columnWidths.set(c, width);
    return this;
  }
  getColumnWidth(columnPosition: number): number {
    return this.#sheet.columnWidths.get(columnPosition) ?? 100;
  }
  setRowHeight(rowPosition: number, height: number): Sheet {
    this.#sheet.rowHeights.set(rowPosition, height);
    return this;
  }
  setRowHeights(startRow: number, numRows: number, height: number): Sheet {
    for (let r = startRow; r < startRow + numRows; r++) this.#sheet.rowHeights.set(r, height);
    return this;
  }
  getRowHeight(rowPosition: number): number {
    return this.#sheet.rowHeights.get(rowPosition) ?? 21;
  }
  autoResizeColumns(_startColumn: number, _numColumns: number): Sheet {
    return this;
  }
  autoResizeColumn(_columnPosition: number): Sheet {
    return this;
  }
  hideColumns(columnIndex: number, numColumns = 1): void {
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this.#sheet.hiddenColumns.add(c);
  }
  showColumns(columnIndex: number, numColumns = 1): void {
    for (let c = columnIndex; c < columnIndex + numColumns; c++)
      this.#sheet.hiddenColumns.delete(c);
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    return this.#sheet.hiddenColumns.has(columnPosition);
  }
  hideRows(rowIndex: number, numRows = 1): void {
    for (let r = rowIndex; r < rowIndex + numRows; r++) this.#sheet.hiddenRows.add(r);
  }
  showRows(rowIndex: number, numRows = 1): void {
    for (let r = rowIndex; r < rowIndex + numRows; r++) this.#sheet.hiddenRows.delete(r);
  }
  setTabColor(color: string | null): Sheet {
    this.#sheet.tabColor = color;
    return this;
  }
  getTabColor(): string | null {
    return this.#sheet.tabColor;
  }
  hideSheet(): Sheet {
    this.#sheet.hidden = true;
    return this;
  }
  showSheet(): Sheet {
    this.#sheet.hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    return this.#sheet.hidden;
  }
  activate(): Sheet {
    this.#doc.active = this.#sheet;
    return this;
  }
  /** A copy named "Copy of <name>", last in the spreadsheet, with this sheet's metadata. */
  copyTo(spreadsheet: Spreadsheet): Sheet {
    if (!(spreadsheet instanceof Spreadsheet))
      throw new Error(
        "The parameters (Object) don't match the method signature for SpreadsheetApp.Sheet.copyTo.",
      );
    return new Sheet(this.#doc, this.#doc.duplicateSheet(this.#sheet));
  }

  // ---- developer metadata ----
  addDeveloperMetadata(key: string, ...rest: (string | EnumValue)[]): Sheet {
    addMetadata(this.#doc, 'Sheet.addDeveloperMetadata', { type: 'SHEET', sheet: this.#sheet }, [
      key,
      ...rest,
    ]);
    return this;
  }
  /** The sheet's own metadata; its rows' and columns' are found with a finder. */
  getDeveloperMetadata(): DeveloperMetadata[] {
    return metadataAt(this.#doc, { type: 'SHEET', sheet: this.#sheet });
  }
  createDeveloperMetadataFinder(): DeveloperMetadataFinder {
    return new DeveloperMetadataFinder(this.#doc, { kind: 'sheet', sheet: this.#sheet });
  }

  // ---- rules, protections, charts ----
  getConditionalFormatRules(): ConditionalFormatRule[] {
    return this.#sheet.conditionalRules.map(
      (r) => new ConditionalFormatRule(structuredClone(r), this.#doc),
    );
  }
  setConditionalFormatRules(rules: ConditionalFormatRule[]): void {
    this.#sheet.conditionalRules = rules.map((r) => structuredClone(r.model()));
  }
  clearConditionalFormatRules(): void {
    this.#sheet.conditionalRules = [];
  }
  protect(): Protection {
    const existing = this.#sheet.protections.find((p) => p.kind === 'SHEET');
    if (existing) return new Protection(this.#doc, this.#sheet, existing);
    const whole = {
      row: 1,
      column: 1,
      numRows: this.#sheet.maxRows,
      numColumns: this.#sheet.maxColumns,
    };
    return Protection.create(this.#doc, this.#sheet, 'SHEET', whole);
  }
  getProtections(type: string): Protection[] {
    return this.#sheet.protections
      .filter((p) => p.kind === String(type))
      .map((p) => new Protection(this.#doc, this.#sheet, p));
  }
  newChart(): EmbeddedChartBuilder {
    return new EmbeddedChartBuilder(this.#doc, this.#sheet);
  }
  insertChart(chart: EmbeddedChart): void {
    EmbeddedChartBuilder.insert(this.#sheet, chart);
  }
  updateChart(chart: EmbeddedChart): void {
    EmbeddedChartBuilder.insert(this.#sheet, chart);
  }
  removeChart(chart: EmbeddedChart): void {
    const i = this.#sheet.charts.findIndex((c) => c.id === chart.model().id);
    if (i >= 0) this.#sheet.charts.splice(i, 1);
  }
  getCharts(): EmbeddedChart[] {
    return this.#sheet.charts.map((c) => new EmbeddedChart(this.#doc, this.#sheet, c));
  }
}
