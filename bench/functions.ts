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
function column(size: number, make: (i: number) => number): unknown[][] {
  const out: unknown[][] = new Array(size);
  for (let i = 0; i < size; i++) {
    const x = make(i);
    out[i] = [i % 50 === 0 ? '' : i % 97 === 0 ? String(x).replace('.', ',') : x];
  }
  return out;
}

/** The inputs every measure below shares: one column per argument. */
interface Rows {
  readonly current: unknown[][];
  readonly target: unknown[][];
  readonly baseline: unknown[][];
  readonly weight: unknown[][];
  readonly direction: unknown[][];
}

function rows(size = ROWS): Rows {
  return {
    current: column(size, (i) => 600 + (i % 200)),
    target: column(size, () => 750),
    baseline: column(size, () => 600),
    weight: column(size, (i) => 1 + (i % 3)),
    direction: column(size, () => 0).map((_, i) => [i % 2 ? 'lower' : 'higher']),
  };
}

/** Each function with its arguments taken from the rows, as a sheet would call it. */
const CALLS = {
  KR_PROGRESS: (d: Rows): unknown[] => [d.current, d.target, d.baseline],
  OKR_SCORE: (d: Rows): unknown[] => [d.current, d.target, d.baseline, d.weight],
  KPI_STATUS: (d: Rows): unknown[] => [d.current, d.target, d.direction, 0.1, 0.5],
};
type Name = keyof typeof CALLS;
type Fn = (...a: unknown[]) => unknown;

/** A custom function of the built bundle, evaluated in a fresh node:vm context. */
function bundleFunction(name: Name): Fn {
  const c = context();
  for (const f of serverFiles()) vm.runInContext(readFileSync(join(dist, f), 'utf8'), c);
  const f = c[name];
  if (typeof f !== 'function') throw new Error(`${name} is not in the bundle`);
  return f as Fn;
}

/**
 * Runs `f` on small inputs first, so that every path it takes (the blank rows, the text cells,
 * what follows the loop) has type feedback before a 100,000-row run is compiled on the fly:
 * code compiled mid-loop without it falls back to the interpreter at the loop's end on every
 * call, which doubles a bare loop's time in some processes and not in others.
 */
function warmUp(f: (rows: Rows) => unknown): void {
  const small = rows(1_000);
  for (let i = 0; i < 50; i++) f(small);
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
  const data = rows();
  const rate = (name: Name): number => {
    const f = bundleFunction(name);
    const args = CALLS[name](data);
    const times: number[] = [];
    for (let i = 0; i < 35; i++) {
      const t0 = performance.now();
      f(...args);
      times.push(performance.now() - t0);
    }
    return Math.round(ROWS / (Math.min(...times.slice(5)) / 1000));
  };
  return {
    kr_progress_rows_per_s: rate('KR_PROGRESS'),
    okr_score_rows_per_s: rate('OKR_SCORE'),
    kpi_status_rows_per_s: rate('KPI_STATUS'),
  };
}

/*
 * Bare loops: the arithmetic each function does on the same rows, with nothing else — no
 * checks, no messages, no locale, no shapes but a column. What a function costs beyond its loop
 * is the price of its checks and its generality; the ratio keeps that price in view on any
 * machine, at any hour.
 */
const cellAt = (column: unknown[][], r: number): unknown => (column[r] as unknown[])[0];
// The bench's text cells are integers or French decimals: "650", "612,5".
const bareNumber = (v: unknown): number | null =>
  typeof v === 'number' ? v : v === '' ? null : Number((v as string).replace(',', '.'));
const bareScore = (c: number | null, t: number, b: number): number => {
  if (c === null) return 0;
  const x = (c - b) / (t - b);
  return Math.round((x < 0 ? 0 : x > 1 ? 1 : x) * 1e10) / 1e10;
};

