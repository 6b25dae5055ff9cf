import { DEFAULT_TOLERANCE, type Direction, kpiStatus, type Status } from './kpi';
import { elapsedInPeriod, type KpiPeriod, periodOf } from './kpi-period';
import type { Frequency, KpiMeasure } from './kpi-words';
import type { Problem } from './problem';

/** A row of the KPI targets table: a target set for the period holding `day`. */
export interface TargetRow {
  /** Any day of the period, as a day number. */
  readonly day: number;
  readonly target: number;
}

/**
 * A KPI's targets set per period, keyed by KpiPeriod.key: the rows dated in a period of the
 * KPI's frequency; several rows in one period count as their average (what the register's
 * AVERAGEIFS gives: no row wins by its place in the table). Rows whose day is no day number or
 * whose target is not finite set nothing.
 */
export function periodTargets(
  rows: readonly TargetRow[],
  frequency: Frequency,
): Map<string, number> {
  const sums = new Map<string, { sum: number; count: number }>();
  for (const { day, target } of rows) {
    const period = Number.isFinite(target) ? periodOf(day, frequency) : null;
    if (period === null) continue;
    const s = sums.get(period.key) ?? { sum: 0, count: 0 };
    sums.set(period.key, { sum: s.sum + target, count: s.count + 1 });
  }
  return new Map([...sums].map(([key, s]) => [key, s.sum / s.count]));
}

/**
 * A period's target: its own when one is set for it (a monthly target row), else the KPI's,
 * which thus resets each period. Keyed by KpiPeriod.key, computed from the period's dates,
 * never from text.
 */
export function periodTarget(
  period: KpiPeriod,
  targets: ReadonlyMap<string, number>,
  target: number | null,
): number | null {
  return targets.get(period.key) ?? target;
}

/**
 * A KPI's status for one of its periods, on `today` (docs/method.md#kpis-over-time). A
 * cumulative KPI is judged by pace: KPI_STATUS's rule with the share of the period elapsed at
 * the end of today (1 once the period is over); a rate against its target as it stands. As
 * KPI_STATUS: no value with a target is No data, neither is null, a value with no target a
 * Problem. Null too when today is no whole day number.
 */
export function kpiPeriodStatus(
  value: number | null,
  target: number | null,
  direction: Direction,
  measure: KpiMeasure,
  period: KpiPeriod,
  today: number,
  tolerance: number = DEFAULT_TOLERANCE,
): Status | Problem | null {
  if (target === null) return value === null ? null : { code: 'missing', arg: 'target' };
  // NaN and ±Infinity are the numbers whose difference with themselves is not 0.
  if (target - target !== 0) return { code: 'not_finite', arg: 'target' };
  if (value !== null && value - value !== 0) return { code: 'not_finite', arg: 'actual' };
  if (!(tolerance >= 0 && tolerance <= 1)) return { code: 'not_a_fraction', arg: 'tolerance' };
  const elapsed = measure === 'cumulative' ? elapsedInPeriod(period, today) : 1;
  return elapsed === null ? null : kpiStatus(value, target, direction, tolerance, elapsed);
}
