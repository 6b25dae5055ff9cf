import type { Lang } from '../../core/lang';
import { numberStyleOf } from '../../core/number';
import { dayOf } from '../sheets/day';
import { withDocumentLock } from '../sheets/document-lock';
import { parseStored, storedProperties } from '../sheets/registry';
import { ensureRows, sheetAt } from '../sheets/sheet-list';
import type { LocatedFinding } from './findings';
import type { ObjectiveSummary } from './okr-table';
import { planRefresh, type RefreshPlan } from './plan';
import { readWorkbook, type WorkbookRead } from './read';

/**
 * Refresh progress (docs/workbook.md#refresh): reads the sheets it needs once (refresh-read.ts), lets the
 * pure planner decide, and writes what it planned. The number of service calls depends on the
 * workbook's shape (Okapi's sheets, blocks of computed columns, runs of new IDs), never on how
 * many rows it holds:
 *   registry      getDocumentProperties, getProperties (+ setProperties when it changed)
 *   per sheet     getNumSheets once, getSheetById (getSheetByName, getSheetId for a sheet
 *                 a template just made); OKR and KPI tables getDataRange, getValues,
 *                 getFormulas; the history getDataRange, getValues; a dashboard nothing more
 *   per block     getRange, setFormulas, setNumberFormats — only for blocks that changed
 *   per ID run    getRange, setValues — only where IDs were missing
 *   history       getMaxRows (+ insertRowsAfter when full), getRange, setValues
 *   dashboard     getRange, setValues — only when its trend changed
 * plus its time zone and locale (when a period or the history needs them), the document lock
 * and a flush. Without a registry that matches the workbook, every sheet is read once more.
 */
export interface RefreshResult {
  /** Without words: the caller reads them (findingMessage) only when there are findings. */
  readonly findings: readonly LocatedFinding[];
  readonly objectives: readonly ObjectiveSummary[];
  /** What was read, before the writes: the sidebar draws its state from it and writes there. */
  readonly read: WorkbookRead;
  /** What was written: handy for the toast and for tests. */
  readonly written: {
    readonly formulaBlocks: number;
    readonly ids: number;
    readonly snapshots: number;
    readonly dashboards: number;
  };
}

/**
 * Refreshes the active spreadsheet under the document lock, so two refreshes (or a refresh and
 * a template) never interleave. Throws an Error with a readable message, in `lang`, when the
 * lock cannot be had. `before` runs under the same lock, first, with what a refresh would find
 * right then (nothing written): the sidebar's save writes its rows there, so that nothing can
 * come between its reading, its writing and the refresh.
 */
export function refreshWorkbook(
  lang: Lang,
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet = SpreadsheetApp.getActiveSpreadsheet(),
  before?: (found: RefreshResult) => void,
): RefreshResult {
  return withDocumentLock(lang, () => {
    before?.(refreshLocked(ss, false));
    return refreshLocked(ss, true);
  });
}

/** What a refresh finds now, without writing: the sidebar's first state. */
export function previewRefresh(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet = SpreadsheetApp.getActiveSpreadsheet(),
): RefreshResult {
  return refreshLocked(ss, false);
}

function refreshLocked(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  writing: boolean,
): RefreshResult {
  const properties = PropertiesService.getDocumentProperties();
  const stored = parseStored(properties.getProperties());
  const read = readWorkbook(ss, stored);
  const plan = planRefresh({
    tables: read.tables,
    dashboards: read.dashboards,
    trend: read.registry.trend ?? null,
    today: once(() => dayOf(Date.now(), ss.getSpreadsheetTimeZone())),
    style: once(() => numberStyleOf(ss.getSpreadsheetLocale())),
  });
  if (writing) write(read.sheets, plan);
  // Stored after the writes: a refresh that failed halfway keeps the old digest, and redraws.
  // Replacing every document property drops the templates' notes, now in the registry.
  if (writing && (read.changed || plan.trend !== (read.registry.trend ?? null))) {
    const { trend: _, ...registry } = read.registry;
    properties.setProperties(
      storedProperties(plan.trend === null ? registry : { ...registry, trend: plan.trend }),
      true,
    );
  }

  const names = new Map<number, string>();
  const nameOf = (i: number | null): string | null => {
    if (i === null) return null;
    if (!names.has(i)) names.set(i, read.sheets[i]?.getName() ?? '');
    return names.get(i) ?? null;
  };
  return {
    findings: plan.findings.map((f) => ({ ...f, sheet: nameOf(f.sheet) })),
    objectives: plan.objectives,
    read,
    written: {
      formulaBlocks: plan.formulas.length,
      ids: plan.ids.reduce((n, w) => n + w.values.length, 0),
      snapshots: plan.history?.rows.length ?? 0,
      dashboards: plan.trends.length,
    },
  };
}

/**
 * The planned writes. The history goes first: growing its sheet is the one structural edit, and
 * made before the large blocks are written it shifts nothing they hold (Sheets then
 * recalculates the new formulas once, after the script, as the emulation does).
 */
function write(sheets: readonly GoogleAppsScript.Spreadsheet.Sheet[], plan: RefreshPlan): void {
  const sheet = (i: number): GoogleAppsScript.Spreadsheet.Sheet => sheetAt(sheets, i);
  const h = plan.history;
  if (h !== null) {
    const s = sheet(h.sheet);
    const rows = h.rows.length;
    // The rows added take the formats the template set on the last one: no format call.
    ensureRows(s, h.after + rows);
    s.getRange(h.after + 1, h.column, rows, h.rows[0]?.length ?? 1).setValues(h.rows);
  }
  for (const t of plan.trends)
    sheet(t.sheet)
      .getRange(t.row, t.column, t.values.length, t.values[0]?.length ?? 1)
      .setValues(t.values);
  for (const w of plan.ids)
    sheet(w.sheet).getRange(w.row, w.column, w.values.length, 1).setValues(w.values);
  for (const w of plan.formulas)
    sheet(w.sheet)
      .getRange(w.row, w.column, w.formulas.length, w.formulas[0]?.length ?? 1)
      .setFormulas(w.formulas)
      .setNumberFormats(w.formats);
}

/** A value computed on first use: service calls only the plan turns out to need. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => {
    made ??= { value: make() };
    return made.value;
  };
}
