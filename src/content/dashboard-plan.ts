import { STATUS_LABELS, STATUSES } from '../core/kpi';
import type { Lang } from '../core/lang';
import {
  DASHBOARD,
  DASHBOARD_TEXT,
  type DashboardContent,
  type DashboardPlan,
  HEALTH_CODES,
  healthCounts,
  STAND_IN_NAMES,
  trendTable,
} from '../workbook/dashboard/dashboard';
import { columnLetter, openColumnRange } from '../workbook/layout/columns';
import { barFormula, lowerIsBetterFormula } from '../workbook/layout/formulas';
import {
  KPI_TARGET_NAMES,
  periodStartFormula,
  targetBetweenFormula,
} from '../workbook/layout/kpi-formulas';
import { KPIS, type KpiColumn, OKRS, type OkrColumn, periodKey } from '../workbook/layout/tables';
import { Block } from '../workbook/sheets/block';
import { runA1 } from '../workbook/template/table-sheet';
import { type DashboardLabel, HEALTH_LABELS } from './template-words';

/**
 * The Dashboard's plan, made by the build for content.html (template-content.ts): it depends
 * only on the language and on the OKR and KPI sheets' names, which stand-ins hold until
 * "Create OKR template" knows them (dashboard.ts, dashboardPlan). The blocks it holds are
 * described in dashboard.ts.
 */

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
  const offBottom = DASHBOARD.offTrack.headerRow + DASHBOARD.offTrack.slots;
  const { pinned: p } = DASHBOARD;
  const block = new Block(
    Math.max(bottom, offBottom, trendLastRow, pinnedRows().lastRow),
    Math.max(trend.column + trend.series, p.column + p.slots),
  );

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
  // Open-ended: objectives and KPIs added below the template's prepared rows count too.
  const okr = (key: OkrColumn): string => openColumnRange(OKRS, names.okrs, key);
  const isObjectiveRow = `${okr('objective')}<>"",${okr('keyResult')}=""`;
  const nth = (key: OkrColumn, n: number): string =>
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
  const kpiStatus = openColumnRange(KPIS, names.kpis, 'status');
  const label = columnLetter(k.column);
  STATUSES.forEach((s, i) => {
    const r = k.headerRow + 1 + i;
    block.text(r, k.column, STATUS_LABELS[lang][s]);
    block.formula(r, k.column + 1, `COUNTIF(${kpiStatus},${label}${r})`);
  });

  // The KPIs off track this period, in the KPIs sheet's order: the n-th one per row.
  const { offTrack: off } = DASHBOARD;
  headers(off.headerRow, off.column, [t('offTrack'), t('thisPeriod'), t('target'), t('kpiTrend')]);
  const offTrack = `${kpiStatus}="${STATUS_LABELS[lang].off_track}"`;
  const kpi = (key: KpiColumn): string => openColumnRange(KPIS, names.kpis, key);
  const periods = openColumnRange(KPIS, names.kpis, 'p11', 'p0');
  for (let n = 1; n <= off.slots; n++) {
    const r = off.headerRow + n;
    const pick = (range: string, column = ''): string =>
      `IFERROR(INDEX(FILTER(${range},${offTrack}),${n}${column}),"")`;
    block.formula(r, off.column, pick(kpi('measure')));
    block.formula(r, off.column + 1, pick(kpi('value')));
    block.formula(r, off.column + 2, pick(kpi('periodTarget')));
    // The KPI's last 12 periods: its row of the register's hidden period cells.
    block.formula(
      r,
      off.column + 3,
      `IF(A${r}="","",IFERROR(SPARKLINE(${pick(periods, ',0')},{"charttype","line"}),""))`,
    );
  }

  const { health } = DASHBOARD;
  headers(health.headerRow, health.column, [t('health'), t('healthCount')]);
  healthCounts([]).forEach(([n], i) => {
    const r = health.headerRow + 1 + i;
    const code = HEALTH_CODES[i];
    if (code !== undefined) block.text(r, health.column, HEALTH_LABELS[code][lang]);
    block.value(r, health.column + 1, n);
  });

  pinnedKpis(block, names.kpis, t);

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
    pinned: runA1({ first: p.column, count: p.slots + 1 }, p.row, p.row + p.periods),
  };
}

/**
 * The pinned KPIs' block (dashboard.ts, PINNED): the n-th KPI ticked Pinned per column, its
 * helpers picked from the register once, the first day of each of its periods, each period's
 * target, then each period's share of its target.
 */
/**
 * Where the pinned KPIs' rows sit: the chart's data (a header, then k = 11 … 0), then the
 * helpers, the periods' first days (k = 11 … −1, the next period's bounding this one), and the
 * periods' targets (k = 11 … 0).
 */
function pinnedRows() {
  const { pinned: p } = DASHBOARD;
  const last = p.row + p.periods;
  const helpers = {
    id: last + 2,
    row: last + 3,
    frequency: last + 4,
    target: last + 5,
    direction: last + 6,
    lower: last + 7,
    firstTarget: last + 8,
    lastTarget: last + 9,
  };
  const startRow = (k: number): number => helpers.lastTarget + 2 + (p.periods - 1 - k);
  const targetRow = (k: number): number => startRow(-1) + 2 + (p.periods - 1 - k);
  return { helpers, dataRow: (k: number) => last - k, startRow, targetRow, lastRow: targetRow(0) };
}

