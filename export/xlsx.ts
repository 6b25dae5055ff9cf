import ExcelJS from 'exceljs';
import { exampleOkrRows } from '../src/content/example-rows';
import { type GuideLine, guideLines } from '../src/content/guide-content';
import {
  COLUMN_HELP,
  DASHBOARD_LABELS,
  DROPDOWN_LISTS,
  KIND_HELP,
  TABLE_TITLES,
} from '../src/content/template-words';
import { GRADE_COLORS, type Grade } from '../src/core/grade';
import { STATUS_LABELS, STATUSES } from '../src/core/kpi';
import type { Lang } from '../src/core/lang';
import { type CalendarDate, type Period, periodAround } from '../src/core/period';
import { DASHBOARD, DASHBOARD_TEXT } from '../src/workbook/dashboard/dashboard';
import { bandFormula } from '../src/workbook/layout/bands';
import {
  columnLetter,
  columnNames,
  formulaContext,
  preparedColumnRange,
  sheetPrefix,
  templateLocation,
} from '../src/workbook/layout/columns';
import { barFormula } from '../src/workbook/layout/formulas';
import {
  KPI_HISTORY_NAMES,
  KPI_REGISTER_NAMES,
  KPI_TARGET_NAMES,
} from '../src/workbook/layout/kpi-formulas';
import {
  DASHBOARD_NAME,
  type Dropdown,
  GUIDE_NAME,
  KPI_HISTORY,
  KPI_TARGETS,
  KPIS,
  NUMBER_FORMATS,
  OKRS,
  type SheetKey,
  TABLES,
  type TableSheet,
} from '../src/workbook/layout/tables';
import { HEADER_FILL } from '../src/workbook/template/guide';

/**
 * The OKR template as an .xlsx file, for people outside Sheets (Node only: exceljs is never
 * bundled into the add-on). Everything comes from layout.ts, so the file and the Sheets
 * template hold the same sheets, headers, formats, dropdowns and formulas — the latter in
 * their 'xlsx' form, which Excel, LibreOffice and Sheets' File ▸ Import all compute.
 *
 * Not carried over from Sheets: protection (Excel has no warning-only protection, and locking
 * the computed cells would block sorting and adding rows), SPARKLINE (a text bar instead),
 * charts (exceljs cannot write them) and the refresh: people type the KPIs' IDs, which the
 * refresh writes in Sheets, and the KPI history's rows, which the register reads by ID.
 */
export interface XlsxOptions {
  readonly lang: Lang;
  /** Pre-fill the OKRs sheet with the example OKRs of every domain. */
  readonly examples?: boolean;
  /** The day the period is chosen around; today by default. */
  readonly today?: Date;
  readonly period?: Period;
}

export interface XlsxTemplate {
  readonly workbook: ExcelJS.Workbook;
  /** The sheet names, in order. */
  readonly sheets: readonly string[];
  /** How many example rows were written on the OKRs sheet. */
  readonly exampleRows: number;
}

/** Sheets measures widths in pixels, Excel in characters of about 7 pixels. */
const PIXELS_PER_CHAR = 7;
const GRADES: readonly Grade[] = ['green', 'yellow', 'red'];

export function templateWorkbook(options: XlsxOptions): XlsxTemplate {
  const { lang } = options;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Okapi';
  // No cached results are written: every reader must compute the formulas when it opens the file.
  workbook.calcProperties.fullCalcOnLoad = true;
  const names = sheetNames(lang);
  const period = periodDates(options);
  let exampleRows = 0;
  for (const table of TABLES) {
    const sheet = workbook.addWorksheet(names[table.key]);
    writeTable(sheet, table, lang, names, period);
    if (table.key === 'okrs' && options.examples) exampleRows = writeExamples(sheet, lang);
  }
  addNames(workbook, [
    ...nameColumns(names.kpiHistory, KPI_HISTORY, KPI_HISTORY_NAMES),
    ...nameColumns(names.kpiTargets, KPI_TARGETS, KPI_TARGET_NAMES),
    ...nameColumns(names.kpis, KPIS, KPI_REGISTER_NAMES),
  ]);
  writeDashboard(workbook.addWorksheet(names.dashboard), lang, names);
  writeGuide(workbook.addWorksheet(names.guide), lang);
  return { workbook, sheets: workbook.worksheets.map((w) => w.name), exampleRows };
}

/** A table's columns as workbook names (columnNames), whole columns, as in Sheets. */
function nameColumns<K extends string>(
  sheet: string,
  table: TableSheet<K, never>,
  names: Readonly<Partial<Record<K, string>>>,
): ExcelJS.DefinedNamesModel {
  return columnNames(table, names).map(({ name, letter }) => ({
    name,
    ranges: [`${sheetPrefix(sheet)}$${letter}:$${letter}`],
  }));
}

