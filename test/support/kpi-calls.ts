import { columnLetter, templateLocation } from '../../src/workbook/layout/columns';
import { KPI_HISTORY, KPIS } from '../../src/workbook/layout/tables';
import type { HistoryRun } from '../../src/workbook/refresh/history';
import { kpiHistoryRuns } from '../../src/workbook/refresh/kpi-table';
import { dataCalls } from './data-calls';
import type { RefreshCalls } from './refresh-calls';
import { NOW, typeRows, type World, world } from './refresh-world';

/**
 * The KPI register's refresh, on the real bundle in the emulation (npm run build first): a
 * register whose KPI history already holds `periods` events per KPI, in which a person then
 * typed a new Actual in every KPI, for the refresh that records them all.
 */

const KPI_SHEET = KPIS.name.en;
const DAY = 86_400_000;

/** Every fourth KPI weekly, the others monthly: both kinds of period reach the history. */
const weekly = (i: number): boolean => i % 4 === 3;

/** The moment of KPI `i`'s event `back` of its periods before NOW, at NOW's time of day. */
function before(i: number, back: number): Date {
  if (weekly(i)) return new Date(NOW.getTime() - back * 7 * DAY);
  const d = new Date(NOW);
  d.setUTCMonth(d.getUTCMonth() - back);
  return d;
}

/**
 * The history's rows for `periods` events per KPI (IDs K1, K2… in register order), in time
 * order as the refresh appends them: the refresh takes a KPI's lowest row as its latest. Made
 * by the refresh's own code, so they hold its cells and number formats, per run of columns.
 */
function historyRuns(kpis: number, periods: number): HistoryRun[] {
  const moments = Array.from({ length: periods }, (_, p) => periods - p).flatMap((back) =>
    [false, true].map((week) => ({
      back,
      when: before(week ? 3 : 0, back),
      kpis: Array.from({ length: kpis }, (_, i) => i).filter((i) => weekly(i) === week),
    })),
  );
  const batches = moments
    .sort((a, b) => a.when.getTime() - b.when.getTime())
    .map((m) =>
      kpiHistoryRuns(
        templateLocation(KPI_HISTORY),
        m.when,
        m.kpis.map((i) => ({
          id: `K${i + 1}`,
          measure: `Measure ${i}`,
          actual: (periods - m.back) * kpis + i,
          source: 'sheet',
        })),
        'en',
      ),
    );
  return (batches[0] ?? []).map((run, j) => ({
    column: run.column,
    values: batches.flatMap((b) => b[j]?.values ?? []),
    formats: batches.flatMap((b) => b[j]?.formats ?? []),
  }));
}

/**
 * `kpis` KPIs whose history holds `periods` events each, then a new Actual typed in each, with
 * `spare` blank rows below the history (a refresh leaves none: it grows the sheet by the rows
 * it appends, no more).
 *
 * The history is written directly, in one setValues per run, rather than by `periods`
 * refreshes, which would take minutes at 1,000 KPIs: the emulation recomputes every cell that
 * reads TODAY() — the whole register — after each write, row insertion and move of the clock.
 * Hence, too, the history's rows are inserted before the register has formulas.
 */
export function kpiWorld(kpis: number, periods: number, spare = 0): World {
  const w = world();
  const log = w.sheet(KPI_HISTORY.name.en);
  const rows = KPI_HISTORY.headerRow + kpis * periods + spare;
  if (rows > log.getMaxRows()) log.insertRowsAfter(log.getMaxRows(), rows - log.getMaxRows());
  typeRows(
    w,
    KPI_SHEET,
    KPIS.headerRow,
    Array.from({ length: kpis }, (_, i) => ({
      Measure: `Measure ${i}`,
      Target: 100,
      Frequency: weekly(i) ? 'weekly' : 'monthly',
    })),
    KPIS.headerRow,
  );
  const id = columnLetter(w.col(KPI_SHEET, 'ID', KPIS.headerRow));
  const actual = w.col(KPI_SHEET, 'Actual', KPIS.headerRow);
  // With no Actual yet, this refresh writes the IDs and the register's formulas, and no event.
  w.refresh();
  for (const run of historyRuns(kpis, periods)) {
    const width = run.values[0]?.length ?? 0;
    const range = log.getRange(KPI_HISTORY.headerRow + 1, run.column, run.values.length, width);
    range.setValues(run.values);
    range.setNumberFormats(run.formats);
  }
  w.sheet(KPI_SHEET)
    .getRange(KPIS.headerRow + 1, actual, kpis, 1)
    .setValues(Array.from({ length: kpis }, (_, i) => [periods * kpis + i]));
  // Also lets the emulation take in the writing, before the refresh is measured.
  const ids = w.h.spreadsheet
    .values(KPI_SHEET, `${id}${KPIS.headerRow + 1}:${id}${KPIS.headerRow + kpis}`)
    .flat();
  if (ids.some((v, i) => v !== `K${i + 1}`))
    throw new Error(`the history's IDs are not the register's: ${ids.slice(0, 3).join(', ')}…`);
  return w;
}

/** The refresh that records every KPI's new Actual, over a history of `periods` events each. */
export function kpiRefreshCalls(kpis: number, periods: number): RefreshCalls {
  const w = kpiWorld(kpis, periods);
  const all = w.refresh();
  return { data: dataCalls(w.h.calls.byMethod()), all };
}
