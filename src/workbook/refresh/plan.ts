import { isBlank, readWord } from '../../core/cell';
import type { NumberStyle } from '../../core/number';
import { DASHBOARD, trendTable } from '../dashboard/dashboard';
import { type DashboardRead, trendDigest, trendPoints } from '../dashboard/trend';
import { rowFormula } from '../layout/row-formulas';
import { NUMBER_FORMATS } from '../layout/tables';
import type { Day } from '../sheets/day';
import { okrTables, type TableRead } from '../sheets/found-table';
import { IdAllocator } from '../sheets/ids';
import type { PlannedFinding } from './findings';
import { historyRows, type Snapshot, snapshotsOfDay } from './history';
import { analyseOkrTable, type IdWrite, type ObjectiveSummary } from './okr-table';

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
  /** The digest of the trend block as last written (table-registry.ts); null when unknown. */
  readonly trend: string | null;
  /** Asked only when a period or the history needs it (it costs a service call). */
  readonly today: () => Day;
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

/** Snapshots to add: rows written after `after` (the sheet grown if need be), from `column`. */
export interface HistoryAppend {
  readonly sheet: number;
  readonly after: number;
  readonly column: number;
  readonly rows: unknown[][];
}

/** A dashboard's trend block, redrawn: one setValues. */
export interface TrendWrite {
  readonly sheet: number;
  readonly row: number;
  readonly column: number;
  readonly values: unknown[][];
}

export interface RefreshPlan {
  readonly formulas: readonly FormulaWrite[];
  readonly ids: readonly IdWrite[];
  readonly history: HistoryAppend | null;
  readonly trends: readonly TrendWrite[];
  /** The digest of the trend block the dashboards show once the plan is written. */
  readonly trend: string | null;
  readonly findings: readonly PlannedFinding[];
  readonly objectives: readonly ObjectiveSummary[];
}

export function planRefresh(input: PlanInput): RefreshPlan {
  const { tables } = input;
  const findings: PlannedFinding[] = tables.flatMap(missingColumns);
  const formulas = tables.flatMap(planFormulas);

  const okrs = okrTables(tables);
  if (okrs.length === 0)
    findings.push({ code: 'no_okr_table', sheet: null, row: null, objectiveId: null, krId: null });
  const ctx = {
    ids: new IdAllocator(okrs.flatMap(idCells)),
    seen: new Set<string>(),
    today: input.today,
    style: input.style,
  };
  const results = okrs.map((t) => analyseOkrTable(t, ctx));
  for (const r of results) findings.push(...r.findings);

  const history = tables.find((t) => t.layout.key === 'history');
  let append: HistoryAppend | null = null;
  let due: Snapshot[] = [];
  let day: Day | null = null;
  if (history?.located.columns.date !== undefined && history.located.columns.id !== undefined) {
    day = input.today();
    const done = snapshotsOfDay(history.values, history.located, day);
    due = results.flatMap((r) => r.snapshots).filter((s) => !done.has(s.id));
    if (due.length > 0)
      append = {
        sheet: history.sheet,
        after: history.values.length,
        ...historyRows(history.located, day, due),
      };
  }
  // Every dashboard draws the one history the snapshots go to (the first, in sheet order).
  const points = input.dashboards.length > 0 ? trendPoints(history, day, due) : [];
  const blocks = input.dashboards.map(
    (d): TrendWrite => ({
      sheet: d.sheet,
      row: DASHBOARD.trend.row,
      column: DASHBOARD.trend.column,
      values: trendTable(points, d.lang),
    }),
  );
  const trend = blocks.length > 0 ? trendDigest(blocks.map((b) => b.values)) : input.trend;

  return {
    formulas,
    ids: results.flatMap((r) => r.ids),
    history: append,
    trends: trend === input.trend ? [] : blocks,
    trend,
    findings,
    objectives: results.flatMap((r) => r.objectives),
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
      .filter((c) => t.located.columns[c.key] === undefined)
      .map((c) => c.header[t.lang]),
    ...t.layout.named
      .filter((n) => t.located.named[n.key] === undefined)
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

/**
 * The computed columns, rebuilt for where the columns are now and for every row down to the
 * last one with content (rows added below or inserted in between included). A block whose
 * formulas are all already right is left alone: a second refresh writes nothing.
 */
function planFormulas(t: TableRead): FormulaWrite[] {
  const first = t.located.headerRow + 1;
  const last = t.values.length;
  if (last < first) return [];
  const columns = t.layout.columns
    .flatMap((c) => {
      const at = t.located.columns[c.key];
      const build = at === undefined ? null : rowFormula(c, t.located, last, t.lang, 'sheets');
      return at === undefined || build === null
        ? []
        : [{ at, build, format: NUMBER_FORMATS[c.format], blankUnless: c.blankUnless ?? [] }];
    })
    .sort((a, b) => a.at - b.at);
  const blocks: (typeof columns)[] = [];
  for (const c of columns) {
    const block = blocks[blocks.length - 1];
    const previous = block?.[block.length - 1];
    if (block !== undefined && previous !== undefined && previous.at + 1 === c.at) block.push(c);
    else blocks.push([c]);
  }
  return blocks.flatMap((block): FormulaWrite[] => {
    const formulas: string[][] = [];
    // Without its formulas read, a block is right when each cell is blank where its formula
    // would give a blank, and only there: a row added below shows a blank where it needs one.
    const right =
      t.formulas === null
        ? (row: number): boolean =>
            block.every((c) => {
              const values = t.values[row - 1] ?? [];
              const blank = c.blankUnless.every((k) =>
                isBlank(values[(t.located.columns[k] ?? 0) - 1]),
              );
              return isBlank(values[c.at - 1]) === blank;
            })
        : (row: number, line: readonly string[]): boolean =>
            line.every((f, i) => t.formulas?.[row - 1]?.[(block[i]?.at ?? 0) - 1] === f);
    let changed = false;
    for (let row = first; row <= last; row++) {
      const line = block.map((c) => c.build(row));
      if (!changed) changed = !right(row, line);
      formulas.push(line);
    }
    if (!changed) return [];
    const formats = block.map((c) => c.format);
    return [
      {
        sheet: t.sheet,
        row: first,
        column: block[0]?.at ?? first,
        formulas,
        formats: formulas.map(() => formats),
      },
    ];
  });
}
