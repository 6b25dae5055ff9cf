import { type Lang, langOfLocale } from '../../core/lang';
import { type Period, periodAround } from '../../core/period';
import { dashboardPlan, writeDashboard } from '../dashboard/dashboard';
import { BandRules } from '../layout/bands';
import { columnNames, openColumnRange } from '../layout/columns';
import { KPI_HISTORY_NAMES, KPI_REGISTER_NAMES, KPI_TARGET_NAMES } from '../layout/kpi-formulas';
import {
  DASHBOARD_NAME,
  GUIDE_NAME,
  KPI_HISTORY,
  KPI_TARGETS,
  KPIS,
  type SheetKey,
  TABLES,
  type TableSheet,
} from '../layout/tables';
import { ValidationRules } from '../layout/validation';
import { withDocumentLock } from '../sheets/document-lock';
import { isMarkedRole, markSheet } from '../sheets/marks';
import { insertFreeSheet } from '../sheets/sheet-names';
import type { TemplateContent, TemplateContents } from './content';
import { planGuide, writeGuide } from './guide';
import { type Builders, type PeriodDates, planTableSheet, writeTableSheet } from './table-sheet';

/**
 * "Create OKR template": builds the ready-to-fill workbook in the active spreadsheet — the four
 * tables of layout.ts, the Dashboard and the Guide — in the spreadsheet's language. Existing
 * sheets are never touched: every sheet is new, under a free name. Everything is planned in
 * memory and written in batches, so the whole template costs a few dozen service calls. The
 * words only the template writes (the Guide, titles, notes, labels…) come in as `contents`,
 * which the bundle does not hold (see template-content.ts).
 */

export interface TemplateOptions {
  /** The sheets' language; by default the spreadsheet locale's (English when Okapi lacks it). */
  readonly lang?: Lang;
  /** Pre-fill the OKRs sheet with the example OKRs of every marketing domain. */
  readonly examples?: boolean;
  /** The day the period is chosen around (the current calendar quarter by default). */
  readonly today?: Date;
  readonly period?: Period;
}

export interface TemplateResult {
  readonly lang: Lang;
  /** The name each sheet got (a free variant when the usual name was taken). */
  readonly sheets: Readonly<Record<SheetKey, string>>;
}

/**
 * No toast on success: the Guide, inserted last, is the active sheet when the template is
 * done, which says both that it worked and where to start (and spares a call).
 */
export function createTemplate(
  contents: TemplateContents,
  options: TemplateOptions = {},
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet = SpreadsheetApp.getActiveSpreadsheet(),
): TemplateResult {
  const lang = options.lang ?? langOfLocale(ss.getSpreadsheetLocale());
  return withDocumentLock(lang, () => build(ss, lang, contents[lang], options));
}

/** A table's columns as workbook names (layout/columns.ts, columnNames), on its new sheet. */
function nameColumns<K extends string>(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  table: TableSheet<K, never>,
  names: Readonly<Partial<Record<K, string>>>,
): void {
  for (const { name, letter } of columnNames(table, names))
    ss.setNamedRange(name, sheet.getRange(`${letter}:${letter}`));
}

/** The template's sheets in tab order, with their usual names. */
function sheetBases(lang: Lang): [SheetKey, string][] {
  return [
    ...TABLES.map((t): [SheetKey, string] => [t.key, t.name[lang]]),
    ['dashboard', DASHBOARD_NAME[lang]],
    ['guide', GUIDE_NAME[lang]],
  ];
}

function build(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  lang: Lang,
  content: TemplateContent,
  options: TemplateOptions,
): TemplateResult {
  const today = options.today ?? new Date();
  const period: PeriodDates = periodAround(
    options.period ?? 'quarter',
    today.getFullYear(),
    today.getMonth(),
  );
  // Every sheet first: the formulas, dropdowns and chart of one refer to the others by name.
  const created = sheetBases(lang).map(([key, base]) => ({ key, ...insertFreeSheet(ss, base) }));
  const find = (key: SheetKey) => {
    const found = created.find((c) => c.key === key);
    if (found === undefined) throw new Error(`no ${key} sheet`);
    return found;
  };

  const builders: Builders = {
    validations: new ValidationRules(content.lists, content.strictLists, (d) => {
      const table = TABLES.find((t) => t.key === d.sheet);
      if (!table) throw new Error(`no table ${d.sheet} to list`);
      // Open-ended: KRs added below the prepared rows are offered too.
      return ss.getRange(openColumnRange(table, find(d.sheet).name, d.column));
    }),
    bands: new BandRules(),
  };

  for (const table of TABLES) {
    const prefill = table.key === 'okrs' && options.examples ? content.examples : [];
    const plan = planTableSheet(table, lang, period, content, prefill);
    writeTableSheet(find(table.key).sheet, plan, builders);
  }
  nameColumns(ss, find('kpiHistory').sheet, KPI_HISTORY, KPI_HISTORY_NAMES);
  nameColumns(ss, find('kpiTargets').sheet, KPI_TARGETS, KPI_TARGET_NAMES);
  nameColumns(ss, find('kpis').sheet, KPIS, KPI_REGISTER_NAMES);
  const names = { okrs: find('okrs').name, kpis: find('kpis').name };
  writeDashboard(find('dashboard').sheet, dashboardPlan(content.dashboard, names));
  writeGuide(find('guide').sheet, planGuide(content.guide));
  // Okapi's sheets carry its mark; their columns get theirs from the first refresh, which finds
  // them by their headers there (a mark per column would cost the template a call each).
  for (const c of created) if (isMarkedRole(c.key)) markSheet(c.sheet, c.key, lang);
  return {
    lang,
    sheets: Object.fromEntries(created.map((c) => [c.key, c.name])) as Record<SheetKey, string>,
  };
}
