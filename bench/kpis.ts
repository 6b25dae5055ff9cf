import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { kpiWorld } from '../test/support/kpi-calls';

/** Milliseconds of the KPI register's refresh at 100 and 1,000 KPIs. */
export interface KpiRefreshMs {
  readonly ms100x24: number;
  readonly ms1000x24: number;
}

const PERIODS = 24;

/**
 * The refresh that records a new Actual in every KPI, over a history of 24 periods each, at
 * 1,000 KPIs and, as its reference, at 100, timed one after the other in one fresh Node
 * process (as in refresh.ts: an Apps Script execution has a heap of its own), so that the
 * host's speed at that moment weighs on both alike.
 */
export function kpiRefreshMs(): KpiRefreshMs {
  const out = execFileSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url)],
    { encoding: 'utf8' },
  );
  const [ms100x24 = Number.NaN, ms1000x24 = Number.NaN] = out.trim().split(' ').map(Number);
  return { ms100x24, ms1000x24 };
}

/** One measured refresh, in this process. */
function measureOnce(kpis: number): number {
  // Room for the rows the refresh appends: inserting rows makes the emulation recompute the
  // whole register at once (its cells read TODAY()), HyperFormula's time, not the refresh's.
  const w = kpiWorld(kpis, PERIODS, kpis);
  // The building's garbage is not the refresh's.
  (globalThis as { gc?: () => void }).gc?.();
  const t0 = performance.now();
  w.refresh();
  return performance.now() - t0;
}

if (process.argv[1] === fileURLToPath(import.meta.url))
  console.log(`${measureOnce(100)} ${measureOnce(1_000)}`);
