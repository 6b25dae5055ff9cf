import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { typed } from '../test/support/refresh-calls';

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
