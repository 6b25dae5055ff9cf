import ExcelJS from 'exceljs';
import { EXAMPLES } from '../src/core/examples';
import { GRADE_COLORS, GREEN_FROM, type Grade, YELLOW_FROM } from '../src/core/grade';
import { KIND_LABELS } from '../src/core/kind';
import type { Lang, Localized } from '../src/core/lang';
import { type CalendarDate, type Period, periodAround } from '../src/core/period';
import { fraction } from '../src/workbook/formulas';
import { type GuideLine, guideLines } from '../src/workbook/guide-content';
import {
  DASHBOARD_NAME,
  type Dropdown,
  GUIDE_NAME,
  NUMBER_FORMATS,
  OKRS,
  type SheetKey,
  TABLES,
  type TableSheet,
} from '../src/workbook/layout';
import { columnLetter, formulaContext, type Located } from '../src/workbook/table';

/**
 * The OKR template as an .xlsx file, for people outside Sheets (Node only: exceljs is never
 * bundled into the add-on). Everything comes from layout.ts, so the file and the Sheets
 * template hold the same sheets, headers, formats, dropdowns and formulas — the latter in
 * their 'xlsx' form, which Excel, LibreOffice and Sheets' File ▸ Import all compute.
 *
 * Not carried over from Sheets: protection (Excel has no warning-only protection, and locking
 * the computed cells would block sorting and adding rows), SPARKLINE (a text bar instead)
 * and charts (exceljs cannot write them).
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

/** How many objectives the dashboard lists. */
const DASHBOARD_SLOTS = 30;
/** Sheets measures widths in pixels, Excel in characters of about 7 pixels. */
const PIXELS_PER_CHAR = 7;

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
  writeDashboard(workbook.addWorksheet(names.dashboard), lang, names.okrs);
  writeGuide(workbook.addWorksheet(names.guide), lang);
  return { workbook, sheets: workbook.worksheets.map((w) => w.name), exampleRows };
}

/** The template as .xlsx bytes. */
export async function templateXlsx(options: XlsxOptions): Promise<Buffer> {
  const bytes = await templateWorkbook(options).workbook.xlsx.writeBuffer();
  return Buffer.from(bytes);
}

function sheetNames(lang: Lang): Record<SheetKey, string> {
  const names = Object.fromEntries(TABLES.map((t) => [t.key, t.name[lang]]));
  return { ...names, dashboard: DASHBOARD_NAME[lang], guide: GUIDE_NAME[lang] } as Record<
    SheetKey,
    string
  >;
}

/** Where each column and named cell sits when the template lays a table out itself. */
export function templateLocation(table: TableSheet): Located {
  return {
    headerRow: table.headerRow,
    columns: Object.fromEntries(table.columns.map((c, i) => [c.key, i + 1])),
    named: Object.fromEntries(table.named.map((n) => [n.key, [n.row, n.column] as const])),
  };
}

/** The data rows a table's template prepares, first and last. */
function dataRows(table: TableSheet): { readonly first: number; readonly last: number } {
  return { first: table.headerRow + 1, last: table.headerRow + table.preparedRows };
}

/** A formula as the .xlsx format stores it: no leading "=" (Excel refuses the file otherwise). */
function formula(text: string): ExcelJS.CellFormulaValue {
  return { formula: text.startsWith('=') ? text.slice(1) : text, date1904: false };
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
const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFE8EAED' },
};

function writeTable(
  sheet: ExcelJS.Worksheet,
  table: TableSheet,
  lang: Lang,
  names: Record<SheetKey, string>,
  period: { start: Date; end: Date },
): void {
  sheet.getCell(1, 1).value = table.title[lang];
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
    header.fill = HEADER_FILL;
    if (column.help) header.note = column.help[lang];
    const sheetColumn = sheet.getColumn(c);
    sheetColumn.width = Math.round((column.width / PIXELS_PER_CHAR) * 10) / 10;
    sheetColumn.hidden = column.hidden === true;
    const validation = column.dropdown && dataValidation(column.dropdown, lang, names);
    for (let r = first; r <= last; r++) {
      const cell = sheet.getCell(r, c);
      if (column.formula)
        cell.value = formula(column.formula(formulaContext(at, r, last, lang, 'xlsx')));
      // A text format on a formula cell would make Excel show the formula, not its result.
      if (!(column.formula && NUMBER_FORMATS[column.format] === '@'))
        cell.numFmt = NUMBER_FORMATS[column.format];
      if (validation) cell.dataValidation = validation;
    }
  });

  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: table.headerRow }];
  const progress = at.columns.progress;
  if (progress !== undefined && table.preparedRows > 0)
    addBands(sheet, `${columnLetter(progress)}${first}:${columnLetter(progress)}${last}`);
}

/** A dropdown as an Excel data validation; a typed value outside the list only warns. */
function dataValidation(
  dropdown: Dropdown,
  lang: Lang,
  names: Record<SheetKey, string>,
): ExcelJS.DataValidation {
  const common = { allowBlank: true, showErrorMessage: true, errorStyle: 'warning' } as const;
  switch (dropdown.kind) {
    case 'list':
      return { ...common, type: 'list', formulae: [`"${dropdown.values[lang].join(',')}"`] };
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
      const c = table && templateLocation(table).columns[dropdown.column];
      if (!table || c === undefined)
        throw new Error(`no column ${dropdown.sheet}.${dropdown.column}`);
      const { first, last } = dataRows(table);
      const col = columnLetter(c);
      return {
        ...common,
        type: 'list',
        formulae: [`${quoteSheet(names[dropdown.sheet])}!$${col}$${first}:$${col}$${last}`],
      };
    }
  }
}

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