/**
 * Names written as given. exceljs keeps a name as the set of its cells, so definedNames.add
 * drops a whole column unwritten, and a column bounded at Excel's last row would hold a million
 * cells; its writer writes the names' model as it is, so the names join the model.
 */
function addNames(workbook: ExcelJS.Workbook, names: ExcelJS.DefinedNamesModel): void {
  const { definedNames } = workbook;
  const model =
    Object.getOwnPropertyDescriptor(definedNames, 'model') ??
    Object.getOwnPropertyDescriptor(Object.getPrototypeOf(definedNames), 'model');
  Object.defineProperty(definedNames, 'model', {
    configurable: true,
    get: (): ExcelJS.DefinedNamesModel => [...(model?.get?.call(definedNames) ?? []), ...names],
  });
}

function sheetNames(lang: Lang): Record<SheetKey, string> {
  const names = Object.fromEntries(TABLES.map((t) => [t.key, t.name[lang]]));
  return { ...names, dashboard: DASHBOARD_NAME[lang], guide: GUIDE_NAME[lang] } as Record<
    SheetKey,
    string
  >;
}

/** The data rows a table's template prepares, first and last. */
function dataRows(table: TableSheet): { readonly first: number; readonly last: number } {
  return { first: table.headerRow + 1, last: table.headerRow + table.preparedRows };
}

/**
 * The functions the formulas use that came after Excel 2007, which the .xlsx format stores with
 * the _xlfn. prefix: Excel and LibreOffice read them bare as unknown names (#NAME?).
 */
const NEWER_FUNCTIONS = /\b(MAXIFS)\(/g;

/** A formula as the .xlsx format stores it: no leading "=" (Excel refuses the file otherwise). */
function formula(text: string): ExcelJS.CellFormulaValue {
  const stored = (text.startsWith('=') ? text.slice(1) : text).replace(
    NEWER_FUNCTIONS,
    '_xlfn.$1(',
  );
  return { formula: stored, date1904: false };
}

/**
 * A single-cell array formula ({=…} in Excel). exceljs writes `shareType: 'array'` but its
 * types do not declare it, hence the widened object.
 */
function arrayFormula(text: string, ref: string): ExcelJS.CellFormulaValue {
  const value: ExcelJS.CellFormulaValue & { shareType: 'array'; ref: string } = {
    ...formula(text),
    shareType: 'array',
    ref,
  };
  return value;
}

function periodDates(options: XlsxOptions): { start: Date; end: Date } {
  const today = options.today ?? new Date();
  const p = periodAround(options.period ?? 'quarter', today.getFullYear(), today.getMonth());
  // A UTC midnight becomes a whole day number in the file, whatever the machine's time zone.
  const utc = (d: CalendarDate): Date => new Date(Date.UTC(d.year, d.month, d.day));
  return { start: utc(p.start), end: utc(p.end) };
}

const BOLD: Partial<ExcelJS.Font> = { bold: true };
const HEADER: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: argb(HEADER_FILL) },
};

function writeTable(
  sheet: ExcelJS.Worksheet,
  table: TableSheet,
  lang: Lang,
  names: Record<SheetKey, string>,
  period: { start: Date; end: Date },
): void {
  sheet.getCell(1, 1).value = TABLE_TITLES[table.key]?.[lang] ?? table.name[lang];
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  const at = templateLocation(table);
  const { first, last } = dataRows(table);

  for (const n of table.named) {
    const label = sheet.getCell(n.row, n.column - 1);
    label.value = n.label[lang];
    label.font = BOLD;
    const cell = sheet.getCell(n.row, n.column);
    cell.numFmt = NUMBER_FORMATS[n.format];
    if (n.formula) cell.value = formula(n.formula(formulaContext(at, n.row, last, lang, 'xlsx')));
    else if (n.key === 'start' || n.key === 'end') cell.value = period[n.key];
  }

  table.columns.forEach((column, i) => {
    const c = i + 1;
    const header = sheet.getCell(table.headerRow, c);
    header.value = column.header[lang];
    header.font = BOLD;
    header.fill = HEADER;
    const help = COLUMN_HELP[table.key]?.[column.key];
    if (help) header.note = help[lang];
    const sheetColumn = sheet.getColumn(c);
    sheetColumn.width = Math.round((column.width / PIXELS_PER_CHAR) * 10) / 10;
    sheetColumn.hidden = column.hidden === true;
    const validation = column.dropdown && dataValidation(column.dropdown, lang, names);
    for (let r = first; r <= last; r++) {
      const cell = sheet.getCell(r, c);
      // Sparse columns too: the Sheets template leaves them to the refresh, which no .xlsx has.
      if (column.formula)
        cell.value = formula(column.formula(formulaContext(at, r, last, lang, 'xlsx')));
      // A text format on a formula cell would make Excel show the formula, not its result.
      if (!(column.formula && NUMBER_FORMATS[column.format] === '@'))
        cell.numFmt = NUMBER_FORMATS[column.format];
      if (validation) cell.dataValidation = validation;
    }
  });

  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: table.headerRow }];
  for (const key of ['progress', 'status']) {
    const c = at.columns[key];
    if (c !== undefined && table.preparedRows > 0)
      addBands(sheet, `${columnLetter(c)}${first}:${columnLetter(c)}${last}`);
  }
}

