/** Utilities.formatDate patterns (Java SimpleDateFormat letters), rendered in a time zone. */
import { wallClock } from './time';

const MONTHS =
  'January February March April May June July August September October November December'.split(
    ' ',
  );
const DAYS = 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday'.split(' ');

function offset(ms: number, timeZone: string): number {
  const w = wallClock(ms, timeZone);
  const wall = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((wall - Math.floor(ms / 1000) * 1000) / 60_000);
}

export function formatSimpleDate(ms: number, timeZone: string, pattern: string): string {
  const w = wallClock(ms, timeZone);
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  const tokens = pattern.match(/'(?:[^']|'')*'|([A-Za-z])\1*|[^A-Za-z']+/g) ?? [];
  return tokens
    .map((t) => {
      if (t.startsWith("'")) return t === "''" ? "'" : t.slice(1, -1).replace(/''/g, "'");
      const n = t.length;
      switch (t[0]) {
        case 'y':
          return n === 2 ? pad(w.year % 100, 2) : pad(w.year, n);
        case 'M':
          return n >= 4
            ? (MONTHS[w.month - 1] ?? '')
            : n === 3
              ? (MONTHS[w.month - 1] ?? '').slice(0, 3)
              : pad(w.month, n);
        case 'd':
          return pad(w.day, n);
        case 'E':
          return n >= 4 ? (DAYS[w.weekday] ?? '') : (DAYS[w.weekday] ?? '').slice(0, 3);
        case 'H':
          return pad(w.hour, n);
        case 'h':
          return pad(((w.hour + 11) % 12) + 1, n);
        case 'm':
          return pad(w.minute, n);
        case 's':
          return pad(w.second, n);
        case 'S':
          return pad(w.millisecond, 3).slice(0, Math.max(n, 3));
        case 'a':
          return w.hour < 12 ? 'AM' : 'PM';
        case 'u':
          return String(w.weekday === 0 ? 7 : w.weekday);
        case 'Z':
        case 'X': {
          const off = offset(ms, timeZone);
          if (t[0] === 'X' && off === 0) return 'Z';
          const sign = off < 0 ? '-' : '+';
          const abs = Math.abs(off);
          const sep = t[0] === 'X' && n >= 3 ? ':' : '';
          return `${sign}${pad(Math.floor(abs / 60), 2)}${sep}${pad(abs % 60, 2)}`;
        }
        case 'z':
          return timeZone;
        default:
          return t;
      }
    })
    .join('');
}
