import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';

/**
 * Benchmarks of the pushed bundle itself (dist/, built by `npm run build`): load time in a
 * fresh node:vm context, as every custom-function execution pays it, and the throughput of
 * the custom functions on 100,000-row inputs shaped as Sheets passes them.
 */
const dist = join(import.meta.dirname, '../dist');
const serverFiles = () =>
  readdirSync(dist)
    .filter((f) => f.endsWith('.js'))
    .sort();

export function bundleBytes(): number {
  return serverFiles().reduce((sum, f) => sum + statSync(join(dist, f)).size, 0);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

/** A context with the one service custom functions may read: the spreadsheet's locale. */
function context(): vm.Context {
  const spreadsheet = { getSpreadsheetLocale: () => 'fr_FR' };
  return vm.createContext({ SpreadsheetApp: { getActiveSpreadsheet: () => spreadsheet } });
}

/** Milliseconds to compile and evaluate the pushed .js files in a fresh context (median of 30). */
export function bundleLoadMs(): number {
  const sources = serverFiles().map((f) => ({ f, code: readFileSync(join(dist, f), 'utf8') }));
  const times: number[] = [];
  for (let i = 0; i < 30; i++) {
    const c = context();
    const t0 = performance.now();
    for (const { f, code } of sources) new vm.Script(code, { filename: f }).runInContext(c);
    times.push(performance.now() - t0);
  }
  return median(times);
}

const ROWS = 100_000;

/** A column as Sheets passes a range: one-element rows, some blanks, some numbers typed as text. */
function column(make: (i: number) => number): unknown[][] {
  const out: unknown[][] = new Array(ROWS);
  for (let i = 0; i < ROWS; i++) {
    const x = make(i);
    out[i] = [i % 50 === 0 ? '' : i % 97 === 0 ? String(x).replace('.', ',') : x];
  }
  return out;
}

export interface Throughput {
  readonly kr_progress_rows_per_s: number;
  readonly okr_score_rows_per_s: number;
  readonly kpi_status_rows_per_s: number;
}

/**
 * Rows per second of each custom function on 100,000 rows: the best of 30 runs after 5 of
 * warm-up (timeit's convention: the slower runs are the same code paying for other runs'
 * garbage or the machine's neighbours, not a cost of its own).
 */
export function throughput(): Throughput {
  const c = context();
  for (const f of serverFiles()) vm.runInContext(readFileSync(join(dist, f), 'utf8'), c);
  const current = column((i) => 600 + (i % 200));
  const target = column(() => 750);
  const baseline = column(() => 600);
  const weight = column((i) => 1 + (i % 3));
  const direction = column(() => 0).map((_, i) => [i % 2 ? 'lower' : 'higher']);
  const rate = (fn: string, args: unknown[]): number => {
    const f = c[fn] as (...a: unknown[]) => unknown;
    const times: number[] = [];
    for (let i = 0; i < 35; i++) {
      const t0 = performance.now();
      f(...args);
      times.push(performance.now() - t0);
    }
    return Math.round(ROWS / (Math.min(...times.slice(5)) / 1000));
  };
  return {
    kr_progress_rows_per_s: rate('KR_PROGRESS', [current, target, baseline]),
    okr_score_rows_per_s: rate('OKR_SCORE', [current, target, baseline, weight]),
    kpi_status_rows_per_s: rate('KPI_STATUS', [current, target, direction, 0.1, 0.5]),
  };
}
