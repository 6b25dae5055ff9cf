import { describe, expect, it } from 'vitest';
import type { SidebarState } from '../../src/contract/sidebar';
import { type Direction, STATUS_LABELS } from '../../src/core/kpi';
import { kpiPeriodStatus, periodTarget, periodTargets } from '../../src/core/kpi-pace';
import { shiftPeriod } from '../../src/core/kpi-period';
import { kpiSeries } from '../../src/core/kpi-series';
import type { Frequency, KpiMeasure } from '../../src/core/kpi-words';
import { isProblem } from '../../src/core/problem';
import { DASHBOARD } from '../../src/workbook/dashboard/dashboard';
import { columnLetter } from '../../src/workbook/layout/columns';
import { KPI_HISTORY, KPI_TARGETS, KPIS } from '../../src/workbook/layout/tables';
import { dayNumber } from '../../src/workbook/sheets/banner';
import { dayOf } from '../../src/workbook/sheets/day';
import { eventsOf, rowsByHeader } from '../support/kpi-log';
import { typeRows, world } from '../support/refresh-world';

/**
 * Targets that differ per period, the dashboard's chart of pinned KPIs, and the register's
 * amounts shown as the person formatted them — in the emulation, the real bundle, the clock
 * moved across ten weeks: every cell equal to what the core computes. Run `npm run build` first.
 */

const START = new Date('2025-01-06T09:00:00Z');
const DAY = 86_400_000;
const ZONE = 'Europe/Paris';
const SHEET = KPIS.name.en;
const TARGETS = KPI_TARGETS.name.en;

interface Kpi {
  readonly measure: string;
  readonly frequency: Frequency;
  readonly word: string;
  readonly measuredAs: KpiMeasure;
  readonly target: number;
  /** As typed in the sheet: "50%" is read as 0.5 in a percent format. */
  readonly typedTarget: string;
  readonly direction: Direction;
  readonly pinned: boolean;
  /** The Actual typed on day d, as text ("52%" for a percentage). */
  readonly actual: (d: number) => string;
}

const KPIS_TYPED: readonly Kpi[] = [
  {
    measure: 'Qualified leads',
    frequency: 'month',
    word: 'monthly',
    measuredAs: 'cumulative',
    target: 600,
    typedTarget: '600',
    direction: 'higher',
    pinned: true,
    actual: (d) => String(((d % 30) + 1) * 25),
  },
  {
    measure: 'Open rate',
    frequency: 'week',
    word: 'weekly',
    measuredAs: 'rate',
    target: 0.5,
    typedTarget: '50%',
    direction: 'higher',
    pinned: false,
    actual: (d) => `${40 + ((d * 3) % 17)}%`,
  },
  {
    measure: 'Cost per lead',
    frequency: 'month',
    word: 'monthly',
    measuredAs: 'rate',
    target: 40,
    typedTarget: '40',
    direction: 'lower',
    pinned: true,
    actual: (d) => String(52 - d / 5),
  },
  {
    measure: 'Webinar sign-ups',
    frequency: 'week',
    word: 'weekly',
    measuredAs: 'cumulative',
    target: 120,
    typedTarget: '120',
    direction: 'higher',
    pinned: true,
    actual: (d) => String(((d / 7) % 5) * 25),
  },
];

/** Rows of the KPI targets sheet: [ID, any day of the period, target]. */
const TARGET_ROWS: readonly (readonly [string, string, number])[] = [
  ['K1', '2025-02-01', 800],
  // Two rows in March: their average.
  ['K1', '2025-03-10', 900],
  ['K1', '2025-03-20', 1000],
  // An ID typed in lower case is the same KPI, as the sheet's criteria compare it.
  ['k3', '2025-03-01', 35],
  ['K4', '2025-03-04', 200],
  ['K4', '2025-03-12', 90],
  // An ID the register lacks: it sets nothing, and says so.
  ['K9', '2025-03-12', 5],
];

const isoDay = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY;

