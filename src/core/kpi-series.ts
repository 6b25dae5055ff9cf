import { type KpiPeriod, periodOf, periodsFrom, shiftPeriod } from './kpi-period';
import type { Frequency, KpiMeasure } from './kpi-words';
import { roundScore } from './round';

// Bound once: a global lookup per call is slow where scripts run in a contextified global.
const { abs, max } = Math;
const { isFinite: finite, isSafeInteger } = Number;

/** A recorded value of a KPI: the refresh appends one to the log when the Actual changes. */
export interface KpiEvent {
  /** The day it was recorded, as a day number in the spreadsheet's time zone. */
  readonly day: number;
  readonly value: number;
}

/** What the period math needs to know of a KPI. */
export interface KpiReading {
  readonly frequency: Frequency;
  readonly measure: KpiMeasure;
}

/**
 * The value of each of consecutive periods (ascending, of one frequency): the last event of
 * the period in log order (docs/method.md#kpis-over-time). A period with no event has none for
 * a cumulative KPI (nothing was counted in it); a rate keeps the value it last had, from an
 * earlier period, as the log records changes only: no event means no change. Events whose day
 * is no day number or whose value is not finite are skipped: reading the log is the caller's,
 * and one bad row must not spoil a series.
 */
export function periodValues(
  events: readonly KpiEvent[],
  periods: readonly KpiPeriod[],
  measure: KpiMeasure,
): (number | null)[] {
  const oldest = periods[0];
  const newest = periods[periods.length - 1];
  if (oldest === undefined || newest === undefined) return [];
  const inside = new Map<string, number>();
  // For a rate: the value before the oldest period, the last event of the latest period seen.
  let before: number | null = null;
  let beforeFirst = -Infinity;
  for (const { day, value } of events) {
    const period = finite(value) && day <= newest.last ? periodOf(day, oldest.frequency) : null;
    if (period === null) continue;
    if (day >= oldest.first) inside.set(period.key, value);
    else if (period.first >= beforeFirst) {
      beforeFirst = period.first;
      before = value;
    }
  }
  let carried = measure === 'rate' ? before : null;
  return periods.map((p) => {
    const value = inside.get(p.key);
    if (value === undefined) return measure === 'rate' ? carried : null;
    carried = value;
    return value;
  });
}

/** Where a KPI stands this period, against the previous one, and over its recent periods. */
export interface KpiSeries {
  /** The period holding today. */
  readonly period: KpiPeriod;
  readonly value: number | null;
  readonly previous: number | null;
  /** value − previous; null when either is missing (or the difference overflows). */
  readonly change: number | null;
  /**
   * The change as a share of |previous| (so a loss shrinking reads as a gain), rounded to 10
   * decimals; null when previous is missing or 0.
   */
  readonly relativeChange: number | null;
  /** The values of the last periods, oldest first, this period last; null where none. */
  readonly trend: readonly (number | null)[];
}

/** The periods a trend shows by default: a year of months. */
export const TREND_LENGTH = 12;

/**
 * A KPI's series on `today` from its events in log order. Null when today is no day number,
 * `length` is not a whole number of at least 1, or the periods shown would begin before
 * 0001-01-01.
 */
export function kpiSeries(
  events: readonly KpiEvent[],
  kpi: KpiReading,
  today: number,
  length: number = TREND_LENGTH,
): KpiSeries | null {
  const period = periodOf(today, kpi.frequency);
  if (period === null || !isSafeInteger(length) || length < 1) return null;
  // One more period than shown when only one is, for the previous value.
  const span = max(length, 2);
  const oldest = shiftPeriod(period, 1 - span);
  if (oldest === null) return null;
  const values = periodValues(events, periodsFrom(oldest, period), kpi.measure);
  const value = values[span - 1] ?? null;
  const previous = values[span - 2] ?? null;
  return {
    period,
    value,
    previous,
    ...changeOf(value, previous),
    trend: values.slice(span - length),
  };
}

function changeOf(
  value: number | null,
  previous: number | null,
): { readonly change: number | null; readonly relativeChange: number | null } {
  if (value === null || previous === null) return { change: null, relativeChange: null };
  const change = value - previous;
  if (!finite(change)) return { change: null, relativeChange: null };
  const relative = previous === 0 ? null : roundScore(change / abs(previous));
  return { change, relativeChange: relative !== null && finite(relative) ? relative : null };
}