function pinnedKpis(block: Block, kpis: string, t: (k: DashboardLabel) => string): void {
  const { pinned: p } = DASHBOARD;
  const kpi = (key: KpiColumn): string => openColumnRange(KPIS, kpis, key);
  const pick = (key: KpiColumn, n: number): string =>
    `IFERROR(INDEX(FILTER(${kpi(key)},${kpi('pinned')}=TRUE()),${n}),"")`;
  const { helpers, dataRow, startRow, targetRow } = pinnedRows();
  const periodLabel = (k: number): string =>
    k === 0 ? t('thisPeriod') : k < 0 ? t('nextPeriod') : `−${k} ${t('periodsAgo')}`;

  block.text(p.row - 1, p.column, t('pinnedData'));
  block.text(p.row, p.column, t('period')).bold(p.row, p.column);
  block.text(helpers.id, p.column, t('id'));
  block.text(helpers.row, p.column, t('registerRow'));
  block.text(helpers.frequency, p.column, t('frequency'));
  block.text(helpers.target, p.column, t('target'));
  block.text(helpers.direction, p.column, t('direction'));
  block.text(helpers.lower, p.column, t('lowerIsBetter'));
  block.text(helpers.firstTarget, p.column, t('firstTargetRow'));
  block.text(helpers.lastTarget, p.column, t('lastTargetRow'));
  for (let k = p.periods - 1; k >= -1; k--) {
    block.text(startRow(k), p.column, `${t('periodStart')} ${periodLabel(k)}`);
    if (k < 0) continue;
    block.text(dataRow(k), p.column, periodLabel(k));
    block.text(targetRow(k), p.column, `${t('target')} ${periodLabel(k)}`);
  }
  for (let n = 1; n <= p.slots; n++) {
    const c = p.column + n;
    const at = (row: number): string => `${columnLetter(c)}$${row}`;
    const id = at(helpers.id);
    block.formula(p.row, c, pick('measure', n)).bold(p.row, c);
    block.formula(helpers.id, c, pick('id', n));
    // Its row among the register's, found once for the 12 period cells read below.
    block.formula(helpers.row, c, `IF(${id}="","",MATCH(${id},${kpi('id')},0))`);
    block.formula(helpers.frequency, c, pick('frequencyKey', n));
    block.formula(helpers.target, c, pick('target', n));
    block.formula(helpers.direction, c, pick('direction', n));
    // The first and last days of its rows in the KPI targets (0: none), found once: a period
    // outside them has the KPI's Target, with no scan at each edit (its days follow TODAY()).
    const { id: TID, period: TP } = KPI_TARGET_NAMES;
    block.formula(helpers.firstTarget, c, `IF(${id}="",0,MINIFS(${TP},${TID},${id}))`);
    block.formula(helpers.lastTarget, c, `IF(${id}="",0,MAXIFS(${TP},${TID},${id}))`);
    block.formula(
      helpers.lower,
      c,
      `IF(${id}="","",${lowerIsBetterFormula(at(helpers.direction))})`,
    );
    for (let k = p.periods - 1; k >= -1; k--)
      block.formula(
        startRow(k),
        c,
        `IF(${id}="","",${periodStartFormula(at(helpers.frequency), k)})`,
      );
    for (let k = p.periods - 1; k >= 0; k--) {
      const [start, next] = [at(startRow(k)), at(startRow(k - 1))];
      // A KPI whose frequency names nothing has no periods: its own Target, as the register's.
      block.formula(
        targetRow(k),
        c,
        `IF(${id}="","",IF(OR(${start}="",${at(helpers.firstTarget)}=0,` +
          `${at(helpers.firstTarget)}>=${next},${at(helpers.lastTarget)}<${start}),` +
          `IF(${at(helpers.target)}="","",${at(helpers.target)}),` +
          `${targetBetweenFormula(id, start, next, at(helpers.target))}))`,
      );
      const value = `INDEX(${kpi(periodKey(k))},${at(helpers.row)})`;
      const target = at(targetRow(k));
      block.formula(
        dataRow(k),
        c,
        // A period with no value is no point: "" divided reads as 0 in some engines.
        `IF(OR(${id}="",NOT(ISNUMBER(${value}))),"",` +
          `IFERROR(IF(${at(helpers.lower)},${target}/${value},${value}/${target}),""))`,
      );
      block.format(dataRow(k), c, '0%');
    }
  }
}

/** The plan as content.html holds it: its non-blank cells, its bold ones and its formats. */
export function dashboardContent(
  lang: Lang,
  labels: Readonly<Record<DashboardLabel, string>>,
): DashboardContent {
  const { block, trend, pinned } = planDashboard(lang, STAND_IN_NAMES, labels);
  const cells: [number, number, unknown][] = [];
  const bold: [number, number][] = [];
  const formats: [number, number, string][] = [];
  block.values.forEach((row, r) => {
    row.forEach((v, c) => {
      if (v !== '') cells.push([r + 1, c + 1, v]);
      if (block.weights[r]?.[c] === 'bold') bold.push([r + 1, c + 1]);
      const format = block.formats[r]?.[c];
      if (typeof format === 'string') formats.push([r + 1, c + 1, format]);
    });
  });
  return { rows: block.rows, columns: block.columns, cells, bold, formats, trend, pinned };
}
