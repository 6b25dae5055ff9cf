import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kpiPeriodStatus, periodTarget, periodTargets } from '../../src/core/kpi-pace';
import { type KpiPeriod, periodOf, periodsFrom, shiftPeriod } from '../../src/core/kpi-period';
import {
  type KpiEvent,
  type KpiReading,
  kpiSeries,
  periodValues,
  TREND_LENGTH,
} from '../../src/core/kpi-series';
import { summariseKpi } from '../../src/core/kpi-summary';
import { FREQUENCIES, type Frequency } from '../../src/core/kpi-words';

const day = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const ev = (iso: string, value: number): KpiEvent => ({ day: day(iso), value });

function at(iso: string, frequency: Frequency): KpiPeriod {
  const period = periodOf(day(iso), frequency);
  if (period === null) throw new Error(`no period for ${iso}`);
  return period;
}

const monthlyLeads: KpiReading = { frequency: 'month', measure: 'cumulative' };
const monthlyOpenRate: KpiReading = { frequency: 'month', measure: 'rate' };

/** Leads counted through a year: no event in March (nobody updated), two in May. */
const leads: readonly KpiEvent[] = [
  ev('2026-01-10', 40),
  ev('2026-01-31', 120),
  ev('2026-02-14', 60),
  ev('2026-02-27', 110),
  ev('2026-04-30', 90),
  ev('2026-05-03', 10),
  ev('2026-05-20', 55),
];

describe('a KPI series', () => {
  it("takes each period's last event: this period, the previous one, the change", () => {
    const s = kpiSeries(leads, monthlyLeads, day('2026-05-21'), 6);
    expect(s?.period.key).toBe('2026-05');
    expect(s?.value).toBe(55);
    expect(s?.previous).toBe(90);
    expect(s?.change).toBe(-35);
    expect(s?.relativeChange).toBe(-0.3888888889);
    expect(s?.trend).toEqual([null, 120, 110, null, 90, 55]);
  });

  it('leaves a gap where a cumulative KPI had no event: nothing was counted then', () => {
    const s = kpiSeries(leads, monthlyLeads, day('2026-03-20'));
    expect(s?.value).toBeNull();
    expect(s?.previous).toBe(110);
    expect(s?.change).toBeNull();
    expect(s?.relativeChange).toBeNull();
    expect(s?.trend).toHaveLength(TREND_LENGTH);
    expect(s?.trend.slice(-4)).toEqual([null, 120, 110, null]);
    expect(kpiSeries(leads, monthlyLeads, day('2026-04-02'))?.previous).toBeNull();
  });

  it('carries a rate over a gap: the log records changes, so no event means no change', () => {
    const rates = [ev('2025-11-20', 0.25), ev('2026-01-05', 0.3), ev('2026-03-02', 0.28)];
    const s = kpiSeries(rates, monthlyOpenRate, day('2026-05-10'), 8);
    expect(s?.trend).toEqual([null, 0.25, 0.25, 0.3, 0.3, 0.28, 0.28, 0.28]);
    expect(s?.value).toBe(0.28);
    expect(s?.change).toBe(0);
    expect(s?.relativeChange).toBe(0);
    // The value carried into the first period shown comes from before it.
    expect(kpiSeries(rates, monthlyOpenRate, day('2026-02-10'), 1)?.trend).toEqual([0.3]);
  });

  it('reads the log in its order: a later row wins within a period, whatever its day', () => {
    const log = [ev('2026-05-20', 55), ev('2026-05-03', 10)];
    expect(kpiSeries(log, monthlyLeads, day('2026-05-21'))?.value).toBe(10);
  });

  it('leaves no relative change from 0, and measures one from a negative value', () => {
    const fromZero = [ev('2026-04-10', 0), ev('2026-05-10', 5)];
    expect(kpiSeries(fromZero, monthlyLeads, day('2026-05-21'))?.change).toBe(5);
    expect(kpiSeries(fromZero, monthlyLeads, day('2026-05-21'))?.relativeChange).toBeNull();
    // A loss of 200 shrinking to 50 is a gain: +75 %.
    const loss = [ev('2026-04-10', -200), ev('2026-05-10', -50)];
    expect(kpiSeries(loss, monthlyLeads, day('2026-05-21'))?.relativeChange).toBe(0.75);
  });

  it('weekly: this ISO week against the one before, across New Year', () => {
    const weekly: KpiReading = { frequency: 'week', measure: 'cumulative' };
    const log = [ev('2020-12-28', 3), ev('2021-01-03', 12), ev('2021-01-05', 4)];
    const s = kpiSeries(log, weekly, day('2021-01-06'), 3);
    expect(s?.period.key).toBe('2021-W01');
    expect([s?.previous, s?.value, s?.trend]).toEqual([12, 4, [null, 12, 4]]);
  });

  it('skips events that are no day or no finite number, and refuses a bad call', () => {
    const log = [ev('2026-05-02', 7), { day: 0.5, value: 1 }, ev('2026-05-03', Number.NaN)];
    expect(kpiSeries(log, monthlyLeads, day('2026-05-21'))?.value).toBe(7);
    expect(kpiSeries(leads, monthlyLeads, 0.5)).toBeNull();
    expect(kpiSeries(leads, monthlyLeads, day('2026-05-21'), 0)).toBeNull();
    expect(kpiSeries(leads, monthlyLeads, day('2026-05-21'), 2.5)).toBeNull();
    expect(kpiSeries(leads, monthlyLeads, day('0001-03-01'), 12)).toBeNull();
    expect(kpiSeries([], monthlyLeads, day('0001-03-01'), 3)?.trend).toEqual([null, null, null]);
  });

  it('agrees with a plain reading of the log, period by period', () => {
    const event = fc.record({
      day: fc.integer({ min: day('2025-06-01'), max: day('2026-06-30') }),
      value: fc.integer({ min: -1000, max: 1000 }),
    });
    fc.assert(
      fc.property(
        fc.array(event, { maxLength: 40 }),
        fc.constantFrom(...FREQUENCIES),
        fc.constantFrom('cumulative' as const, 'rate' as const),
        fc.integer({ min: day('2025-06-01'), max: day('2026-06-30') }),
        fc.integer({ min: 1, max: 20 }),
        (log, frequency, measure, today, length) => {
          const s = kpiSeries(log, { frequency, measure }, today, length);
          const current = periodOf(today, frequency);
          if (s === null || current === null) throw new Error('a series was expected');
          const oldest = shiftPeriod(current, 1 - length);
          if (oldest === null) throw new Error('a period was expected');
          const expected = periodsFrom(oldest, current).map((p) => {
            const upTo = log.filter((e) => (measure === 'rate' ? e.day : p.first) <= p.last);
            const inP = upTo.filter((e) => e.day >= p.first && e.day <= p.last);
            if (inP.length > 0) return inP[inP.length - 1]?.value;
            if (measure === 'cumulative') return null;
            // The last event of the latest period before p that has one.
            const earlier = log.filter((e) => e.day < p.first);
            const latest = Math.max(
              ...earlier.map((e) => periodOf(e.day, frequency)?.first ?? -Infinity),
            );
            const of = earlier.filter((e) => periodOf(e.day, frequency)?.first === latest);
            return of.length > 0 ? of[of.length - 1]?.value : null;
          });
          expect(s.trend).toEqual(expected);
          expect(s.value).toBe(expected[length - 1]);
        },
      ),
    );
  });
});