/**
 * A dropdown as an Excel data validation; a typed value outside the list only warns, except
 * in the kinds' list, which refuses it with its help, as the Sheets template does.
 */
function dataValidation(
  dropdown: Dropdown,
  lang: Lang,
  names: Record<SheetKey, string>,
): ExcelJS.DataValidation {
  const common = { allowBlank: true, showErrorMessage: true, errorStyle: 'warning' } as const;
  switch (dropdown.kind) {
    case 'list': {
      const help = dropdown.list === 'kinds' ? KIND_HELP[lang] : undefined;
      return {
        ...common,
        type: 'list',
        formulae: [`"${DROPDOWN_LISTS[dropdown.list][lang].join(',')}"`],
        ...(help === undefined ? {} : { errorStyle: 'stop', error: help }),
      };
    }
    case 'checkbox':
      return { ...common, type: 'list', formulae: ['"TRUE,FALSE"'] };
    case 'date':
      return {
        ...common,
        type: 'date',
        operator: 'greaterThan',
        formulae: [new Date(Date.UTC(1900, 0, 1))],
      };
    case 'column': {
      const table = TABLES.find((t) => t.key === dropdown.sheet);
      if (!table) throw new Error(`no table ${dropdown.sheet}`);
      return {
        ...common,
        type: 'list',
        formulae: [preparedColumnRange(table, names[dropdown.sheet], dropdown.column)],
      };
    }
  }
}

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

/**
 * The 0.4 / 0.7 grade bands (and status colours) on a column of scores or statuses, with the
 * same rule formulas as the Sheets template (bands.ts).
 */
function addBands(sheet: ExcelJS.Worksheet, range: string): void {
  const topLeft = range.split(':')[0] ?? range;
  const rule = (grade: Grade): ExcelJS.ConditionalFormattingRule => ({
    type: 'expression',
    priority: 1,
    formulae: [formula(bandFormula(grade, topLeft)).formula],
    style: {
      fill: {
        type: 'pattern',
        pattern: 'solid',
        bgColor: { argb: argb(GRADE_COLORS[grade].fill) },
      },
      font: { color: { argb: argb(GRADE_COLORS[grade].text) } },
    },
  });
  sheet.addConditionalFormatting({ ref: range, rules: GRADES.map(rule) });
}

/** The example OKRs (example-rows.ts, as the Sheets template writes them) on the first data rows. */
function writeExamples(sheet: ExcelJS.Worksheet, lang: Lang): number {
  const at = templateLocation(OKRS);
  const rows = exampleOkrRows(lang);
  rows.forEach((prefill, i) => {
    for (const { key } of OKRS.columns) {
      const v = prefill[key];
      const c = at.columns[key];
      if (v === undefined || c === undefined) continue;
      const cell = sheet.getCell(dataRows(OKRS).first + i, c);
      if ('text' in v) cell.value = v.text;
      else {
        cell.value = v.value;
        if (v.format) cell.numFmt = v.format;
      }
    }
  });
  return rows.length;
}

/**
 * The Dashboard sheet, with the Sheets dashboard's words and places (dashboard.ts): the
 * objectives with score, bar, status and number of KRs, and the KPIs counted by status.
 * Sheets picks the n-th objective row with FILTER, which Excel before 365 and LibreOffice 7
 * lack; here a hidden column finds it with SMALL(IF(…)) entered as an array formula, which
 * Excel (any version), LibreOffice and Sheets' import all compute. No trend chart: exceljs
 * cannot write charts.
 */
