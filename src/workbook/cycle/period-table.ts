import type { PeriodName } from '../../contract/cycle';
import type { IsoDate } from '../../contract/json';
import { isDate } from '../../core/cell';
import type { Lang } from '../../core/lang';
import { type CalendarDate, periodLabel } from '../../core/period';
import { cellAt } from '../sheets/banner';
import { isoDate, isoDay } from '../sheets/day';
import type { OkrRead } from '../sheets/found-table';

/** A period's dates, as calendar dates of the spreadsheet's zone, and its name. */
export interface PeriodDates {
  readonly start: CalendarDate;
  readonly end: CalendarDate;
  readonly name: PeriodName;
}

function calendarDate(iso: IsoDate): CalendarDate {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
  return { year, month: month - 1, day };
}

/** The banner's period; null unless both cells hold dates, the end after the start. */
export function bannerPeriod(t: OkrRead, timeZone: string, lang: Lang): PeriodDates | null {
  const start = cellAt(t, 'start');
  const end = cellAt(t, 'end');
  if (!isDate(start) || !isDate(end) || end.getTime() <= start.getTime()) return null;
  const s = calendarDate(isoDay(start.getTime(), timeZone));
  const e = calendarDate(isoDay(end.getTime(), timeZone));
  return periodDates(s, e, lang);
}

export function periodDates(start: CalendarDate, end: CalendarDate, lang: Lang): PeriodDates {
  // The ISO form of a calendar date is the one the sidebar's dates take (isoDay's).
  const iso = (d: CalendarDate): IsoDate => isoDate(d) as IsoDate;
  return {
    start,
    end,
    name: { start: iso(start), end: iso(end), label: periodLabel(start, end, lang) },
  };
}
