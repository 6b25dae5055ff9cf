import type { IsoDate } from '../../contract/json';
import type { CalendarDate } from '../../core/period';

/**
 * "Today" as the spreadsheet sees it: the day of its own time zone, not the server's. Dates read
 * from cells arrive as the instant of their midnight in that zone, so a day is a pair of
 * instants [start, end) and a cell belongs to it when its instant falls inside: one number
 * comparison per history row, and no date formatting in the loop.
 */
export interface Day {
  /** Midnight starting the day, in ms since the epoch. */
  readonly start: number;
  /** The next midnight (23 or 25 hours later on the days clocks change). */
  readonly end: number;
}

const HOUR = 3_600_000;

/** ms to add to an instant to read its wall-clock time in the zone as if it were UTC. */
function offsetAt(format: Intl.DateTimeFormat, instant: number): number {
  const p: Record<string, number> = {};
  for (const part of format.formatToParts(new Date(instant))) p[part.type] = Number(part.value);
  const wall = Date.UTC(
    p.year ?? 1970,
    (p.month ?? 1) - 1,
    p.day ?? 1,
    (p.hour ?? 0) % 24,
    p.minute ?? 0,
    p.second ?? 0,
  );
  return wall - Math.floor(instant / 1000) * 1000;
}

function zoneFormat(timeZone: string): Intl.DateTimeFormat {
  const options: Intl.DateTimeFormatOptions = {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    hourCycle: 'h23',
  };
  try {
    return new Intl.DateTimeFormat('en-US', { ...options, timeZone });
  } catch {
    // An unknown zone name: UTC is the least surprising day.
    return new Intl.DateTimeFormat('en-US', { ...options, timeZone: 'UTC' });
  }
}

/** The midnight that starts the zone's day holding `instant`. */
function midnight(format: Intl.DateTimeFormat, instant: number): number {
  const wall = instant + offsetAt(format, instant);
  const day = Math.floor(wall / (24 * HOUR)) * 24 * HOUR;
  // The offset at midnight may differ from the one at `instant` (a clock change in between).
  const guess = day - offsetAt(format, instant);
  return day - offsetAt(format, guess);
}

export function dayOf(instant: number, timeZone: string): Day {
  const format = zoneFormat(timeZone);
  const start = midnight(format, instant);
  return { start, end: midnight(format, start + 26 * HOUR) };
}

/** The zone's calendar date holding `instant`, "yyyy-mm-dd": how dates cross to the sidebar. */
export function isoDay(instant: number, timeZone: string): IsoDate {
  const wall = new Date(instant + offsetAt(zoneFormat(timeZone), instant));
  return wall.toISOString().slice(0, 10) as IsoDate;
}

/** "2025-01-01": Sheets reads this as a date in every locale, with no time-zone shift. */
export function isoDate(d: CalendarDate): string {
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  return `${pad(d.year, 4)}-${pad(d.month + 1, 2)}-${pad(d.day, 2)}`;
}