function writeDashboard(
  sheet: ExcelJS.Worksheet,
  lang: Lang,
  names: Record<SheetKey, string>,
): void {
  const words = { ...DASHBOARD_LABELS, ...DASHBOARD_TEXT };
  const t = (k: keyof typeof words): string => words[k][lang];
  const { objectives: o, kpis: k } = DASHBOARD;
  const range = (table: TableSheet, key: string): string =>
    preparedColumnRange(table, names[table.key], key);
  const okr = (key: string): string => range(OKRS, key);
  const top = o.headerRow + 1;
  const bottom = o.headerRow + o.slots;
  const header = (row: number, column: number, text: string): void => {
    const cell = sheet.getCell(row, column);
    cell.value = text;
    cell.font = BOLD;
    cell.fill = HEADER;
  };
  sheet.getCell(1, 1).value = t('title');
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  sheet.getCell(2, 1).value = t('average');
  sheet.getCell(2, 1).font = BOLD;
  const average = sheet.getCell(2, 2);
  average.value = formula(
    `IF(COUNT(B${top}:B${bottom})=0,"",ROUND(AVERAGE(B${top}:B${bottom}),2))`,
  );
  average.numFmt = NUMBER_FORMATS.score;

  [t('objective'), t('score'), t('bar'), t('status'), t('krs')].forEach((h, i) => {
    header(o.headerRow, o.column + i, h);
  });
  const ROW = 6; // the hidden column holding the n-th objective's row in the OKRs table
  const isObjective = `(${okr('objective')}<>"")*(${okr('keyResult')}="")`;
  const { first } = dataRows(OKRS);
  for (let n = 1; n <= o.slots; n++) {
    const r = o.headerRow + n;
    const at = `$${columnLetter(ROW)}${r}`;
    sheet.getCell(r, ROW).value = arrayFormula(
      `IFERROR(SMALL(IF(${isObjective},ROW(${okr('objective')})-${first - 1}),${n}),"")`,
      `${columnLetter(ROW)}${r}`,
    );
    const pick = (key: string): ExcelJS.CellFormulaValue =>
      formula(`IF(${at}="","",INDEX(${okr(key)},${at}))`);
    sheet.getCell(r, 1).value = pick('objective');
    sheet.getCell(r, 2).value = pick('progress');
    sheet.getCell(r, 2).numFmt = NUMBER_FORMATS.score;
    sheet.getCell(r, 3).value = formula(barFormula(`B${r}`, 'xlsx'));
    sheet.getCell(r, 4).value = pick('status');
    sheet.getCell(r, 5).value = formula(
      `IF(A${r}="","",COUNTIFS(${okr('objective')},A${r},${okr('keyResult')},"<>"))`,
    );
  }
  sheet.getColumn(ROW).hidden = true;

  header(k.headerRow, k.column, t('kpiStatus'));
  header(k.headerRow, k.column + 1, t('kpiCount'));
  const label = columnLetter(k.column);
  STATUSES.forEach((status, i) => {
    const r = k.headerRow + 1 + i;
    sheet.getCell(r, k.column).value = STATUS_LABELS[lang][status];
    sheet.getCell(r, k.column + 1).value = formula(
      `COUNTIF(${range(KPIS, 'status')},${label}${r})`,
    );
  });

  sheet.getColumn(1).width = 300 / PIXELS_PER_CHAR;
  sheet.getColumn(k.column).width = 140 / PIXELS_PER_CHAR;
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: o.headerRow }];
  addBands(sheet, `B${top}:B${bottom}`);
  addBands(sheet, `D${top}:D${bottom}`);
  addBands(sheet, 'B2:B2');
}

/** The guide's lines, one per row; key results get their shape in the next column. */
function writeGuide(sheet: ExcelJS.Worksheet, lang: Lang): void {
  sheet.getColumn(1).width = 100;
  sheet.getColumn(2).width = 36;
  let row = 1;
  const style: Record<GuideLine['role'], Partial<ExcelJS.Font>> = {
    title: { bold: true, size: 16 },
    heading: { bold: true, size: 13 },
    domain: { bold: true },
    objective: { italic: true },
    text: {},
    band: {},
    keyResult: {},
  };
  for (const line of guideLines(lang)) {
    if (line.role === 'heading' || line.role === 'domain') row++;
    const cell = sheet.getCell(row, 1);
    cell.value = line.role === 'keyResult' ? `    • ${line.text}` : line.text;
    cell.font = style[line.role];
    cell.alignment = { wrapText: true, vertical: 'top' };
    if (line.role === 'band') {
      const c = GRADE_COLORS[line.grade];
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(c.fill) } };
      cell.font = { color: { argb: argb(c.text) } };
    }
    if (line.role === 'keyResult') sheet.getCell(row, 2).value = line.detail;
    row++;
  }
}
