import type { Lang, Localized } from '../../core/lang';
import { sheetPrefix } from '../layout/columns';
import { Block, writeBlock } from '../sheets/block';

/**
 * The Dashboard sheet. Three blocks:
 * - the objectives (A4:E…): each objective of the OKRs sheet with its score, a bar, its status
 *   and its number of KRs. Live formulas: the n-th objective row is picked with
 *   INDEX(FILTER(…), n), which Sheets and HyperFormula both compute (and Excel 365), one row
 *   per formula so that nothing spills over anything else. The bar's colour shows the grade
 *   (no conditional format: it would cost calls for what the bar already says);
 * - the KPI summary (G4:H8): how many KPIs are in each status, with COUNTIF;
 * - the KPIs off track (A26:D34): the n-th one per row, with this period's value, its target
 *   and a SPARKLINE of its last 12 periods (the register's hidden period cells);
 * - the health checks (J4:K9): how many key results (objectives) each check flags, counts the
 *   refresh writes with the trend (they come from its findings, which no formula computes);
 * - the progress over time (TREND): one row per check-in date, one column per objective,
 *   plain values the refresh rewrites in one setValues (trendTable below), read by a line chart;
 * - the pinned KPIs (PINNED): the first four KPIs ticked Pinned, each period's value as a share
 *   of the period's target (for a lower-is-better KPI, the target over the value), so that KPIs
 *   of different sizes share one axis where 100 % is on target; native formulas over the
 *   register's period cells and the KPI targets, read by a second line chart.
 */

const L = (en: string, fr: string): Localized => ({ en, fr });

/**
 * The words the refresh reads (trendData tells the dashboard's language) and writes (date);
 * the other labels are the template's alone (template-words.ts).
 */
export const DASHBOARD_TEXT = {
  trendData: L(
    'The chart’s data, written by Refresh progress from the check-in history',
    'Les données du graphique, écrites par Actualiser depuis l’historique des suivis',
  ),
  date: L('Date', 'Date'),
} as const satisfies Record<string, Localized>;

/** Where each block sits (1-based rows and columns). */
export const DASHBOARD = {
  average: { row: 2, column: 2 },
  objectives: { headerRow: 4, column: 1, slots: 20 },
  /** Below the objectives: the KPIs off track, with their value, target and trend. */
  offTrack: { headerRow: 26, column: 1, slots: 8 },
  kpis: { headerRow: 4, column: 7 },
  health: { headerRow: 4, column: 10 },
  /** The block the refresh rewrites: a header row, then one row per date. */
  trend: { row: 4, column: 14, dates: 60, series: 8 },
  chart: { row: 10, column: 7 },
  /**
   * The pinned KPIs' chart data (below the trend's: a new sheet has 26 columns): a header row, one row per period of
   * the last 12 (oldest first), each KPI's value as a share of that period's target; then the
   * helpers each column reads (the KPI's ID, frequency key, Target, whether lower is better)
   * and its target per period.
   */
  pinned: { row: 68, column: 14, slots: 4, periods: 12 },
  /** Below the progress chart (a chart is about 18 rows high), beside the off-track KPIs. */
  pinnedChart: { row: 30, column: 7 },
} as const;

/** The findings the health block counts, in its order (docs/method.md#health-checks). */
export const HEALTH_CODES = [
  'kr_not_started',
  'kr_stale',
  'kr_behind',
  'kr_past_due',
  'objective_not_aligned',
] as const;
export type HealthCode = (typeof HEALTH_CODES)[number];

/** The health block's counts column, one row per check, from a refresh's findings. */
export function healthCounts(codes: readonly string[]): number[][] {
  return HEALTH_CODES.map((h) => [codes.filter((c) => c === h).length]);
}

/** Column A's width, for the objectives' names; the other columns keep the default. */
const OBJECTIVE_WIDTH = 300;

export interface DashboardPlan {
  readonly block: Block;
  /** The trend block, header row included: the chart's data. */
  readonly trend: string;
  /** The pinned KPIs' shares of target, header row included: the second chart's data. */
  readonly pinned: string;
}

