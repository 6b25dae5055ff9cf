/** Embedded charts: recorded (type, ranges, options, position), never drawn. */
import { rangeA1 } from './a1';
import { SERVICE } from './calls';
import type { DocumentModel } from './document';
import { Range } from './range';
import type { ChartModel, SheetModel } from './sheet-model';

export const CHART_TYPE = Object.fromEntries(
  [
    'AREA',
    'BAR',
    'BUBBLE',
    'CANDLESTICK',
    'COLUMN',
    'COMBO',
    'GAUGE',
    'GEO',
    'HISTOGRAM',
    'LINE',
    'ORG',
    'PIE',
    'SCATTER',
    'SPARKLINE',
    'STEPPED_AREA',
    'TABLE',
    'TIMELINE',
    'TREEMAP',
    'WATERFALL',
  ].map((n) => [n, n]),
);

let nextChartId = 1;

/** The Charts service: only its enums are used by an embedded-chart builder. */
export class Charts {
  readonly [SERVICE] = 'Charts';
  readonly ChartType = CHART_TYPE;
  readonly Position = { TOP: 'TOP', BOTTOM: 'BOTTOM', RIGHT: 'RIGHT', LEFT: 'LEFT', NONE: 'NONE' };
  readonly ChartMergeStrategy = { MERGE_COLUMNS: 'MERGE_COLUMNS', MERGE_ROWS: 'MERGE_ROWS' };
  readonly ChartHiddenDimensionStrategy = {
    IGNORE_BOTH: 'IGNORE_BOTH',
    IGNORE_ROWS: 'IGNORE_ROWS',
    IGNORE_COLUMNS: 'IGNORE_COLUMNS',
    SHOW_BOTH: 'SHOW_BOTH',
  };
}

export class ChartOptions {
  readonly [SERVICE] = 'ChartOptions';
  readonly #options: Record<string, unknown>;

  constructor(options: Record<string, unknown>) {
    this.#options = options;
  }
  get(option: string): unknown {
    return this.#options[option] ?? null;
  }
}

export class EmbeddedChart {
  readonly [SERVICE] = 'EmbeddedChart';
  readonly #doc: DocumentModel;
  readonly #sheet: SheetModel;
  readonly #model: ChartModel;

  constructor(doc: DocumentModel, sheet: SheetModel, model: ChartModel) {
    this.#doc = doc;
    this.#sheet = sheet;
    this.#model = model;
  }
  model(): ChartModel {
    return this.#model;
  }
  getChartId(): number {
    return this.#model.id;
  }
  getId(): string {
    return `u${this.#model.id}`;
  }
  getType(): string {
    return this.#model.type;
  }
  getOptions(): ChartOptions {
    return new ChartOptions(this.#model.options);
  }
  getRanges(): Range[] {
    return this.#model.ranges.flatMap((ref) => {
      const sheet = this.#doc.sheetByName(ref.sheet);
      if (!sheet) return [];
      return [Range.fromA1(this.#doc, sheet, ref.a1)];
    });
  }
  modify(): EmbeddedChartBuilder {
    return new EmbeddedChartBuilder(this.#doc, this.#sheet, structuredClone(this.#model));
  }
}

/** One builder for every chart flavour (asLineChart() etc. return the same builder). */
export class EmbeddedChartBuilder {
  readonly [SERVICE] = 'EmbeddedChartBuilder';
  readonly #doc: DocumentModel;
  readonly #sheet: SheetModel;
  readonly #model: ChartModel;

  constructor(doc: DocumentModel, sheet: SheetModel, model?: ChartModel) {
    this.#doc = doc;
    this.#sheet = sheet;
    this.#model = model ?? {
      id: 0,
      type: 'COLUMN',
      ranges: [],
      options: {},
      position: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
    };
  }

  #as(type: string): EmbeddedChartBuilder {
    this.#model.type = type;
    return this;
  }
  #option(key: string, value: unknown): EmbeddedChartBuilder {
    this.#model.options[key] = value;
    return this;
  }

  addRange(range: Range): EmbeddedChartBuilder {
    const { sheet, grid } = Range.model(range);
    this.#model.ranges.push({ sheet: sheet.name, a1: rangeA1(grid) });
    return this;
  }
  removeRange(range: Range): EmbeddedChartBuilder {
    const { sheet, grid } = Range.model(range);
    this.#model.ranges = this.#model.ranges.filter(
      (r) => !(r.sheet === sheet.name && r.a1 === rangeA1(grid)),
    );
    return this;
  }
  clearRanges(): EmbeddedChartBuilder {
    this.#model.ranges = [];
    return this;
  }
  getRanges(): Range[] {
    return new EmbeddedChart(this.#doc, this.#sheet, this.#model).getRanges();
  }
  setChartType(type: string): EmbeddedChartBuilder {
    return this.#as(String(type));
  }
  getChartType(): string {
    return this.#model.type;
  }
  asAreaChart() {
    return this.#as('AREA');
  }
  asBarChart() {
    return this.#as('BAR');
  }
  asColumnChart() {
    return this.#as('COLUMN');
  }
  asComboChart() {
    return this.#as('COMBO');
  }
  asLineChart() {
    return this.#as('LINE');
  }
  asPieChart() {
    return this.#as('PIE');
  }
  asScatterChart() {
    return this.#as('SCATTER');
  }
  asTableChart() {
    return this.#as('TABLE');
  }
  setPosition(
    anchorRowPos: number,
    anchorColPos: number,
    offsetX: number,
    offsetY: number,
  ): EmbeddedChartBuilder {
    this.#model.position = { row: anchorRowPos, column: anchorColPos, offsetX, offsetY };
    return this;
  }
  setOption(option: string, value: unknown): EmbeddedChartBuilder {
    return this.#option(option, value);
  }
  setTitle(title: string) {
    return this.#option('title', title);
  }
  setXAxisTitle(title: string) {
    return this.#option('hAxis.title', title);
  }
  setYAxisTitle(title: string) {
    return this.#option('vAxis.title', title);
  }
  setLegendPosition(position: string) {
    return this.#option('legend.position', String(position));
  }
  setStacked() {
    return this.#option('isStacked', true);
  }
  setColors(colors: string[]) {
    return this.#option('colors', [...colors]);
  }
  setRange(start: number, end: number) {
    return this.#option('vAxis.viewWindow', { min: start, max: end });
  }
  setCurveStyle(style: string) {
    return this.#option('curveType', String(style));
  }
  setPointStyle(style: string) {
    return this.#option('pointStyle', String(style));
  }
  setNumHeaders(headers: number) {
    return this.#option('numHeaders', headers);
  }
  setMergeStrategy(strategy: string) {
    return this.#option('mergeStrategy', String(strategy));
  }
  setHiddenDimensionStrategy(strategy: string) {
    return this.#option('hiddenDimensionStrategy', String(strategy));
  }
  setTransposeRowsAndColumns(transpose: boolean) {
    return this.#option('transposeRowsAndColumns', transpose);
  }
  build(): EmbeddedChart {
    return new EmbeddedChart(this.#doc, this.#sheet, structuredClone(this.#model));
  }

  /** Assigns the chart an id when it is inserted (builders may be built and discarded). */
  static insert(sheet: SheetModel, chart: EmbeddedChart): void {
    const model = chart.model();
    const existing = sheet.charts.findIndex((c) => c.id === model.id && model.id !== 0);
    if (existing >= 0) sheet.charts.splice(existing, 1, model);
    else {
      model.id = nextChartId++;
      sheet.charts.push(model);
    }
  }
}