describe('period values', () => {
  it('are none for no periods', () => {
    expect(periodValues(leads, [], 'rate')).toEqual([]);
  });
});

describe('the status of a period', () => {
  const may = at('2026-05-01', 'month');

  it('paces a cumulative KPI by the share of the month lived at the end of today', () => {
    // 1,000 leads in May: on the 16th, 16/31 of it is due (516.1).
    expect(kpiPeriodStatus(520, 1000, 'higher', 'cumulative', may, day('2026-05-16'))).toBe(
      'on_track',
    );
    expect(kpiPeriodStatus(470, 1000, 'higher', 'cumulative', may, day('2026-05-16'))).toBe(
      'at_risk',
    );
    expect(kpiPeriodStatus(400, 1000, 'higher', 'cumulative', may, day('2026-05-16'))).toBe(
      'off_track',
    );
    // The period over, the whole target is due.
    expect(kpiPeriodStatus(950, 1000, 'higher', 'cumulative', may, day('2026-06-03'))).toBe(
      'at_risk',
    );
    // A budget: 10 k€ for May, 6 k€ spent by the 16th is over pace.
    expect(kpiPeriodStatus(6000, 10000, 'lower', 'cumulative', may, day('2026-05-16'))).toBe(
      'off_track',
    );
  });

  it('judges a rate against its target as it stands, whatever the day', () => {
    expect(kpiPeriodStatus(0.21, 0.25, 'higher', 'rate', may, day('2026-05-02'))).toBe('off_track');
    expect(kpiPeriodStatus(0.23, 0.25, 'higher', 'rate', may, day('2026-05-02'))).toBe('at_risk');
    expect(kpiPeriodStatus(40, 37.5, 'lower', 'rate', may, day('2026-05-02'))).toBe('at_risk');
  });

  it("follows KPI_STATUS's contract on blanks and bad input", () => {
    expect(kpiPeriodStatus(null, 1000, 'higher', 'rate', may, day('2026-05-02'))).toBe('no_data');
    expect(kpiPeriodStatus(null, null, 'higher', 'rate', may, day('2026-05-02'))).toBeNull();
    expect(kpiPeriodStatus(5, null, 'higher', 'rate', may, day('2026-05-02'))).toEqual({
      code: 'missing',
      arg: 'target',
    });
    expect(kpiPeriodStatus(5, Number.NaN, 'higher', 'rate', may, day('2026-05-02'))).toEqual({
      code: 'not_finite',
      arg: 'target',
    });
    expect(kpiPeriodStatus(Infinity, 5, 'higher', 'rate', may, day('2026-05-02'))).toEqual({
      code: 'not_finite',
      arg: 'actual',
    });
    expect(kpiPeriodStatus(5, 5, 'higher', 'rate', may, day('2026-05-02'), 2)).toEqual({
      code: 'not_a_fraction',
      arg: 'tolerance',
    });
    expect(kpiPeriodStatus(5, 5, 'higher', 'cumulative', may, 0.5)).toBeNull();
  });

  it("takes the period's own target, else the KPI's", () => {
    const targets = new Map([
      ['2026-05', 1200],
      ['2026-06', 800],
    ]);
    expect(periodTarget(may, targets, 1000)).toBe(1200);
    expect(periodTarget(at('2026-06-09', 'month'), targets, 1000)).toBe(800);
    expect(periodTarget(at('2026-07-09', 'month'), targets, 1000)).toBe(1000);
    expect(periodTarget(at('2026-07-09', 'month'), targets, null)).toBeNull();
    // A month's target is no target for the week or the quarter.
    expect(periodTarget(at('2026-05-09', 'quarter'), targets, null)).toBeNull();
    // 1,000 leads at the end of May: short of May's own 1,200, on track for the KPI's 1,000.
    const target = periodTarget(may, targets, 1000);
    expect(kpiPeriodStatus(1000, target, 'higher', 'cumulative', may, day('2026-05-31'))).toBe(
      'off_track',
    );
  });
});

