import { describe, expect, it } from 'vitest';
import { type Direction, STATUS_LABELS } from '../../src/core/kpi';
import { kpiPeriodStatus } from '../../src/core/kpi-pace';
import { kpiSeries } from '../../src/core/kpi-series';
import type { Frequency, KpiMeasure } from '../../src/core/kpi-words';
import { isProblem } from '../../src/core/problem';
import { DASHBOARD } from '../../src/workbook/dashboard/dashboard';
import { KPI_HISTORY, KPIS } from '../../src/workbook/layout/tables';
import { dayNumber } from '../../src/workbook/sheets/banner';
import { dayOf } from '../../src/workbook/sheets/day';
import { emulatedServer } from '../support/emulated-server';
import { eventsOf, rowsByHeader } from '../support/kpi-log';
import { typeRows, world } from '../support/refresh-world';

/**
 * The KPI register over three months in the emulation (the real bundle, the template's native
 * formulas evaluated by the engine): KPIs typed, fed by a formula and checked in from the
 * sidebar every few days, a refresh after each change; the KPI history holds exactly each
 * change, from where it came, and the register's this period, previous period, change, trend
 * and status equal what the core computes from its events. Run `npm run build` first.
 */

const START = new Date('2025-01-06T09:00:00Z');
const DAY = 86_400_000;
const ZONE = 'Europe/Paris';
const SHEET = KPIS.name.en;

interface Kpi {
  readonly measure: string;
  readonly frequency: Frequency;
  readonly word: string;
  readonly measuredAs: KpiMeasure;
  readonly asWord: string;
  readonly target: number;
  readonly direction: Direction;
}

const KPIS_TYPED: readonly Kpi[] = [
  {
    measure: 'Qualified leads',
    frequency: 'month',
    word: 'monthly',
    measuredAs: 'cumulative',
    asWord: 'total',
    target: 600,
    direction: 'higher',
  },
  {
    measure: 'Open rate',
    frequency: 'week',
    word: 'weekly',
    measuredAs: 'rate',
    asWord: 'rate',
    target: 0.5,
    direction: 'higher',
  },
  {
    measure: 'Cost per lead',
    frequency: 'quarter',
    word: 'trimestriel',
    measuredAs: 'rate',
    asWord: '',
    target: 40,
    direction: 'lower',
  },
  {
    measure: 'Webinar sign-ups',
    frequency: 'week',
    word: 'hebdomadaire',
    measuredAs: 'cumulative',
    asWord: 'cumul',
    target: 120,
    direction: 'higher',
  },
  {
    measure: 'Demo requests',
    frequency: 'month',
    word: 'monthly',
    measuredAs: 'cumulative',
    asWord: 'total',
    target: 30,
    direction: 'higher',
  },
];

/** How each KPI's Actual arrives: typed in the sheet, fed by a formula, or checked in. */
const SOURCES = ['sheet', 'sheet', 'sheet', 'formula', 'sidebar'] as const;

