import type { Lang } from '../core/lang';
import { numberStyleOf } from '../core/number';
import { dashboardLang } from './dashboard-trend';
import { dayOf } from './day';
import { describeFinding, type Finding } from './findings';
import { identifyTable, type TableRead } from './found-table';
import type { ObjectiveSummary } from './okr-table';
import { planRefresh, type RefreshPlan } from './refresh-plan';
import { REFRESH_TEXT } from './refresh-text';

/**
 * Refresh progress (PRODUCT.md §4): reads every sheet once, lets the pure planner decide, and
 * writes what it planned. The number of service calls depends on the workbook's shape (sheets,
 * blocks of computed columns, runs of new IDs), never on how many rows it holds:
 *   per sheet     getDataRange, getValues (+ getFormulas for the OKR and KPI tables)
 *   per block     getRange, setFormulas, setNumberFormats — only for blocks that changed
 *   per ID run    getRange, setValues — only where IDs were missing
 *   history       getMaxRows (+ insertRowsAfter when full), getRange, setValues, setNumberFormats
 *   dashboard     getRange, setValues — only when its trend changed
 * plus the spreadsheet, its time zone (when a period or the history needs today), the document
 * lock and a flush.
 */
export interface RefreshResult {
  readonly findings: readonly Finding[];
  readonly objectives: readonly ObjectiveSummary[];
  /** What was written: handy for the toast and for tests. */
  readonly written: {
    readonly formulaBlocks: number;
    readonly ids: number;
    readonly snapshots: number;
    readonly dashboards: number;
  };
}

/** How long a refresh waits for another Okapi write to finish. */
const LOCK_WAIT_MS = 30_000;

/**
 * Refreshes the active spreadsheet under the document lock, so two refreshes (or a refresh and
 * a template) never interleave. `lang` is the language of the findings' words, which the
 * caller (menu or sidebar) already knows. Throws an Error with a readable message when the
 * lock cannot be had.
 */
export function refreshWorkbook(
  lang: Lang,
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet = SpreadsheetApp.getActiveSpreadsheet(),
): RefreshResult {
  const lock = LockService.getDocumentLock();
  try {
    lock.waitLock(LOCK_WAIT_MS);
  } catch {
    throw new Error(REFRESH_TEXT.busy[lang]);
  }
  try {
    return refreshLocked(ss, lang);
  } finally {
    // Everything written reaches the document before another execution may take the lock.
    SpreadsheetApp.flush();
    lock.releaseLock();
  }
}

function refreshLocked(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, lang: Lang): RefreshResult {
  const sheets = ss.getSheets();
  const tables: TableRead[] = [];
  const dashboards: { sheet: number; values: unknown[][]; lang: Lang }[] = [];
  sheets.forEach((sheet, i) => {
    const range = sheet.getDataRange();
    const values = range.getValues();
    const found = identifyTable(values);
    if (found !== null) {
      // Formulas tell a person's formula from an empty ID cell, and a current computed column
      // from one to rewrite; only the tables with computed columns need them.
      const formulas = found.layout.columns.some((c) => c.formula) ? range.getFormulas() : null;
      tables.push({ ...found, sheet: i, values, formulas });
      return;
    }
    const dashboard = dashboardLang(values);
    if (dashboard !== null) dashboards.push({ sheet: i, values, lang: dashboard });
  });

  const plan = planRefresh({
    tables,
    dashboards,
    today: once(() => dayOf(Date.now(), ss.getSpreadsheetTimeZone())),
    style: once(() => numberStyleOf(ss.getSpreadsheetLocale())),
  });
  write(sheets, plan);

  const names = new Map<number, string>();
  const nameOf = (i: number | null): string | null => {
    if (i === null) return null;
    if (!names.has(i)) names.set(i, sheets[i]?.getName() ?? '');
    return names.get(i) ?? null;
  };
  return {
    findings: plan.findings.map((f) => describeFinding(f, nameOf(f.sheet), lang)),
    objectives: plan.objectives,
    written: {
      formulaBlocks: plan.formulas.length,
      ids: plan.ids.reduce((n, w) => n + w.values.length, 0),
      snapshots: plan.history?.rows.length ?? 0,
      dashboards: plan.trends.length,
    },
  };
}

function write(sheets: GoogleAppsScript.Spreadsheet.Sheet[], plan: RefreshPlan): void {
  const sheet = (i: number): GoogleAppsScript.Spreadsheet.Sheet => {
    const s = sheets[i];
    if (s === undefined) throw new Error(`sheet ${i} is gone`);
    return s;
  };
  for (const w of plan.formulas)
    sheet(w.sheet)
      .getRange(w.row, w.column, w.formulas.length, w.formulas[0]?.length ?? 1)
      .setFormulas(w.formulas)
      .setNumberFormats(w.formats);
  for (const w of plan.ids) sheet(w.sheet).getRange(w.row, w.column, w.values.length, 1).setValues(w.values);
  const h = plan.history;
  if (h !== null) {
    const s = sheet(h.sheet);
    const rows = h.rows.length;
    // setValues does not grow a sheet: add the rows that are missing at its bottom.
    const max = s.getMaxRows();
    if (h.after + rows > max) s.insertRowsAfter(max, h.after + rows - max);
    s.getRange(h.after + 1, h.column, rows, h.rows[0]?.length ?? 1)
      .setValues(h.rows)
      .setNumberFormats(h.formats);
  }
  for (const t of plan.trends)
    sheet(t.sheet).getRange(t.row, t.column, t.values.length, t.values[0]?.length ?? 1).setValues(t.values);
}

/** A value computed on first use: service calls only the plan turns out to need. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => {
    made ??= { value: make() };
    return made.value;
  };
}
