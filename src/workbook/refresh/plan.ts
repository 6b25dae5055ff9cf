import { isBlank, readWord } from '../../core/cell';
import type { NumberStyle } from '../../core/number';
import { DASHBOARD, healthCounts, trendTable } from '../dashboard/dashboard';
import { type DashboardRead, trendDigest, trendPoints } from '../dashboard/trend';
import { rowFormula } from '../layout/row-formulas';
import { computedFormat, KPIS, type KpiColumn } from '../layout/tables';
import { startDay } from '../sheets/banner';
import type { Day } from '../sheets/day';
import { asTableOf, currentOkrTable, okrTables, type TableRead } from '../sheets/found-table';
import { IdAllocator } from '../sheets/ids';
import type { MarkedRole } from '../sheets/marks';
import { NEW_SHEET_ROWS } from './extend';
import type { PlannedFinding } from './findings';
import { type FormatWrite, planFollowedFormats } from './follow-formats';
import {
  changed,
  type HistoryRun,
  historyRuns,
  LastRows,
  lastRows,
  type Snapshot,
} from './history';
import type { IdWrite } from './id-cells';
import { analyseKpiTable, kpiEvents, kpiHistoryRuns, lastActuals } from './kpi-table';
import { analyseOkrTable, type CellWrite, type ObjectiveSummary } from './okr-table';

/**
 * The refresh, decided without touching a spreadsheet: from what was read (each table's data
 * range, values and formulas; the digest of the dashboards' trend block) to what to write. Pure, so every rule is unit-tested without
 * Apps Script; refresh.ts only reads, calls this, and writes.
 *
 * What may be written is narrow on purpose (docs/workbook.md#refresh: never overwrite what a person typed):
 * the computed columns, whole, in blocks of adjacent columns; empty ID cells, in runs; new rows
 * below the history; the dashboard's trend block. Nothing else, not even with the value it
 * already holds.
 */
export interface PlanInput {
  readonly tables: readonly TableRead[];
  readonly dashboards: readonly DashboardRead[];
  /** Marked tables whose header row was not found: reported, never written. */
  readonly headless?: readonly { readonly sheet: number; readonly role: MarkedRole }[];
  /** The digest of the trend block as last written (a document property); null when unknown. */
  readonly trend: string | null;
  /** Rewrite computed cells people typed over: only on their explicit request. */
  readonly restore?: boolean;
  /** The KRs and KPIs the sidebar's save just checked in: their history rows say so. */
  readonly checkedIn?: ReadonlySet<string>;
  /** Asked only when a period or the history needs it (it costs a service call). */
  readonly today: () => Day;
  /** The moment of the refresh (ms): when a KPI's new Actual is recorded. */
  readonly now?: () => number;
  readonly style: () => NumberStyle;
}

/** One block of adjacent computed columns, every data row: one setFormulas, one setNumberFormats. */
export interface FormulaWrite {
  readonly sheet: number;
  readonly row: number;
  readonly column: number;
  readonly formulas: string[][];
  readonly formats: string[][];
}

/** Snapshots to add: `count` rows written after `after` (the sheet grown if need be). */
export interface HistoryAppend {
  readonly sheet: number;
  readonly after: number;
  readonly count: number;
  readonly runs: readonly HistoryRun[];
}

/** A dashboard's block the refresh writes (the trend, the health counts): one setValues. */
export interface TrendWrite {
  readonly sheet: number;
  readonly row: number;
  readonly column: number;
  readonly values: unknown[][];
}

export interface RefreshPlan {
  readonly formulas: readonly FormulaWrite[];
  readonly ids: readonly IdWrite[];
  /** Single cells: KRs' links to their objectives, renamed objectives' titles. */
  readonly cells: readonly CellWrite[];
  /** Sheets whose protection and colours are stretched to their last row (extend.ts). */
  readonly extend: readonly number[];
  /** Number formats computed cells take from the cells they show, after the formulas. */
  readonly formats: readonly FormatWrite[];
  readonly history: HistoryAppend | null;
  /** The KPIs' changed Actuals, below the KPI history. */
  readonly kpiHistory: HistoryAppend | null;
  readonly trends: readonly TrendWrite[];
  /** The digest of the trend block the dashboards show once the plan is written. */
  readonly trend: string | null;
  readonly findings: readonly PlannedFinding[];
  readonly objectives: readonly ObjectiveSummary[];
}

