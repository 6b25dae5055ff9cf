import { isDate } from '../../core/cell';
import { elapsedShare } from '../../core/period';
import { isProblem } from '../../core/problem';
import type { Day } from './day';
import type { OkrRead, TableRead } from './found-table';

/** The cells of a table's banner (the period above the OKR table), read from a TableRead. */

const DAY_MS = 86_400_000;

/** The share of the period elapsed today (core: elapsedShare), from the banner's two dates. */
export function elapsedOf(t: OkrRead, today: () => Day): number | null {
  const start = cellAt(t, 'start');
  const end = cellAt(t, 'end');
  if (!isDate(start) || !isDate(end)) return null;
  const day = (ms: number): number => Math.round(ms / DAY_MS);
  const share = elapsedShare(day(start.getTime()), day(end.getTime()), day(today().start));
  return isProblem(share) ? null : share;
}

/** A banner cell's value (a named cell of the layout), undefined when it was not found. */
export function cellAt<N extends string>(t: TableRead<string, N>, key: N): unknown {
  const at = t.located.named[key];
  return at === undefined ? undefined : t.values[at[0] - 1]?.[at[1] - 1];
}