describe('the KPI register over three months', () => {
  it('shows each KPI’s period values, change, trend and status as the core computes them', () => {
    const w = world({ now: START });
    typeRows(
      w,
      SHEET,
      KPIS.headerRow,
      KPIS_TYPED.map((k) => ({
        Measure: k.measure,
        Target: k.target,
        Direction: k.direction === 'lower' ? 'lower is better' : '',
        'Measured as': k.asWord,
        Frequency: k.word,
      })),
      KPIS.headerRow,
    );
    const actual = w.col(SHEET, 'Actual', KPIS.headerRow);
    // The webinar sign-ups are fed by a formula from a person's sheet.
    w.sheet('Sheet1').getRange('A1').setValue(0);
    w.sheet(SHEET)
      .getRange(KPIS.headerRow + 4, actual)
      .setFormula('=Sheet1!A1');

    // Every 3 or 4 days for 13 weeks: new numbers, then a refresh (a KPI's value is recorded
    // when the refresh sees it), or the sidebar's save, which refreshes. The demo requests are
    // checked in from the sidebar, with the others' refresh just before: unchanged values
    // (the cost per lead now and then) record nothing.
    const save = emulatedServer(w.h);
    w.refresh();
    let leads = 0;
    let now = START;
    const recorded: number[][] = KPIS_TYPED.map(() => []);
    for (let d = 0; d <= 91; d += d % 7 === 0 ? 3 : 4) {
      now = new Date(START.getTime() + d * DAY);
      w.h.setNow(now);
      const month = new Date(START.getTime() + d * DAY).getUTCDate();
      leads = month <= 3 ? 40 : leads + 45;
      const rows = [
        leads,
        0.4 + ((d * 7) % 20) / 100,
        48 - Math.floor(d / 20),
        (d % 7) * 20,
        month <= 3 ? 2 : 2 + Math.floor(d / 3),
      ];
      rows.slice(0, 3).forEach((v, i) => {
        w.sheet(SHEET)
          .getRange(KPIS.headerRow + 1 + i, actual)
          .setValue(v);
      });
      w.sheet('Sheet1').getRange('A1').setValue(rows[3]);
      save('okapiSidebarSave', [
        { objectives: [], checkIns: [], kpiCheckIns: [{ kpiId: 'K5', actual: rows[4] }] },
      ]);
      rows.forEach((v, i) => {
        const seen = recorded[i] ?? [];
        if (seen[seen.length - 1] !== v) seen.push(v);
      });
    }

    const today = dayNumber(dayOf(now.getTime(), ZONE).start);
    const log = rowsByHeader(w, KPI_HISTORY.name.en, KPI_HISTORY.headerRow);
    const register = rowsByHeader(w, SHEET, KPIS.headerRow).filter((r) => r.Measure !== '');
    expect(register).toHaveLength(KPIS_TYPED.length);
    KPIS_TYPED.forEach((k, i) => {
      const row = register[i] ?? {};
      // The history holds exactly each change of the KPI's Actual, from where it came.
      const rowsOf = log.filter((e) => e.ID === row.ID);
      expect(
        rowsOf.map((e) => e.Actual),
        k.measure,
      ).toEqual(recorded[i]);
      expect(new Set(rowsOf.map((e) => e.Source)), k.measure).toEqual(new Set([SOURCES[i]]));
      const events = eventsOf(rowsOf, String(row.ID), ZONE);
      expect(events.length, k.measure).toBeGreaterThan(3);
      const series = kpiSeries(events, { frequency: k.frequency, measure: k.measuredAs }, today);
      if (series === null) throw new Error('no series');
      // The engine rounds what it shows of a result (HyperFormula's smart rounding): numbers are
      // compared to 9 decimals, blanks exactly.
      const same = (cell: unknown, core: number | null, what: string): void => {
        if (core === null) expect(cell, `${k.measure} ${what}`).toBe('');
        else expect(cell as number, `${k.measure} ${what}`).toBeCloseTo(core, 9);
      };
      same(row['This period'], series.value, 'this period');
      same(row['Previous period'], series.previous, 'previous');
      same(row.Change, series.change, 'change');
      series.trend.forEach((v, j) => {
        same(row[`Period −${11 - j}`], v, `period −${11 - j}`);
      });
      const status = kpiPeriodStatus(
        series.value,
        k.target,
        k.direction,
        k.measuredAs,
        series.period,
        today,
      );
      const expected = status === null || isProblem(status) ? '' : STATUS_LABELS.en[status];
      expect(row.Status, k.measure).toBe(expected);
    });
    // The dashboard lists the KPIs off track, in the register's order, with value and target.
    const { offTrack } = DASHBOARD;
    const listed = w.h.spreadsheet
      .values('Dashboard', `A${offTrack.headerRow + 1}:D${offTrack.headerRow + offTrack.slots}`)
      .filter((r) => r[0] !== '');
    const off = register.filter((r) => r.Status === STATUS_LABELS.en.off_track);
    expect(off.length).toBeGreaterThan(0);
    expect(listed.map((r) => [r[0], r[1], r[2]])).toEqual(
      off.map((r) => [r.Measure, r['This period'], r.Target]),
    );
    const errors = w.h.spreadsheet
      .values('Dashboard')
      .flat()
      .filter((v) => typeof v === 'string' && v.startsWith('#'));
    expect(errors).toEqual([]);
  }, 120_000);
});