/**
 * The 0.4 / 0.7 grade bands on a score column. Expression rules test ISNUMBER so that the
 * blank ("") cells of unused rows stay uncoloured.
 */
function addBands(sheet: ExcelJS.Worksheet, range: string): void {
  const topLeft = range.split(':')[0] ?? range;
  const at = (grade: Grade, test: string): ExcelJS.ConditionalFormattingRule => ({
    type: 'expression',
    priority: 1,
    formulae: [`AND(ISNUMBER(${topLeft}),${test})`],
    style: {
      fill: {
        type: 'pattern',
        pattern: 'solid',
        bgColor: { argb: argb(GRADE_COLORS[grade].fill) },
      },
      font: { color: { argb: argb(GRADE_COLORS[grade].text) } },
    },
  });
  sheet.addConditionalFormatting({
    ref: range,
    rules: [
      at('green', `${topLeft}>=${fraction(GREEN_FROM)}`),
      at('yellow', `${topLeft}>=${fraction(YELLOW_FROM)},${topLeft}<${fraction(GREEN_FROM)}`),
      at('red', `${topLeft}<${fraction(YELLOW_FROM)}`),
    ],
  });
}

/** Example OKRs on the first data rows: each objective's row, then its KRs naming it. */
function writeExamples(sheet: ExcelJS.Worksheet, lang: Lang): number {
  const at = templateLocation(OKRS);
  let row = dataRows(OKRS).first;
  const put = (key: string, value: ExcelJS.CellValue, percent = false): void => {
    const c = at.columns[key];
    if (c === undefined || value === null) return;
    const cell = sheet.getCell(row, c);
    cell.value = value;
    if (percent) cell.numFmt = NUMBER_FORMATS.percent;
  };
  for (const okr of EXAMPLES) {
    put('objective', okr.objective[lang]);
    row++;
    for (const kr of okr.krs) {
      const percent = kr.unit[lang] === '%';
      put('objective', okr.objective[lang]);
      put('keyResult', kr.title[lang]);
      put('kind', KIND_LABELS[lang][kr.kind]);
      put('unit', kr.unit[lang]);
      put('baseline', kr.baseline, percent);
      put('target', kr.target, percent);
      put('current', kr.current, percent);
      row++;
    }
  }
  return row - dataRows(OKRS).first;
}

const DASHBOARD_TEXT = {
  title: { en: 'Dashboard', fr: 'Tableau de bord' },
  average: { en: 'Average objective score', fr: 'Score moyen des objectifs' },
  objective: { en: 'Objective', fr: 'Objectif' },
  score: { en: 'Score', fr: 'Score' },
  status: { en: 'Status', fr: 'Statut' },
  krs: { en: 'Key results', fr: 'Résultats clés' },
  row: { en: 'Row', fr: 'Ligne' },
} satisfies Record<string, Localized>;

/**
 * The objectives of the OKRs sheet with their score, status and number of KRs. Which row
 * holds the n-th objective is found with SMALL(IF(…)) entered as an array formula: the one
 * way that Excel (any version), LibreOffice and Sheets' import all compute (no FILTER).
 */
function writeDashboard(sheet: ExcelJS.Worksheet, lang: Lang, okrsName: string): void {
  const t = (k: keyof typeof DASHBOARD_TEXT): string => DASHBOARD_TEXT[k][lang];
  const okrs = templateLocation(OKRS);
  const { first, last } = dataRows(OKRS);
  const range = (key: string): string => {
    const c = okrs.columns[key];
    if (c === undefined) throw new Error(`OKRs column "${key}" is missing`);
    const col = columnLetter(c);
    return `${quoteSheet(okrsName)}!$${col}$${first}:$${col}$${last}`;
  };
  const headerRow = 4;
  const top = headerRow + 1;
  const bottom = headerRow + DASHBOARD_SLOTS;
  sheet.getCell('A1').value = t('title');
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.getCell('A2').value = t('average');
  sheet.getCell('A2').font = BOLD;
  sheet.getCell('B2').value = formula(
    `IF(COUNT(B${top}:B${bottom})=0,"",AVERAGE(B${top}:B${bottom}))`,
  );
  sheet.getCell('B2').numFmt = NUMBER_FORMATS.score;
  const headers = [t('objective'), t('score'), t('status'), t('krs'), t('row')];
  headers.forEach((h, i) => {
    const cell = sheet.getCell(headerRow, i + 1);
    cell.value = h;
    cell.font = BOLD;
    cell.fill = HEADER_FILL;
  });
  for (let n = 1; n <= DASHBOARD_SLOTS; n++) {
    const r = headerRow + n;
    const objectiveRows = `(${range('objective')}<>"")*(${range('keyResult')}="")`;
    sheet.getCell(`E${r}`).value = arrayFormula(
      `IFERROR(SMALL(IF(${objectiveRows},ROW(${range('objective')})-${first - 1}),${n}),"")`,
      `E${r}`,
    );
    const pick = (key: string): string => `IF($E${r}="","",INDEX(${range(key)},$E${r}))`;
    sheet.getCell(`A${r}`).value = formula(pick('objective'));
    sheet.getCell(`B${r}`).value = formula(pick('progress'));
    sheet.getCell(`B${r}`).numFmt = NUMBER_FORMATS.score;
    sheet.getCell(`C${r}`).value = formula(pick('status'));
    sheet.getCell(`D${r}`).value = formula(
      `IF($E${r}="","",COUNTIFS(${range('objective')},$A${r},${range('keyResult')},"<>"))`,
    );
  }
  [60, 12, 16, 14, 8].forEach((w, i) => {
    sheet.getColumn(i + 1).width = w;
  });
  sheet.getColumn(5).hidden = true;
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: headerRow }];
  addBands(sheet, `B${top}:B${bottom}`);
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