/**
 * The dashboard as the build planned it (dashboard-plan.ts) for content.html, with stand-in
 * sheet names in its formulas: a sparse list of cells and the bold ones.
 */
export interface DashboardContent {
  readonly rows: number;
  readonly columns: number;
  readonly cells: readonly (readonly [number, number, unknown])[];
  readonly bold: readonly (readonly [number, number])[];
  /** Cells with a number format of their own (the shares of target). */
  readonly formats: readonly (readonly [number, number, string])[];
  readonly trend: string;
  readonly pinned: string;
}

/** The sheet names the build plans with, replaced by the real ones (a template may get "OKRs (2)"). */
export const STAND_IN_NAMES = { okrs: '\u0001okrs', kpis: '\u0001kpis' } as const;

/** The planned dashboard for the sheets' real names. */
export function dashboardPlan(
  content: DashboardContent,
  names: { readonly okrs: string; readonly kpis: string },
): DashboardPlan {
  const swaps = (['okrs', 'kpis'] as const).map(
    (k) => [sheetPrefix(STAND_IN_NAMES[k]), sheetPrefix(names[k])] as const,
  );
  const named = (v: unknown): unknown =>
    typeof v === 'string' ? swaps.reduce((t, [from, to]) => t.split(from).join(to), v) : v;
  const block = new Block(content.rows, content.columns);
  for (const [r, c, v] of content.cells) block.value(r, c, named(v));
  for (const [r, c] of content.bold) block.bold(r, c);
  for (const [r, c, f] of content.formats) block.format(r, c, f);
  return { block, trend: content.trend, pinned: content.pinned };
}

/** One objective's score on one check-in date, as the history holds it. */
export interface TrendPoint {
  readonly date: Date;
  readonly objective: string;
  readonly progress: number;
}

/**
 * The trend block's values (header row included), exactly DASHBOARD.trend's size so that one
 * setValues also clears what an earlier refresh wrote: one row per date (the latest
 * DASHBOARD.trend.dates, oldest first), one column per objective (the first
 * DASHBOARD.trend.series seen), the day's last score of each. Names are stored as text.
 */
export function trendTable(points: readonly TrendPoint[], lang: Lang): unknown[][] {
  const { dates, series } = DASHBOARD.trend;
  const objectives: string[] = [];
  const byDay = new Map<number, { date: Date; scores: Map<string, number> }>();
  for (const p of points) {
    if (!objectives.includes(p.objective)) {
      if (objectives.length >= series) continue;
      objectives.push(p.objective);
    }
    const day = p.date.getTime();
    const entry = byDay.get(day) ?? { date: p.date, scores: new Map<string, number>() };
    entry.scores.set(p.objective, p.progress);
    byDay.set(day, entry);
  }
  const days = [...byDay.keys()].sort((a, b) => a - b).slice(-dates);
  const width = series + 1;
  const pad = (row: unknown[]): unknown[] => [
    ...row,
    ...new Array<unknown>(width - row.length).fill(''),
  ];
  const rows = [pad([`'${DASHBOARD_TEXT.date[lang]}`, ...objectives.map((o) => `'${o}`)])];
  for (const day of days) {
    const entry = byDay.get(day);
    if (entry) rows.push(pad([entry.date, ...objectives.map((o) => entry.scores.get(o) ?? '')]));
  }
  while (rows.length < dates + 1) rows.push(pad([]));
  return rows;
}

/** Writes the planned dashboard on a new, empty sheet, with its chart. */
export function writeDashboard(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  plan: DashboardPlan,
): void {
  const { block } = plan;
  writeBlock(sheet.getRange(1, 1, block.rows, block.columns), block);
  sheet.setColumnWidth(1, OBJECTIVE_WIDTH);
  const line = (range: string, at: { readonly row: number; readonly column: number }) =>
    sheet.insertChart(
      sheet
        .newChart()
        .asLineChart()
        .addRange(sheet.getRange(range))
        .setPosition(at.row, at.column, 0, 0)
        .build(),
    );
  line(plan.trend, DASHBOARD.chart);
  line(plan.pinned, DASHBOARD.pinnedChart);
}