describe('targets set per period', () => {
  it('keys each row by the period of the KPI’s frequency holding its day, averaging a period’s rows', () => {
    const rows = [
      { day: day('2026-05-01'), target: 1200 },
      { day: day('2026-06-15'), target: 800 },
      { day: day('2026-06-30'), target: 900 },
      // Set nothing: no day number, no finite target.
      { day: 0.5, target: 5 },
      { day: day('2026-07-01'), target: Number.NaN },
    ];
    expect([...periodTargets(rows, 'month')]).toEqual([
      ['2026-05', 1200],
      ['2026-06', 850],
    ]);
    // The same rows for a quarterly KPI: one quarter's three rows.
    expect([...periodTargets(rows, 'quarter')]).toEqual([
      [at('2026-05-09', 'quarter').key, 2900 / 3],
    ]);
  });

  it('never lets one period’s target leak into another', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ day: fc.integer({ min: 0, max: 40_000 }), target: fc.integer() })),
        fc.constantFrom<Frequency>(...FREQUENCIES),
        (rows, frequency) => {
          const targets = periodTargets(rows, frequency);
          for (const [key, target] of targets) {
            const own = rows.filter((r) => periodOf(r.day, frequency)?.key === key);
            expect(own.length).toBeGreaterThan(0);
            expect(target).toBeCloseTo(own.reduce((s, r) => s + r.target, 0) / own.length, 6);
          }
          expect(new Set(rows.map((r) => periodOf(r.day, frequency)?.key)).size).toBe(targets.size);
        },
      ),
    );
  });
});

