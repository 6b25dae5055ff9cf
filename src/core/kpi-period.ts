import { dateOfDay, dayOfDate, FIRST_DAY, isDay, LAST_DAY, weekdayOf } from './kpi-calendar';
import type { Frequency } from './kpi-words';
import { roundScore } from './round';

// Bound once: a global lookup per call is slow where scripts run in a contextified global.
const { floor, max, min } = Math;
const { isSafeInteger } = Number;

/**
 * One period of a KPI's frequency (docs/method.md#kpis-over-time): a day, an ISO week (Monday
 * to Sunday), a calendar month, quarter or year, as day numbers (see kpi-calendar.ts).
 */
export interface KpiPeriod {
  readonly frequency: Frequency;
  /**
   * "2026-12-03", "2026-W49", "2026-12", "2026-Q4", "2026": ISO 8601 where it has a form, and
   * never the same for two periods, of one frequency or of two. Keys of one frequency sort as
   * their periods do.
   */
  readonly key: string;
  readonly first: number;
  /** The period's last day, included. */
  readonly last: number;
}

/** The frequencies whose periods are whole months, and the months in each. */
type MonthFrequency = Exclude<Frequency, 'day' | 'week'>;
const MONTHS: Readonly<Record<MonthFrequency, number>> = { month: 1, quarter: 3, year: 12 };

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** The period of the given frequency holding a day; null when `day` is no day number. */
export function periodOf(day: number, frequency: Frequency): KpiPeriod | null {
  if (!isDay(day)) return null;
  if (frequency === 'day') {
    const d = dateOfDay(day);
    return {
      frequency,
      key: `${pad(d.year, 4)}-${pad(d.month + 1, 2)}-${pad(d.day, 2)}`,
      first: day,
      last: day,
    };
  }
  if (frequency === 'week') return isoWeek(day - weekdayOf(day));
  const { year, month } = dateOfDay(day);
  return monthPeriod(frequency, year * 12 + month);
}

/**
 * The ISO week starting on a Monday. It belongs to the year holding its Thursday, so the days
 * around New Year may fall in the other year's week: 2021-01-03 is in 2020-W53, 2024-12-30 in
 * 2025-W01.
 */
function isoWeek(monday: number): KpiPeriod {
  const thursday = monday + 3;
  const { year } = dateOfDay(thursday);
  const week = floor((thursday - dayOfDate(year, 0, 1)) / 7) + 1;
  return {
    frequency: 'week',
    key: `${pad(year, 4)}-W${pad(week, 2)}`,
    first: monday,
    last: monday + 6,
  };
}

/**
 * The month, quarter or year holding a month counted from year 0 (year × 12 + month 0–11).
 * Quarters and years align on January 1st, as the OKR periods do (core/period.ts).
 */
function monthPeriod(frequency: MonthFrequency, months: number): KpiPeriod {
  const span = MONTHS[frequency];
  const start = floor(months / span) * span;
  const year = floor(start / 12);
  const month = start - year * 12;
  const key =
    frequency === 'year'
      ? pad(year, 4)
      : frequency === 'quarter'
        ? `${pad(year, 4)}-Q${month / 3 + 1}`
        : `${pad(year, 4)}-${pad(month + 1, 2)}`;
  const end = start + span;
  return {
    frequency,
    key,
    first: dayOfDate(year, month, 1),
    last: dayOfDate(floor(end / 12), end % 12, 1) - 1,
  };
}

/**
 * The period `n` periods after this one (before it when n < 0); null when `n` is not a whole
 * number or the period would start outside the days Okapi reads (FIRST_DAY–LAST_DAY).
 */
export function shiftPeriod(period: KpiPeriod, n: number): KpiPeriod | null {
  if (!isSafeInteger(n)) return null;
  const { frequency, first } = period;
  if (frequency === 'day' || frequency === 'week') {
    const start = first + n * (frequency === 'day' ? 1 : 7);
    // Checked before building, so a huge n costs nothing; a week holds its Monday.
    return start >= FIRST_DAY && start <= LAST_DAY ? periodOf(start, frequency) : null;
  }
  const { year, month } = dateOfDay(first);
  const months = year * 12 + month + n * MONTHS[frequency];
  const shifted = floor(months / 12);
  return shifted >= 1 && shifted <= 9999 ? monthPeriod(frequency, months) : null;
}

/** The periods from `from` to `to` (of one frequency), both included, oldest first. */
export function periodsFrom(from: KpiPeriod, to: KpiPeriod): KpiPeriod[] {
  const periods: KpiPeriod[] = [];
  for (let p: KpiPeriod | null = from; p !== null && p.first <= to.first; p = shiftPeriod(p, 1))
    periods.push(p);
  return periods;
}

/** The period just before this one; null before 0001-01-01. */
export function previousPeriod(period: KpiPeriod): KpiPeriod | null {
  return shiftPeriod(period, -1);
}

/**
 * The share of a period elapsed at the end of `day`, 0–1, rounded to 10 decimals: the day
 * judged counts as lived, so on the first day of a 30-day month 1/30 has elapsed and on its
 * last day all of it (as core/period.ts's elapsedShare, which says 1 on the last day too). A
 * one-day period is thus always wholly elapsed on its day, where a share measured from start
 * to end would have no length. Before the period 0, after it 1; null when `day` is no whole
 * number.
 */
export function elapsedInPeriod(period: KpiPeriod, day: number): number | null {
  if (!isSafeInteger(day)) return null;
  const lived = min(max(day - period.first + 1, 0), period.last - period.first + 1);
  return roundScore(lived / (period.last - period.first + 1));
}