describe('targets per period, pinned KPIs and formats', () => {
  it('judges each KPI against its period’s target, charts the pinned ones, and shows amounts as typed', () => {
    const w = world({ now: START });
    typeRows(
      w,
      SHEET,
      KPIS.headerRow,
      KPIS_TYPED.map((k) => ({
        Measure: k.measure,
        Direction: k.direction === 'lower' ? 'lower is better' : '',
        'Measured as': k.measuredAs === 'cumulative' ? 'total' : 'rate',
        Frequency: k.word,
        Pinned: k.pinned,
      })),
      KPIS.headerRow,
    );
    const col = (header: string): string => columnLetter(w.col(SHEET, header, KPIS.headerRow));
    KPIS_TYPED.forEach((k, i) => {
      w.h.spreadsheet.type(SHEET, `${col('Target')}${KPIS.headerRow + 1 + i}`, k.typedTarget);
    });
    TARGET_ROWS.forEach(([id, day, target], i) => {
      const row = KPI_TARGETS.headerRow + 1 + i;
      const at = (header: string): string =>
        `${columnLetter(w.col(TARGETS, header, KPI_TARGETS.headerRow))}${row}`;
      w.h.spreadsheet.type(TARGETS, at('KPI ID'), id);
      w.h.spreadsheet.type(TARGETS, at('Period (any day of it)'), day);
      w.h.spreadsheet.type(TARGETS, at('Target'), String(target));
    });

    // A person's own cells: a column beside the register, a sheet of their own, the targets.
    const kpiSheet = w.sheet(SHEET);
    kpiSheet.insertColumnsAfter(kpiSheet.getMaxColumns(), 1);
    const comment = columnLetter(kpiSheet.getMaxColumns());
    w.h.spreadsheet.type(SHEET, `${comment}${KPIS.headerRow}`, 'Comment');
    w.h.spreadsheet.type(SHEET, `${comment}${KPIS.headerRow + 1}`, "'=1+1, not a formula");
    w.h.spreadsheet.type('Sheet1', 'A1', '52%');
    w.h.spreadsheet.type('Sheet1', 'B2', "'K1");
    // The KPI targets but for Okapi's Measure column, which follows the register's IDs.
    const measureAt = w.col(TARGETS, 'Measure', KPI_TARGETS.headerRow) - 1;
    const theirs = (grid: unknown[][]): unknown[][] =>
      grid.map((r) => r.filter((_, j) => j !== measureAt));
    const persons = (): unknown[] => [
      w.h.spreadsheet.values(SHEET, `${comment}1:${comment}20`),
      w.h.spreadsheet.values('Sheet1'),
      w.h.spreadsheet.numberFormats('Sheet1', 'A1:B2'),
      theirs(w.h.spreadsheet.values(TARGETS)),
      theirs(w.h.spreadsheet.formulas(TARGETS)),
      theirs(w.h.spreadsheet.numberFormats(TARGETS, 'A1:E12')),
    ];
    const before = persons();

    let now = START;
    for (let d = 0; d <= 70; d += 7) {
      now = new Date(START.getTime() + d * DAY);
      w.h.setNow(now);
      KPIS_TYPED.forEach((k, i) => {
        w.h.spreadsheet.type(SHEET, `${col('Actual')}${KPIS.headerRow + 1 + i}`, k.actual(d));
      });
      w.refresh();
    }

    const today = dayNumber(dayOf(now.getTime(), ZONE).start);
    const log = rowsByHeader(w, KPI_HISTORY.name.en, KPI_HISTORY.headerRow);
    const register = rowsByHeader(w, SHEET, KPIS.headerRow).filter((r) => r.Measure !== '');
    expect(register).toHaveLength(KPIS_TYPED.length);
    const pinnedData = w.h.spreadsheet.values(
      'Dashboard',
      `${columnLetter(DASHBOARD.pinned.column)}${DASHBOARD.pinned.row}:${columnLetter(DASHBOARD.pinned.column + DASHBOARD.pinned.slots)}${DASHBOARD.pinned.row + DASHBOARD.pinned.periods}`,
    );
    const pinned = KPIS_TYPED.filter((k) => k.pinned);
    expect(pinnedData[0]?.slice(1)).toEqual([
      ...pinned.map((k) => k.measure),
      ...Array(DASHBOARD.pinned.slots - pinned.length).fill(''),
    ]);

    KPIS_TYPED.forEach((k, i) => {
      const row = register[i] ?? {};
      const id = `K${i + 1}`;
      expect(row.ID).toBe(id);
      const events = eventsOf(log, id, ZONE);
      const series = kpiSeries(events, { frequency: k.frequency, measure: k.measuredAs }, today);
      if (series === null) throw new Error('no series');
      const targets = periodTargets(
        TARGET_ROWS.filter(([x]) => x.toUpperCase() === id).map(([, day, target]) => ({
          day: isoDay(day),
          target,
        })),
        k.frequency,
      );
      const target = periodTarget(series.period, targets, k.target);
      expect(row['Target this period'], k.measure).toBeCloseTo(target ?? Number.NaN, 9);
      const status = kpiPeriodStatus(
        series.value,
        target,
        k.direction,
        k.measuredAs,
        series.period,
        today,
      );
      expect(row.Status, k.measure).toBe(
        status === null || isProblem(status) ? '' : STATUS_LABELS.en[status],
      );

      // The chart's data: each period's value as a share of that period's target.
      const slot = pinned.indexOf(k);
      if (slot < 0) return;
      series.trend.forEach((value, j) => {
        const period = shiftPeriod(series.period, j - (series.trend.length - 1));
        const t = period === null ? null : periodTarget(period, targets, k.target);
        const share =
          value === null || t === null || t === 0 || (k.direction === 'lower' && value === 0)
            ? null
            : k.direction === 'lower'
              ? t / value
              : value / t;
        const cell = pinnedData[1 + j]?.[1 + slot];
        if (share === null) expect(cell, `${k.measure} ${j}`).toBe('');
        else expect(cell as number, `${k.measure} ${j}`).toBeCloseTo(share, 9);
      });
    });
    // March's own targets were met or missed as the core says: one of them must bite.
    expect(register.map((r) => r['Target this period'])).not.toEqual(
      KPIS_TYPED.map((k) => k.target),
    );

    // Amounts show as typed: the open rate's value, change and target in percent.
    const openRow = KPIS.headerRow + 2;
    const formats = (header: string): string =>
      w.h.spreadsheet.numberFormats(SHEET, `${col(header)}${openRow}`)[0]?.[0] ?? '';
    const actualFormat = formats('Actual');
    expect(actualFormat).toMatch(/%$/);
    for (const header of ['This period', 'Previous period', 'Change'])
      expect(formats(header), header).toBe(actualFormat);
    expect(formats('Target this period')).toBe(formats('Target'));
    expect(w.h.spreadsheet.displayValues(SHEET, `${col('This period')}${openRow}`)[0]?.[0]).toMatch(
      /^\d+%$/,
    );
    // The leads keep the column's own format, and nothing is formatted twice.
    expect(formats('Actual').length).toBeGreaterThan(0);
    expect(
      w.h.spreadsheet.numberFormats(SHEET, `${col('This period')}${KPIS.headerRow + 1}`),
    ).toEqual([['General']]);
    w.refresh();
    expect(w.h.calls.byMethod()['RangeList.setNumberFormat'] ?? 0).toBe(0);
    expect(persons()).toEqual(before);
    // Each row of the KPI targets shows the measure its ID names, lower case too, or a warning.
    const measures = rowsByHeader(w, TARGETS, KPI_TARGETS.headerRow).map((r) => r.Measure);
    expect(measures).toEqual(
      TARGET_ROWS.map(
        ([id]) => KPIS_TYPED[Number(id.slice(1)) - 1]?.measure ?? '⚠ no KPI has this ID',
      ),
    );
    // The sidebar's KPI check-in shows each KPI's target of this period, as the register does.
    const state = w.h.run('okapiSidebarLoad') as SidebarState;
    expect(state.kpis.map((k) => k.target)).toEqual(register.map((r) => r['Target this period']));
  }, 120_000);
});
