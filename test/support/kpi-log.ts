import type { KpiEvent } from '../../src/core/kpi-series';
import { dayNumber } from '../../src/workbook/sheets/banner';
import { dayOf } from '../../src/workbook/sheets/day';
import type { World } from './refresh-world';

/** A table's rows below its header row as cells by header, blank rows left out. */
export function rowsByHeader(
  w: World,
  sheet: string,
  headerRow: number,
): Record<string, unknown>[] {
  const [header = [], ...rows] = w.h.spreadsheet.values(sheet, `A${headerRow}:AZ`);
  return rows
    .filter((r) => r.some((v) => v !== ''))
    .map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}

/** One KPI's events as the core reads them, from the KPI history's rows (by header). */
export function eventsOf(
  log: readonly Record<string, unknown>[],
  id: string,
  timeZone: string,
): KpiEvent[] {
  return log
    .filter((e) => e.ID === id)
    .map((e) => ({
      day: dayNumber(dayOf((e.When as Date).getTime(), timeZone).start),
      value: e.Actual as number,
    }));
}