describe('a KPI summarised over a key result', () => {
  const q2 = [day('2026-04-01'), day('2026-06-30')] as const;

  it('sums, averages or takes the last of the months of the quarter', () => {
    const log = [
      ev('2026-03-31', 500),
      ev('2026-04-30', 90),
      ev('2026-05-20', 55),
      ev('2026-06-10', 70),
      ev('2026-07-01', 999),
    ];
    const late = day('2026-09-01');
    expect(summariseKpi(log, monthlyLeads, 'sum', ...q2, late)).toBe(215);
    expect(summariseKpi(log, monthlyLeads, 'average', ...q2, late)).toBeCloseTo(71.6666667, 6);
    expect(summariseKpi(log, monthlyLeads, 'last', ...q2, late)).toBe(70);
    // Mid-quarter: the months begun so far.
    expect(summariseKpi(log, monthlyLeads, 'sum', ...q2, day('2026-05-21'))).toBe(145);
    expect(summariseKpi(log, monthlyLeads, 'sum', ...q2, day('2026-03-30'))).toBeNull();
  });

  it('leaves months with no value out, and carries a rate no further than today', () => {
    const log = [ev('2026-03-15', 0.2), ev('2026-05-10', 0.3)];
    const q = [...q2] as const;
    // Cumulative: only May has a value.
    expect(summariseKpi(log, monthlyLeads, 'average', ...q, day('2026-09-01'))).toBe(0.3);
    // A rate: April holds March's 0.2, May and June 0.3.
    expect(summariseKpi(log, monthlyOpenRate, 'average', ...q, day('2026-09-01'))).toBeCloseTo(
      0.8 / 3,
      12,
    );
    // On 20 May, June has not begun: April 0.2, May 0.3.
    expect(summariseKpi(log, monthlyOpenRate, 'average', ...q, day('2026-05-20'))).toBe(0.25);
  });

  it('counts a week in the KR period that holds its last day', () => {
    const weekly: KpiReading = { frequency: 'week', measure: 'cumulative' };
    // 2025-W14 runs Monday 31 March to 6 April: it belongs to Q2, not Q1.
    const log = [ev('2024-12-31', 1), ev('2025-02-03', 10), ev('2025-03-31', 100)];
    const today = day('2025-12-31');
    const q1 = [day('2025-01-01'), day('2025-03-31')] as const;
    const q2b = [day('2025-04-01'), day('2025-06-30')] as const;
    const year = [day('2025-01-01'), day('2025-12-31')] as const;
    expect(summariseKpi(log, weekly, 'sum', ...q1, today)).toBe(11);
    expect(summariseKpi(log, weekly, 'sum', ...q2b, today)).toBe(100);
    expect(summariseKpi(log, weekly, 'sum', ...year, today)).toBe(111);
  });

  it('shares the periods out among consecutive KR periods, none lost or counted twice', () => {
    const event = fc.record({
      day: fc.integer({ min: day('2025-01-01'), max: day('2025-12-31') }),
      value: fc.integer({ min: 0, max: 1000 }),
    });
    fc.assert(
      fc.property(
        fc.array(event, { maxLength: 30 }),
        fc.constantFrom(...FREQUENCIES),
        fc.integer({ min: day('2025-01-01'), max: day('2025-12-31') }),
        (log, frequency, split) => {
          const kpi: KpiReading = { frequency, measure: 'cumulative' };
          const today = day('2026-06-01');
          const sum = (a: number, b: number) =>
            (summariseKpi(log, kpi, 'sum', a, b, today) as number | null) ?? 0;
          const whole = sum(day('2024-06-01'), day('2026-01-31'));
          expect(sum(day('2024-06-01'), split) + sum(split + 1, day('2026-01-31'))).toBe(whole);
        },
      ),
    );
  });

  it('refuses a period that ends before it starts, and reads no other bad day', () => {
    expect(
      summariseKpi(leads, monthlyLeads, 'sum', day('2026-06-01'), day('2026-05-01'), 0),
    ).toEqual({ code: 'empty_period' });
    expect(summariseKpi(leads, monthlyLeads, 'sum', 0.5, day('2026-05-01'), 0)).toBeNull();
    expect(summariseKpi(leads, monthlyLeads, 'sum', 0, day('2026-05-01'), Number.NaN)).toBeNull();
    // A month counts in the KR period holding its last day, even a period of one day.
    const oneDay = day('2026-05-31');
    expect(summariseKpi(leads, monthlyLeads, 'sum', oneDay, oneDay, oneDay)).toBe(55);
    expect(summariseKpi(leads, monthlyLeads, 'sum', oneDay - 1, oneDay - 1, oneDay)).toBeNull();
  });

  it('never overflows: a sum too large is a Problem, an average is still exact', () => {
    const huge = [ev('2026-04-10', 1e308), ev('2026-05-10', 1e308)];
    const q = [...q2, day('2026-09-01')] as const;
    expect(summariseKpi(huge, monthlyLeads, 'sum', ...q)).toEqual({
      code: 'not_finite',
      arg: 'current',
    });
    expect(summariseKpi(huge, monthlyLeads, 'average', ...q)).toBe(1e308);
  });
});
