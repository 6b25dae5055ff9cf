import { isDate } from '../../core/cell';
import { elapsedShare } from '../../core/period';
import { isProblem } from '../../core/problem';
import type { Day } from './day';
import type { OkrRead, TableRead } from './found-table';

/** The cells of a table's banner (the period above the OKR table), read from a TableRead. */

const DAY_MS = 86_400_000;

/** A day's number (days since the epoch) from its midnight, as the banner's dates arrive. */
export function dayNumber(ms: number): number {
  return Math.round(ms / DAY_MS);
}

/** The period's first day, as a day number; null when the banner holds no date there. */
export function startDay(t: OkrRead): number | null {
  const start = cellAt(t, 'start');
  return isDate(start) ? dayNumber(start.getTime()) : null;
}

/** The share of the period elapsed today (core: elapsedShare), from the banner's two dates. */
export function elapsedOf(t: OkrRead, today: () => Day): number | null {
  const start = cellAt(t, 'start');
  const end = cellAt(t, 'end');
  if (!isDate(start) || !isDate(end)) return null;
  const share = elapsedShare(
    dayNumber(start.getTime()),
    dayNumber(end.getTime()),
    dayNumber(today().start),
  );
  return isProblem(share) ? null : share;
}

/** A banner cell's value (a named cell of the layout), undefined when it was not found. */
export function cellAt<N extends string>(t: TableRead<string, N>, key: N): unknown {
  const at = t.located.named[key];
  return at === undefined ? undefined : t.values[at[0] - 1]?.[at[1] - 1];
}
