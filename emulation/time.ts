/**
 * Spreadsheet date serials (days since 1899-12-30, as in Sheets) and wall-clock time in a named
 * time zone. Sheets interprets serials in the spreadsheet's time zone; the vm's local Date
 * methods use the host time zone, so the fast path applies when both are the same.
 */

const DAY_MS = 86_400_000;
const EPOCH_UTC = Date.UTC(1899, 11, 30);

export const hostTimeZone: string = Intl.DateTimeFormat().resolvedOptions().timeZone;

export interface WallClock {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  weekday: number; // 0 = Sunday
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall-clock reading of an instant in a time zone. */
export function wallClock(ms: number, timeZone: string): WallClock {
  if (timeZone === hostTimeZone) {
    const d = new Date(ms);
    return {
      year: d.getFullYear(),
      month: d.getMonth() + 1,
      day: d.getDate(),
      hour: d.getHours(),
      minute: d.getMinutes(),
      second: d.getSeconds(),
      millisecond: d.getMilliseconds(),
      weekday: d.getDay(),
    };
  }
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(ms))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const { year = 1970, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = parts;
  return {
    year,
    month,
    day,
    hour,
    minute,
    second,
    millisecond: ((ms % 1000) + 1000) % 1000,
    weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay(),
  };
}

function wallAsUtc(w: WallClock): number {
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond);
}

/** The instant whose wall-clock reading in `timeZone` is the given UTC-encoded wall time. */
function instantOfWall(wallMs: number, timeZone: string): number {
  if (timeZone === hostTimeZone) {
    const u = new Date(wallMs);
    return new Date(
      u.getUTCFullYear(),
      u.getUTCMonth(),
      u.getUTCDate(),
      u.getUTCHours(),
      u.getUTCMinutes(),
      u.getUTCSeconds(),
      u.getUTCMilliseconds(),
    ).getTime();
  }
  let guess = wallMs;
  for (let i = 0; i < 2; i++) guess = wallMs - (wallAsUtc(wallClock(guess, timeZone)) - guess);
  return guess;
}

/**
 * The last conversion each way, kept: a column of dates (a history) repeats the same day
 * thousands of times, and a zone's wall clock costs an Intl formatting each.
 */
const lastSerial = { ms: Number.NaN, timeZone: '', serial: 0 };
const lastInstant = { serial: Number.NaN, timeZone: '', ms: 0 };

export function serialFromInstant(ms: number, timeZone: string): number {
  if (ms !== lastSerial.ms || timeZone !== lastSerial.timeZone) {
    lastSerial.serial = (wallAsUtc(wallClock(ms, timeZone)) - EPOCH_UTC) / DAY_MS;
    lastSerial.ms = ms;
    lastSerial.timeZone = timeZone;
  }
  return lastSerial.serial;
}

export function instantFromSerial(serial: number, timeZone: string): number {
  if (serial !== lastInstant.serial || timeZone !== lastInstant.timeZone) {
    lastInstant.ms = instantOfWall(EPOCH_UTC + Math.round(serial * DAY_MS), timeZone);
    lastInstant.serial = serial;
    lastInstant.timeZone = timeZone;
  }
  return lastInstant.ms;
}

/** Wall clock of a serial, without any time zone (serials are wall-clock values). */
export function wallOfSerial(serial: number): WallClock {
  const d = new Date(EPOCH_UTC + Math.round(serial * DAY_MS));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
    weekday: d.getUTCDay(),
  };
}

export function serialOfDate(year: number, month: number, day: number): number {
  return (Date.UTC(year, month - 1, day) - EPOCH_UTC) / DAY_MS;
}
