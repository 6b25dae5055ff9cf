import type { CalendarDate } from './period';

/**
 * Day numbers and calendar dates, in integer arithmetic: a day number counts days since
 * 1970-01-01 in the spreadsheet's time zone (the caller has already placed "today" and each
 * event in that zone), so no Date object and no zone enters the KPI math. The proleptic
 * Gregorian calendar, by Howard Hinnant's days_from_civil and civil_from_days.
 */

// Bound once: a global lookup per call is slow where scripts run in a contextified global.
const { floor } = Math;
const { isSafeInteger } = Number;

/**
 * The days a KPI period may hold: 0001-01-01 to 9999-12-31, the years written with four
 * digits in period keys. 0001-01-01 is a Monday, so every period kind starts there.
 */
export const FIRST_DAY = -719_162;
export const LAST_DAY = 2_932_896;

/** Whether a number is a day number Okapi reads: a whole day within FIRST_DAY–LAST_DAY. */
export function isDay(day: number): boolean {
  return isSafeInteger(day) && day >= FIRST_DAY && day <= LAST_DAY;
}

/** The day number of a calendar date (month 0–11; any whole year). */
export function dayOfDate(year: number, month: number, day: number): number {
  // Years start in March here, so that February, the odd month, comes last.
  const y = month < 2 ? year - 1 : year;
  const era = floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = floor((153 * (month < 2 ? month + 10 : month - 2) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + floor(yearOfEra / 4) - floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The calendar date of a day number (month 0–11). */
export function dateOfDay(day: number): CalendarDate {
  const z = day + 719_468;
  const era = floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = floor(
    (dayOfEra - floor(dayOfEra / 1460) + floor(dayOfEra / 36_524) - floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + floor(yearOfEra / 4) - floor(yearOfEra / 100));
  const m = floor((5 * dayOfYear + 2) / 153);
  const month = m < 10 ? m + 2 : m - 10;
  return {
    year: yearOfEra + era * 400 + (month < 2 ? 1 : 0),
    month,
    day: dayOfYear - floor((153 * m + 2) / 5) + 1,
  };
}

/** 0 for Monday to 6 for Sunday, as ISO 8601 counts (1970-01-01 was a Thursday). */
export function weekdayOf(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}