export function planRefresh(input: PlanInput): RefreshPlan {
  const { tables } = input;
  const findings: PlannedFinding[] = tables.flatMap(missingColumns);
  const computed = tables.map((t) => planComputed(t, input.restore ?? false));
  const formulas = computed.flatMap((c) => c.writes);
  const formats = tables.flatMap((t) => planFollowedFormats(t, formulas));
  for (const c of computed) findings.push(...c.typedOver);
  const nowhere = { row: null, objectiveId: null, krId: null };
  for (const h of input.headless ?? [])
    findings.push({ code: 'header_row_missing', role: h.role, sheet: h.sheet, ...nowhere });

  const lost = (role: MarkedRole): boolean => (input.headless ?? []).some((h) => h.role === role);
  const okrs = okrTables(tables);
  if (okrs.length === 0 && !lost('okrs'))
    findings.push({ code: 'no_okr_table', sheet: null, ...nowhere });
  const history = tables.find((t) => t.layout.key === 'history');
  const last = history === undefined ? new LastRows() : lastRows(history.values, history.located);
  const seen = new Map<number | null, Set<string>>();
  const ctx = {
    ids: new IdAllocator([...okrs, ...kpiTables(tables)].flatMap(idCells)),
    seen: (period: number | null): Set<string> => {
      const ids = seen.get(period) ?? new Set<string>();
      seen.set(period, ids);
      return ids;
    },
    today: input.today,
    style: input.style,
    history: last,
  };
  const results = okrs.map((t) => analyseOkrTable(t, ctx));
  const kpis = planKpis(tables, ctx.ids, input);
  for (const r of results) findings.push(...r.findings.filter((f) => f.code !== 'kr_stale'));

  if ((okrs.length > 0 || lost('okrs')) && history === undefined && !lost('history'))
    findings.push({ code: 'no_history', sheet: null, ...nowhere });
  let append: HistoryAppend | null = null;
  let due: Snapshot[] = [];
  let day: Day | null = null;
  if (history?.located.columns.date !== undefined && history.located.columns.id !== undefined) {
    day = input.today();
    const fromSidebar = input.checkedIn ?? new Set<string>();
    const snapshots = results
      .flatMap((r) => r.snapshots)
      .map((s) =>
        s.source !== null && fromSidebar.has(s.id) ? { ...s, source: 'sidebar' as const } : s,
      );
    due = changed(snapshots, last);
    if (due.length > 0)
      append = {
        sheet: history.sheet,
        after: history.values.length,
        count: due.length,
        runs: historyRuns(history.located, day, due, history.lang),
      };
  }
  // A KR checked in by this very refresh is not stale.
  const fresh = new Set(due.map((s) => s.id));
  for (const r of results)
    findings.push(...r.findings.filter((f) => f.code === 'kr_stale' && !fresh.has(f.krId ?? '')));

  // Every dashboard draws the one history the snapshots go to (the first, in sheet order).
  const current = currentOkrTable(tables);
  const points =
    input.dashboards.length > 0
      ? trendPoints(history, day, due, current === null ? null : startDay(current))
      : [];
  // The health block counts what the checks found; written with the trend, by one digest.
  const counts = healthCounts(findings.map((f) => f.code));
  const blocks = input.dashboards.flatMap((d): TrendWrite[] => [
    {
      sheet: d.sheet,
      row: DASHBOARD.trend.row,
      column: DASHBOARD.trend.column,
      values: trendTable(points, d.lang),
    },
    {
      sheet: d.sheet,
      row: DASHBOARD.health.headerRow + 1,
      column: DASHBOARD.health.column + 1,
      values: counts,
    },
  ]);
  const trend = blocks.length > 0 ? trendDigest(blocks.map((b) => b.values)) : input.trend;

  return {
    formulas,
    ids: [...results.flatMap((r) => r.ids), ...kpis.ids],
    cells: results.flatMap((r) => r.cells),
    extend: tables
      .filter((t) => t.values.length > NEW_SHEET_ROWS && t.layout.columns.some((c) => c.formula))
      .map((t) => t.sheet),
    formats,
    history: append,
    kpiHistory: kpis.append,
    trends: trend === input.trend ? [] : blocks,
    trend,
    findings,
    objectives: results.flatMap((r) => r.objectives),
  };
}

