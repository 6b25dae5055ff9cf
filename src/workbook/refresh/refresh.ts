import type { Lang } from '../../core/lang';
import { numberStyleOf } from '../../core/number';
import { CellWrites } from '../sheets/cell-writes';
import { dayOf } from '../sheets/day';
import { withDocumentLock } from '../sheets/document-lock';
import { markColumn, markSheet } from '../sheets/marks';
import { ensureRows, sheetAt } from '../sheets/sheet-list';
import { extendToLastRow } from './extend';
import type { LocatedFinding } from './findings';
import type { ObjectiveSummary } from './okr-table';
import { planRefresh, type RefreshPlan } from './plan';
import { readWorkbook, type WorkbookRead } from './read';

/**
 * Refresh progress (docs/workbook.md#refresh): reads Okapi's marked sheets once (read.ts), lets
 * the pure planner decide, and writes what it planned. The number of service calls depends on
 * the workbook's shape (Okapi's sheets and columns, runs of cells to write), never on how many
 * rows it holds:
 *   properties    getDocumentProperties, getProperties (+ setProperty when the trend changed)
 *   marks         one finder call, then each mark's value and place (no cell data)
 *   per table     getDataRange, getValues, getFormulas (+ getNumberFormats for the KPIs); the
 *                 history getDataRange, getValues
 *   per run       getRange, setFormulas, setNumberFormats — only for computed cells to write
 *   per format    getRangeList, setNumberFormat — only where a KPI's cells take its Actual's
 *                 (or Target's) format anew, one list of ranges per format
 *   per ID run    getRange, setValues — only where IDs were missing
 *   history       getMaxRows (+ insertRowsAfter when full), getRange, setValues and
 *                 setNumberFormats per run of its marked columns
 *   dashboard     getRange, setValues — only when its trend changed
 * plus its time zone and locale (when a period or the history needs them), the document lock
 * and a flush. Once, for a template just made (or a workbook from before the marks): a mark
 * per column found by header.
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
 * lock cannot be had. `options.before` runs under the same lock, first, with what a refresh
 * would find right then (nothing written): the sidebar's save writes its rows there, so that
 * nothing can come between its reading, its writing and the refresh.
 */
export interface RefreshOptions {
  /** Runs first, under the lock, with what a refresh finds right then (the sidebar's save). */
  readonly before?: (found: RefreshResult) => void;
  /** Rewrite computed cells people typed over (the sidebar's Restore computed cells). */
  readonly restore?: boolean;
  /** The KRs the sidebar's save checks in: the history says their check-ins came from it. */
  readonly checkedIn?: ReadonlySet<string>;
}

export function refreshWorkbook(
  lang: Lang,
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet = SpreadsheetApp.getActiveSpreadsheet(),
  options: RefreshOptions = {},
): RefreshResult {
  return withDocumentLock(lang, () => {
    options.before?.(refreshLocked(ss, false, {}));
    return refreshLocked(ss, true, options);
  });
}

/** What a refresh finds now, without writing: the sidebar's first state. */
export function previewRefresh(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet = SpreadsheetApp.getActiveSpreadsheet(),
): RefreshResult {
  return refreshLocked(ss, false, {});
}

/** The document property keeping the digest of the dashboards' trend block as last written. */
const TREND_KEY = 'okapi.trend';

function refreshLocked(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  writing: boolean,
  { restore = false, checkedIn }: RefreshOptions,
): RefreshResult {
  const properties = PropertiesService.getDocumentProperties();
  const stored = properties.getProperties();
  const read = readWorkbook(ss, stored);
  const trend = stored[TREND_KEY] ?? null;
  const plan = planRefresh({
    tables: read.tables,
    dashboards: read.dashboards,
    headless: read.headless,
    trend,
    restore,
    ...(checkedIn === undefined ? {} : { checkedIn }),
    today: once(() => dayOf(Date.now(), ss.getSpreadsheetTimeZone())),
    now: () => Date.now(),
    style: once(() => numberStyleOf(ss.getSpreadsheetLocale())),
  });
  if (writing) {
    // Marks first: what is adopted is Okapi's before anything is written there.
    for (const m of read.marks) {
      const sheet = sheetAt(read.sheets, m.sheet);
      if (m.kind === 'sheet') markSheet(sheet, m.role, m.lang);
      else markColumn(sheet, m.column, m.key);
    }
    for (const key of read.legacy) properties.deleteProperty(key);
    write(read.sheets, plan);
    // Stored after the writes: a refresh that failed halfway keeps the old digest, and redraws.
    if (plan.trend !== null && plan.trend !== trend) properties.setProperty(TREND_KEY, plan.trend);
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
      snapshots: plan.history?.count ?? 0,
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
  for (const h of [plan.history, plan.kpiHistory]) {
    if (h === null) continue;
    const s = sheet(h.sheet);
    ensureRows(s, h.after + h.count);
    // Rows inserted through the API are not promised the formats of the row above: each run of
    // marked columns gets its values and its formats, written.
    for (const run of h.runs)
      s.getRange(h.after + 1, run.column, h.count, run.values[0]?.length ?? 1)
        .setValues(run.values)
        .setNumberFormats(run.formats);
  }
  for (const t of plan.trends)
    sheet(t.sheet)
      .getRange(t.row, t.column, t.values.length, t.values[0]?.length ?? 1)
      .setValues(t.values);
  for (const w of plan.ids)
    sheet(w.sheet).getRange(w.row, w.column, w.values.length, 1).setValues(w.values);
  const cells = new Map<number, CellWrites>();
  for (const c of plan.cells) {
    const writes = cells.get(c.sheet) ?? new CellWrites();
    cells.set(c.sheet, writes);
    writes.set(c.row, c.column, c.value);
  }
  for (const [i, writes] of cells) writes.write(sheet(i));
  for (const i of plan.extend) extendToLastRow(sheet(i));
  for (const w of plan.formulas)
    sheet(w.sheet)
      .getRange(w.row, w.column, w.formulas.length, w.formulas[0]?.length ?? 1)
      .setFormulas(w.formulas)
      .setNumberFormats(w.formats);
  for (const f of plan.formats)
    sheet(f.sheet)
      .getRangeList([...f.ranges])
      .setNumberFormat(f.format);
}

/** A value computed on first use: service calls only the plan turns out to need. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => {
    made ??= { value: make() };
    return made.value;
  };
}
