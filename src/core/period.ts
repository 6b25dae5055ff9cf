import { linearProgress } from './kr';
import type { Lang } from './lang';
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

const sameDate = (a: CalendarDate, b: CalendarDate): boolean =>
  a.year === b.year && a.month === b.month && a.day === b.day;

/** The kind of calendar period that runs exactly from `start` to `end`, if any. */
export function periodKind(start: CalendarDate, end: CalendarDate): Period | null {
  return (
    PERIODS.find((p) => {
      const around = periodAround(p, start.year, start.month);
      return sameDate(around.start, start) && sameDate(around.end, end);
    }) ?? null
  );
}

const DAY_MS = 86_400_000;
const utcOf = (d: CalendarDate): number => Date.UTC(d.year, d.month, d.day);
const dateOf = (ms: number): CalendarDate => {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth(), day: d.getUTCDate() };
};

/**
 * The period after `start`–`end`: the next calendar period of the same kind (Q4 → next
 * year's Q1), or, for dates of a team's own choosing, as many days starting the day after.
 */
export function nextPeriod(
  start: CalendarDate,
  end: CalendarDate,
): { readonly start: CalendarDate; readonly end: CalendarDate } {
  const kind = periodKind(start, end);
  const after = dateOf(utcOf(end) + DAY_MS);
  if (kind !== null) return periodAround(kind, after.year, after.month);
  return { start: after, end: dateOf(utcOf(after) + (utcOf(end) - utcOf(start))) };
}

/** Quarters and halves are named by their number: Q4 and H1, T4 and S1 in French. */
const PERIOD_LETTERS: Readonly<Record<Lang, { readonly quarter: string; readonly half: string }>> =
  {
    en: { quarter: 'Q', half: 'H' },
    fr: { quarter: 'T', half: 'S' },
  };

const two = (n: number): string => String(n).padStart(2, '0');
const iso = (d: CalendarDate): string => `${d.year}-${two(d.month + 1)}-${two(d.day)}`;

/**
 * A period's name as sheets and views show it: "2026 Q4" ("2026 T4"), "2026 H1", "2026",
 * "2026-11"; other spans by their dates, "2026-01-01 – 2026-04-30".
 */
export function periodLabel(start: CalendarDate, end: CalendarDate, lang: Lang): string {
  const kind = periodKind(start, end);
  const letters = PERIOD_LETTERS[lang];
  switch (kind) {
    case 'quarter':
      return `${start.year} ${letters.quarter}${start.month / 3 + 1}`;
    case 'half':
      return `${start.year} ${letters.half}${start.month / 6 + 1}`;
    case 'year':
      return `${start.year}`;
    case 'month':
      return `${start.year}-${two(start.month + 1)}`;
    default:
      return `${iso(start)} – ${iso(end)}`;
  }
}
