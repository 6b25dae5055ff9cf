import { OKRS } from '../../src/workbook/layout/tables';
import { dataCalls } from './data-calls';
import { NOW, OKR_SHEET, okrRows, typeRows, type World, world } from './refresh-world';

/**
 * Refresh progress's service calls, on the real bundle in the emulation
 * (npm run build first). The workbook is the one "Create OKR template" makes, with `krs` key
 * results (4 per objective, plus their objective rows) typed below the headers, IDs and
 * formulas missing: the first refresh after people added rows, the one that writes the most
 * (every computed formula, every ID, a history snapshot per KR and objective).
 */
export function typed(krs: number): World {
  const w = world();
  typeRows(w, OKR_SHEET, 4, okrRows(Math.ceil(krs / 4), 4));
  // Let the emulation take in the typing before the refresh is measured.
  w.h.spreadsheet.values(OKR_SHEET, 'A1');
  return w;
}

/** Service calls of one menu refresh: those that move cell data (data-calls.ts), and all. */
export interface RefreshCalls {
  readonly data: number;
  readonly all: number;
}

function calls(w: World): RefreshCalls {
  const all = w.refresh();
  return { data: dataCalls(w.h.calls.byMethod()), all };
}

/** The first refresh after people typed `krs` key results. */
export function refreshCalls(krs: number): RefreshCalls {
  return calls(typed(krs));
}

/**
 * The steady state: the next day, after people typed a new Current in every KR (one paste),
 * the same workbook refreshed again: a check-in per KR and per objective goes to the history.
 */
export function steadyRefreshCalls(krs: number): RefreshCalls {
  const w = typed(krs);
  w.refresh();
  w.h.setNow(new Date(NOW.getTime() + 86_400_000));
  const rows = okrRows(Math.ceil(krs / 4), 4);
  w.okr
    .getRange(OKRS.headerRow + 1, w.col(OKR_SHEET, 'Current'), rows.length, 1)
    .setValues(rows.map((r) => [r['Key result'] === undefined ? '' : 150]));
  w.h.spreadsheet.values(OKR_SHEET, 'A1');
  return calls(w);
}
