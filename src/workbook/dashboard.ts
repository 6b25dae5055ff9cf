import { STATUS_LABELS, type Status } from '../core/kpi';
import type { Lang, Localized } from '../core/lang';
import { Block, writeBlock } from './block';
import { barFormula } from './formulas';
import { KPIS, OKRS, type TableSheet } from './layout';
import { columnLetter, sheetPrefix, templateLocation } from './table';
import { runA1 } from './table-sheet';
import type { DashboardLabel } from './template-words';

/**
 * The Dashboard sheet. Three blocks:
 * - the objectives (A4:E…): each objective of the OKRs sheet with its score, a bar, its status
 *   and its number of KRs. Live formulas: the n-th objective row is picked with
 *   INDEX(FILTER(…), n), which Sheets and HyperFormula both compute (and Excel 365), one row
 *   per formula so that nothing spills over anything else. The bar's colour shows the grade
 *   (no conditional format: it would cost calls for what the bar already says);
 * - the KPI summary (G4:H8): how many KPIs are in each status, with COUNTIF;
 * - the progress over time (TREND): one row per check-in date, one column per objective,
 *   plain values the refresh rewrites in one setValues (trendTable below), read by a line chart.
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

const KPI_STATUSES: readonly Status[] = ['on_track', 'at_risk', 'off_track', 'no_data'];

/** Where each block sits (1-based rows and columns). */
export const DASHBOARD = {
  average: { row: 2, column: 2 },
  objectives: { headerRow: 4, column: 1, slots: 20 },
  kpis: { headerRow: 4, column: 7 },
  /** The block the refresh rewrites: a header row, then one row per date. */
  trend: { row: 4, column: 14, dates: 60, series: 8 },
  chart: { row: 10, column: 7 },
} as const;

/** Column A's width, for the objectives' names; the other columns keep the default. */
const OBJECTIVE_WIDTH = 300;

export interface DashboardPlan {
  readonly block: Block;
  /** The trend block, header row included: the chart's data. */
  readonly trend: string;
}

/** The data rows of a table column on a named sheet, e.g. 'OKRs'!$B$5:$B$204. */
function columnRange(table: TableSheet, sheetName: string, key: string): string {
  const c = templateLocation(table).columns[key];
  if (c === undefined) throw new Error(`${table.key} has no column "${key}"`);
  const col = columnLetter(c);
  return `${sheetPrefix(sheetName)}$${col}$${table.headerRow + 1}:$${col}$${table.headerRow + table.preparedRows}`;
}

export function planDashboard(
  lang: Lang,
  names: { readonly okrs: string; readonly kpis: string },
  labels: Readonly<Record<DashboardLabel, string>>,
): DashboardPlan {
  const t = (k: DashboardLabel): string => labels[k];
  const { objectives: o, kpis: k, trend } = DASHBOARD;
  const top = o.headerRow + 1;
  const bottom = o.headerRow + o.slots;
  const trendLastRow = trend.row + trend.dates;
  const block = new Block(Math.max(bottom, trendLastRow), trend.column + trend.series);

  block.text(1, 1, t('title')).bold(1, 1);
  block.text(2, 1, t('average')).bold(2, 1);
  // Scores are rounded, so the automatic format shows them well: no number format call.
  const scores = `B${top}:B${bottom}`;
  block.formula(2, 2, `IF(COUNT(${scores})=0,"",ROUND(AVERAGE(${scores}),2))`);

  const headers = (row: number, column: number, words: readonly string[]): void =>
    words.forEach((w, i) => {
      block.text(row, column + i, w).bold(row, column + i);
    });

  headers(o.headerRow, o.column, [t('objective'), t('score'), t('bar'), t('status'), t('krs')]);
  const okr = (key: string): string => columnRange(OKRS, names.okrs, key);
  const isObjectiveRow = `${okr('objective')}<>"",${okr('keyResult')}=""`;
  const nth = (key: string, n: number): string =>
    `IFERROR(INDEX(FILTER(${okr(key)},${isObjectiveRow}),${n}),"")`;
  for (let n = 1; n <= o.slots; n++) {
    const r = o.headerRow + n;
    block.formula(r, 1, nth('objective', n));
    block.formula(r, 2, nth('progress', n));
    block.formula(r, 3, barFormula(`B${r}`, 'sheets'));
    block.formula(r, 4, nth('status', n));
    block.formula(
      r,
      5,
      `IF(A${r}="","",COUNTIFS(${okr('objective')},A${r},${okr('keyResult')},"<>"))`,
    );
  }

  headers(k.headerRow, k.column, [t('kpiStatus'), t('kpiCount')]);
  const kpiStatus = columnRange(KPIS, names.kpis, 'status');
  const label = columnLetter(k.column);
  KPI_STATUSES.forEach((s, i) => {
    const r = k.headerRow + 1 + i;
    block.text(r, k.column, STATUS_LABELS[lang][s]);
    block.formula(r, k.column + 1, `COUNTIF(${kpiStatus},${label}${r})`);
  });

  const { chart } = DASHBOARD;
  block.text(chart.row - 1, chart.column, t('trend')).bold(chart.row - 1, chart.column);
  block.text(trend.row - 1, trend.column, DASHBOARD_TEXT.trendData[lang]);
  // The refresh writes dates (which Sheets formats as dates) and rounded scores below.
  trendTable([], lang)[0]?.forEach((v, i) => {
    block.value(trend.row, trend.column + i, v).bold(trend.row, trend.column + i);
  });

  return {
    block,
    trend: runA1({ first: trend.column, count: trend.series + 1 }, trend.row, trendLastRow),
  };
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
  sheet.insertChart(
    sheet
      .newChart()
      .asLineChart()
      .addRange(sheet.getRange(plan.trend))
      .setPosition(DASHBOARD.chart.row, DASHBOARD.chart.column, 0, 0)
      .build(),
  );
}
