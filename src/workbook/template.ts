import { type Lang, type Localized, langOfLocale } from '../core/lang';
import { type Period, periodAround } from '../core/period';
import { BandRules } from './bands';
import { planDashboard, writeDashboard } from './dashboard';
import { exampleOkrRows } from './example-rows';
import { planGuide, writeGuide } from './guide';
import { DASHBOARD_NAME, GUIDE_NAME, type SheetKey, TABLES } from './layout';
import { insertFreeSheet } from './sheet-names';
import { templateLocation } from './table';
import {
  type Builders,
  type PeriodDates,
  planTableSheet,
  runA1,
  writeTableSheet,
} from './table-sheet';
import { ValidationRules } from './validation';

/**
 * "Create OKR template": builds the ready-to-fill workbook in the active spreadsheet — the four
 * tables of layout.ts, the Dashboard and the Guide — in the spreadsheet's language. Existing
 * sheets are never touched: every sheet is new, under a free name. Everything is planned in
 * memory and written in batches, so the whole template costs a few dozen service calls.
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

export const TEMPLATE_TEXT = {
  done: {
    en: 'Your OKR template is ready: the Guide explains how to fill it in.',
    fr: 'Votre modèle OKR est prêt : le Guide explique comment le remplir.',
  },
  failed: {
    en: 'Okapi could not create the template:',
    fr: 'Okapi n’a pas pu créer le modèle :',
  },
} as const satisfies Record<string, Localized>;

/** How long to wait for another Okapi write (a refresh) to finish, in milliseconds. */
const LOCK_WAIT_MS = 30_000;

export function createTemplate(
  options: TemplateOptions = {},
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet = SpreadsheetApp.getActiveSpreadsheet(),
): TemplateResult {
  const lang = options.lang ?? langOfLocale(ss.getSpreadsheetLocale());
  const lock = LockService.getDocumentLock();
  lock.waitLock(LOCK_WAIT_MS);
  try {
    return build(ss, lang, options);
  } finally {
    SpreadsheetApp.flush();
    lock.releaseLock();
  }
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
    validations: new ValidationRules(lang, (d) => {
      const table = TABLES.find((t) => t.key === d.sheet);
      const column = table && templateLocation(table).columns[d.column];
      if (!table || column === undefined)
        throw new Error(`no column ${d.sheet}.${d.column} to list`);
      const rows = [table.headerRow + 1, table.headerRow + table.preparedRows] as const;
      return find(d.sheet).sheet.getRange(runA1({ first: column, count: 1 }, ...rows));
    }),
    bands: new BandRules(),
  };

  for (const table of TABLES) {
    const prefill = table.key === 'okrs' && options.examples ? exampleOkrRows(lang) : [];
    writeTableSheet(find(table.key).sheet, planTableSheet(table, lang, period, prefill), builders);
  }
  const names = { okrs: find('okrs').name, kpis: find('kpis').name };
  writeDashboard(find('dashboard').sheet, planDashboard(lang, names));
  writeGuide(find('guide').sheet, planGuide(lang));
  return {
    lang,
    sheets: Object.fromEntries(created.map((c) => [c.key, c.name])) as Record<SheetKey, string>,
  };
}