/** The KPI tables among tables read. */
function kpiTables(tables: readonly TableRead[]): TableRead<KpiColumn>[] {
  return tables.flatMap((t) => asTableOf(t, KPIS) ?? []);
}

/** The KPIs' IDs to fill and their changed Actuals, appended to the first KPI history. */
function planKpis(
  tables: readonly TableRead[],
  allocator: IdAllocator,
  input: PlanInput,
): { readonly ids: IdWrite[]; readonly append: HistoryAppend | null } {
  const seen = new Set<string>();
  const read = kpiTables(tables).map((t) => analyseKpiTable(t, allocator, seen));
  const ids = read.flatMap((r) => r.ids);
  const log = tables.find((t) => t.layout.key === 'kpiHistory');
  if (log === undefined || log.located.columns.id === undefined) return { ids, append: null };
  // A KPI the sidebar's save just checked in says so (its IDs are in `checkedIn` too).
  const fromSidebar = input.checkedIn ?? new Set<string>();
  const events = kpiEvents(
    read
      .flatMap((r) => r.snapshots)
      .map((s) => (fromSidebar.has(s.id) ? { ...s, source: 'sidebar' as const } : s)),
    lastActuals(log.values, log.located),
  );
  if (events.length === 0) return { ids, append: null };
  const when = new Date(input.now?.() ?? input.today().start);
  return {
    ids,
    append: {
      sheet: log.sheet,
      after: log.values.length,
      count: events.length,
      runs: kpiHistoryRuns(log.located, when, events, log.lang),
    },
  };
}

/** Every value of the ID column of an OKR table's data rows. */
function idCells(t: TableRead): unknown[] {
  const c = t.located.columns.id;
  if (c === undefined) return [];
  return t.values.slice(t.located.headerRow).map((row) => readWord(row[c - 1]));
}

/** The layout's headers and banner labels this table lacks. */
function missingColumns(t: TableRead): PlannedFinding[] {
  const headers = [
    ...t.layout.columns
      .filter((c) => t.located.columns[c.key] === undefined && !c.written && !c.optional)
      .map((c) => c.header[t.lang]),
    ...t.layout.named
      .filter((n) => t.located.named[n.key] === undefined && n.setting === undefined)
      .map((n) => n.label[t.lang]),
  ];
  if (headers.length === 0) return [];
  return [
    {
      code: 'missing_columns',
      table: t.layout.name[t.lang],
      headers,
      sheet: t.sheet,
      row: null,
      objectiveId: null,
      krId: null,
    },
  ];
}

/** Any A1 reference, sheet-qualified or not: what a moved column changes in a formula. */
const REFERENCE = /('(?:[^']|'')+'|[A-Za-z_][\w.]*)?!?\$?[A-Z]{1,3}\$?\d*(:\$?[A-Z]{1,3}\$?\d*)?/g;

/**
 * Whether a formula is one of Okapi's for that column, its references aside: an Okapi formula
 * left stale by rows added below (its roll-up ranges end too early) is rewritten, a formula a
 * person typed over it is theirs.
 */
function sameShape(formula: string, ours: string): boolean {
  return formula.replace(REFERENCE, '·') === ours.replace(REFERENCE, '·');
}

interface ComputedColumn {
  readonly key: string;
  readonly at: number;
  readonly build: (row: number) => string;
  readonly format: string;
  readonly sparse: boolean;
}

/**
 * The computed cells to write, for where the columns are now and for every row down to the
 * last one with content: a cell is written when it is empty (a row added, a formula cleared)
 * or holds an older formula of Okapi's; one that holds its formula already is left alone, so
 * a second refresh writes nothing. A cell a person typed over (a value, their own formula, or
 * the spill of a formula beside it) is theirs: it is reported by row and left as it is,
 * unless `restore` (the person's explicit click) asks for the computed cells back. Rows that
 * need the same columns written form one run; each run of adjacent columns is one write.
 */