function bareKrProgress({ current, target, baseline }: Rows): unknown[][] {
  const out = new Array<unknown[]>(target.length);
  for (let r = 0; r < target.length; r++) {
    const t = bareNumber(cellAt(target, r));
    out[r] = [
      t === null
        ? ''
        : bareScore(bareNumber(cellAt(current, r)), t, bareNumber(cellAt(baseline, r)) ?? 0),
    ];
  }
  return out;
}

function bareOkrScore({ current, target, baseline, weight }: Rows): number {
  let sum = 0;
  let weights = 0;
  for (let r = 0; r < target.length; r++) {
    const t = bareNumber(cellAt(target, r));
    if (t === null) continue;
    const s = bareScore(bareNumber(cellAt(current, r)), t, bareNumber(cellAt(baseline, r)) ?? 0);
    const w = bareNumber(cellAt(weight, r)) ?? 1;
    sum += s * w;
    weights += w;
  }
  return Math.round((sum / weights) * 1e10) / 1e10;
}

function bareKpiStatus({ current, target, direction }: Rows): unknown[][] {
  const out = new Array<unknown[]>(target.length);
  const tolerance = 0.1;
  const elapsed = 0.5;
  for (let r = 0; r < target.length; r++) {
    const a = bareNumber(cellAt(current, r));
    const t = bareNumber(cellAt(target, r));
    let status: string;
    // The bench's rows are blank in every column at once: no actual without a target.
    if (a === null || t === null) status = t === null ? '' : 'Pas de données';
    else {
      const pace = t * elapsed;
      const margin = Math.abs(pace) * tolerance;
      status =
        cellAt(direction, r) === 'lower'
          ? a <= pace
            ? 'En bonne voie'
            : a <= pace + margin
              ? 'À risque'
              : 'En retard'
          : a >= t || a >= pace
            ? 'En bonne voie'
            : a >= pace - margin
              ? 'À risque'
              : 'En retard';
    }
    out[r] = [status];
  }
  return out;
}

/**
 * A minor collection (under --expose-gc, as npm run bench runs): every timed run starts with
 * an empty young generation, so neither side pays for the other's garbage. Without it, whether
 * a 100,000-row result triggers a scavenge mid-run is luck, and a run's time varies fourfold.
 */
const emptyNursery = (): void =>
  (globalThis as { gc?: (options: { type: 'minor' }) => void }).gc?.({ type: 'minor' });

export interface Ratios {
  readonly kr_progress_loop_ratio: number;
  readonly okr_score_loop_ratio: number;
  readonly kpi_status_loop_ratio: number;
}

/**
 * Each custom function's time over its bare loop's, on the same 100,000 rows. Each function
 * gets a fresh context, as each Apps Script execution does; both sides are warmed up, then timed
 * in turn, 100 rounds, and the best of each kept, so both meet the machine in the same state
 * and the ratio holds whatever the host's speed that hour.
 */
export function ratios(): Ratios {
  const data = rows();
  const ratio = (name: Name, bare: (rows: Rows) => unknown): number => {
    const f = bundleFunction(name);
    const call = (d: Rows): unknown => f(...CALLS[name](d));
    warmUp(call);
    warmUp(bare);
    let product = Number.POSITIVE_INFINITY;
    let loop = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 100; i++) {
      emptyNursery();
      const t0 = performance.now();
      call(data);
      const t1 = performance.now();
      emptyNursery();
      const t2 = performance.now();
      bare(data);
      const t3 = performance.now();
      product = Math.min(product, t1 - t0);
      loop = Math.min(loop, t3 - t2);
    }
    return Math.round((product / loop) * 100) / 100;
  };
  return {
    kr_progress_loop_ratio: ratio('KR_PROGRESS', bareKrProgress),
    okr_score_loop_ratio: ratio('OKR_SCORE', bareOkrScore),
    kpi_status_loop_ratio: ratio('KPI_STATUS', bareKpiStatus),
  };
}
