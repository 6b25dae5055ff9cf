import { isDay } from './kpi-calendar';
import { type KpiPeriod, periodOf, periodsFrom, previousPeriod } from './kpi-period';
import { type KpiEvent, type KpiReading, periodValues } from './kpi-series';
import type { Frequency, KpiSummary } from './kpi-words';
import type { Problem } from './problem';

// Bound once: a global lookup per call is slow where scripts run in a contextified global.
const { isFinite: finite } = Number;

/**
 * What a key result fed by a KPI reads over its period [start, end], both days included
 * (docs/method.md#kpis-over-time): the last, the sum or the average of the KPI's period values
 * (kpi-series.ts's periodValues), over the periods that end within [start, end] and have begun
 * by today. A period's value is read at its end, so a period belongs to the KR period holding
 * its last day: a week straddling two quarters counts once, in the second, and consecutive KR
 * periods share the KPI's periods out with nothing lost or counted twice. Periods with no
 * value are left out (a sum of none is none, not 0). Null when no period has a value (before
 * the KR period starts, say) or a day is no day number; a Problem when the period ends before
 * it starts, or the sum overflows.
 */
export function summariseKpi(
  events: readonly KpiEvent[],
  kpi: KpiReading,
  summary: KpiSummary,
  start: number,
  end: number,
  today: number,
): number | null | Problem {
  if (!isDay(start) || !isDay(end) || !isDay(today)) return null;
  if (end < start) return { code: 'empty_period' };
  if (today < start) return null;
  const periods = krPeriods(kpi.frequency, start, end).filter((p) => p.first <= today);
  if (periods.length === 0) return null;
  const values = periodValues(events, periods, kpi.measure).filter((v): v is number => v !== null);
  if (values.length === 0) return null;
  if (summary === 'last') return values[values.length - 1] ?? null;
  let sum = 0;
  for (const v of values) sum += v;
  if (summary === 'sum') return finite(sum) ? sum : { code: 'not_finite', arg: 'current' };
  if (finite(sum)) return sum / values.length;
  // The values overflow when added, never their mean: add their shares instead.
  let mean = 0;
  for (const v of values) mean += v / values.length;
  return mean;
}

/**
 * The KPI's periods a KR period [start, end] counts, oldest first: from the one holding its
 * first day to the last one ending by its last day (the one holding `end`, or the one before
 * when that ends later). Those that have begun by today count (summariseKpi, and the native
 * formula of a KR fed by a KPI). None when a day is no day number.
 */
export function krPeriods(frequency: Frequency, start: number, end: number): KpiPeriod[] {
  const first = periodOf(start, frequency);
  const holding = periodOf(end, frequency);
  const last = holding === null || holding.last <= end ? holding : previousPeriod(holding);
  return first === null || last === null ? [] : periodsFrom(first, last);
}