function planComputed(
  t: TableRead,
  restore: boolean,
): { writes: FormulaWrite[]; typedOver: PlannedFinding[] } {
  const first = t.located.headerRow + 1;
  const last = t.values.length;
  if (last < first) return { writes: [], typedOver: [] };
  const columns = t.layout.columns
    .flatMap((c): ComputedColumn[] => {
      const at = t.located.columns[c.key];
      const build = at === undefined ? null : rowFormula(c, t.located, last, t.lang, 'sheets');
      return at === undefined || build === null
        ? []
        : [{ key: c.key, at, build, format: computedFormat(c), sparse: c.sparse === true }];
    })
    .sort((a, b) => a.at - b.at);
  // Sparse columns only on rows with content in the row key's column (layout/tables.ts).
  const rowKey = t.layout.rowKey === undefined ? undefined : t.located.columns[t.layout.rowKey];
  const filled = (row: number): boolean =>
    rowKey !== undefined && !isBlank(t.values[row - 1]?.[rowKey - 1]);
  const over = new Map<ComputedColumn, number[]>();
  const runs: { first: number; last: number; columns: ComputedColumn[]; lines: string[][] }[] = [];
  for (let row = first; row <= last; row++) {
    const due: ComputedColumn[] = [];
    const line: string[] = [];
    for (const c of columns) {
      const formula = t.formulas?.[row - 1]?.[c.at - 1] ?? '';
      const empty = formula === '' && isBlank(t.values[row - 1]?.[c.at - 1]);
      if (c.sparse && empty && !filled(row)) continue;
      const ours = c.build(row);
      if (formula === ours) continue;
      if (!empty && !restore && (formula === '' || !sameShape(formula, ours))) {
        over.set(c, [...(over.get(c) ?? []), row]);
        continue;
      }
      due.push(c);
      line.push(ours);
    }
    const run = runs[runs.length - 1];
    if (run !== undefined && run.last === row - 1 && sameColumns(run.columns, due)) {
      run.last = row;
      run.lines.push(line);
    } else if (due.length > 0) runs.push({ first: row, last: row, columns: due, lines: [line] });
  }
  const writes = runs.flatMap((run) =>
    adjacent(run.columns).map((block): FormulaWrite => {
      const offset = run.columns.indexOf(block[0] as ComputedColumn);
      const formulas = run.lines.map((l) => l.slice(offset, offset + block.length));
      const formats = block.map((c) => c.format);
      return {
        sheet: t.sheet,
        row: run.first,
        column: block[0]?.at ?? 1,
        formulas,
        formats: formulas.map(() => formats),
      };
    }),
  );
  const typedOver = [...over].map(
    ([c, rows]): PlannedFinding => ({
      code: 'typed_over',
      column: t.layout.columns.find((x) => x.key === c.key)?.header[t.lang] ?? c.key,
      rows: rowRanges(rows),
      count: rows.length,
      sheet: t.sheet,
      row: rows[0] ?? null,
      objectiveId: null,
      krId: null,
    }),
  );
  return { writes, typedOver };
}

function sameColumns(a: readonly ComputedColumn[], b: readonly ComputedColumn[]): boolean {
  return a.length === b.length && a.every((c, i) => c === b[i]);
}

/** Columns in runs of adjacent ones (sorted by position). */
function adjacent(columns: readonly ComputedColumn[]): ComputedColumn[][] {
  const blocks: ComputedColumn[][] = [];
  for (const c of columns) {
    const block = blocks[blocks.length - 1];
    const previous = block?.[block.length - 1];
    if (block !== undefined && previous !== undefined && previous.at + 1 === c.at) block.push(c);
    else blocks.push([c]);
  }
  return blocks;
}

/** "5–9, 12, 15–16": rows as a person reads them. */
function rowRanges(rows: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < rows.length; i++) {
    const start = rows[i] ?? 0;
    let end = start;
    while (rows[i + 1] === end + 1) {
      end++;
      i++;
    }
    parts.push(end === start ? `${start}` : `${start}–${end}`);
  }
  return parts.join(', ');
}
