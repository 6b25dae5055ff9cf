import { DEFAULT_TOLERANCE, type Direction, kpiStatus, type Status } from './kpi';
import { elapsedInPeriod, type KpiPeriod } from './kpi-period';
import type { KpiMeasure } from './kpi-words';
import type { Problem } from './problem';

/**
 * A period's target: its own when one is set for it (a monthly target row), else the KPI's.
 * Keyed by KpiPeriod.key, which the caller computes from the period's dates, never from text.
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
