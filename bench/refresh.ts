import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  NOW,
  OKR_SHEET,
  okrRows,
  typeRows,
  type World,
  world,
} from '../test/workbook/refresh-world';
import { dataCalls } from './data-calls';

/**
 * Refresh progress against its bars (PRODUCT.md §6), on the real bundle in the emulation
 * (npm run build first). The workbook is the one "Create OKR template" makes, with `krs` key
 * results (4 per objective, plus their objective rows) typed below the headers, IDs and
 * formulas missing: the first refresh after people added rows, the one that writes the most
 * (every computed formula, every ID, a history snapshot per KR and objective).
 */
function typed(krs: number): World {
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

/** The steady state: the same workbook refreshed again the next day (only the history grows). */
export function steadyRefreshCalls(krs: number): RefreshCalls {
  const w = typed(krs);
  w.refresh();
  w.h.setNow(new Date(NOW.getTime() + 86_400_000));
  return calls(w);
}

/**
 * Milliseconds of the first refresh with 10,000 KRs: the median of `runs`, each in a fresh
 * Node process, as each Apps Script execution has a heap of its own (in one process, the
 * garbage of the benches before would be collected during the refresh). The emulation, like
 * Sheets, recalculates the written formulas when a result is next read, after the refresh, so
 * this is the refresh's own reading, planning and writing.
 */
export function refreshMs10k(runs = 3): number {
  const times = Array.from({ length: runs }, () =>
    Number(
      execFileSync(
        process.execPath,
        ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url)],
        {
          encoding: 'utf8',
        },
      ).trim(),
    ),
  );
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)] ?? Number.NaN;
}

/** One measured refresh, in this process: what `refreshMs10k` runs in each child. */
function measureOnce(): number {
  const w = typed(10_000);
  // The typing's garbage is not the refresh's.
  (globalThis as { gc?: () => void }).gc?.();
  const t0 = performance.now();
  w.refresh();
  return performance.now() - t0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(measureOnce());
