import { linearProgress } from './kr';
import type { Problem } from './problem';
import { roundScore } from './round';

/**
 * The share of a period elapsed, 0–1: (today − start) / (end − start), clamped. Dates are
 * given as day numbers (or any one unit): on the start day nothing has elapsed, on the end
 * day all of it, which is what the template's native formula computes with TODAY().
 */
export function elapsedShare(start: number, end: number, today: number): number | Problem {
  if (!(end > start)) return { code: 'empty_period' };
  return roundScore(linearProgress(today, end, start));
}

/** Common OKR periods, for the template and the sidebar's period picker. */
export const PERIODS = ['month', 'quarter', 'four months', 'half', 'year'] as const;
export type Period = (typeof PERIODS)[number];

const MONTHS_IN: Record<Period, number> = {
  month: 1,
  quarter: 3,
  'four months': 4,
  half: 6,
  year: 12,
};

/**
 * The calendar period of the given kind that contains a day, as [first day, last day] in
 * UTC-based calendar dates (year, month 0–11, day). Periods align on January 1st.
 */
export function periodAround(
  period: Period,
  year: number,
  month: number,
): { readonly start: CalendarDate; readonly end: CalendarDate } {
  const span = MONTHS_IN[period];
  const firstMonth = Math.floor(month / span) * span;
  const lastMonth = firstMonth + span - 1;
  const lastDay = new Date(Date.UTC(year, lastMonth + 1, 0)).getUTCDate();
  return {
    start: { year, month: firstMonth, day: 1 },
    end: { year, month: lastMonth, day: lastDay },
  };
}

export interface CalendarDate {
  readonly year: number;
  /** 0 = January, as in JavaScript. */
  readonly month: number;
  readonly day: number;
}
