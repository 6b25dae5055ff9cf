import { readDone, readNumber, readWord } from './cell';
import { type KrKind, parseKind } from './kind';
import { DEFAULT_TOLERANCE, type Direction, kpiStatus, parseDirection, type Status } from './kpi';
import { krScore } from './kr';
import type { NumberStyle } from './number';
import { isProblem, type Problem } from './problem';

/**
 * The rules applied to one row of raw cells — the same for a custom function's arguments and
 * for a row the refresh reads with getValues, so both compute every number the same way.
 */

/**
 * Reads a keyword cell (a kind, a direction) and remembers the answers: a column repeats a
 * few words, and parsing words is the slow part of a row.
 */
export class WordMemo<T> {
  private readonly seen = new Map<unknown, T>();
  // The last two words read and their answers: a column often alternates two words ("higher",
  // "lower"), and two comparisons cost less than a Map lookup.
  private last: unknown;
  private lastValue: T | undefined;
  private before: unknown;
  private beforeValue: T | undefined;

  constructor(private readonly parse: (v: unknown) => T) {}

  read(v: unknown): T {
    if (v === this.last && this.lastValue !== undefined) return this.lastValue;
    let value: T | undefined;
    if (v === this.before && this.beforeValue !== undefined) value = this.beforeValue;
    else {
      value = this.seen.get(v);
      if (value === undefined) {
        value = this.parse(v);
        // Only a column's handful of distinct words are kept, so memory stays small on any input.
        if (this.seen.size < 64) this.seen.set(v, value);
      }
    }
    this.before = this.last;
    this.beforeValue = this.lastValue;
    this.last = v;
    this.lastValue = value;
    return value;
  }
}

/** A row's KR kind; blank means auto. */
export function readKind(v: unknown): KrKind | Problem {
  const text = readWord(v);
  return parseKind(text) ?? { code: 'unknown_kind', text };
}

/**
 * A KR's score from its cells; null for a row with no target (so open-ended ranges like E5:E
 * stay blank below the last KR). A row is a key result when it has a target, or an explicit
 * kind that needs none: a milestone scores 1 when done and 0 otherwise, blank included (not
 * done yet).
 */
export function scoreKrRow(
  current: unknown,
  target: unknown,
  baseline: unknown,
  kind: KrKind | Problem,
  style: () => NumberStyle,
): number | null | Problem {
  if (kind === 'milestone') return krScore(kind, readDone(current) ?? 0, 0, 0);
  const t = readNumber(target, 'target', style);
  if (t === null) return null;
  if (isProblem(kind)) return kind;
  if (isProblem(t)) return t;
  const b = readNumber(baseline, 'baseline', style);
  if (isProblem(b)) return b;
  const c = readNumber(current, 'current', style);
  if (isProblem(c)) return c;
  return krScore(kind, c, t, b ?? 0);
}

/** A KR's weight in its objective: blank is 1, 0 leaves it out, negative is refused. */
export function readWeight(v: unknown, style: () => NumberStyle): number | Problem {
  const w = readNumber(v, 'weight', style);
  if (w === null) return 1;
  if (isProblem(w)) return w;
  return w < 0 ? { code: 'negative_weight' } : w;
}

/** A fraction argument (tolerance, elapsed): blank gives the default; it must lie in 0–1. */
export function readFraction(
  v: unknown,
  arg: 'tolerance' | 'elapsed',
  fallback: number,
  style: () => NumberStyle,
): number | Problem {
  const x = readNumber(v, arg, style);
  if (x === null) return fallback;
  if (isProblem(x)) return x;
  return x >= 0 && x <= 1 ? x : { code: 'not_a_fraction', arg };
}

/** A row's direction; blank is higher-is-better. */
export function readDirection(v: unknown): Direction | Problem {
  const text = readWord(v);
  return parseDirection(text) ?? { code: 'unknown_direction', text };
}

/**
 * A KPI's status from its cells; null for an empty row (no actual, no target), "no data" when
 * only the actual is missing.
 */
export function kpiStatusRow(
  actual: unknown,
  target: unknown,
  direction: Direction | Problem,
  tolerance: unknown,
  elapsed: unknown,
  style: () => NumberStyle,
): Status | null | Problem {
  const a = readNumber(actual, 'actual', style);
  const t = readNumber(target, 'target', style);
  if (a === null && t === null) return null;
  if (isProblem(a)) return a;
  if (isProblem(t)) return t;
  if (a === null) return 'no_data';
  if (t === null) return { code: 'missing', arg: 'target' };
  if (isProblem(direction)) return direction;
  const tol = readFraction(tolerance, 'tolerance', DEFAULT_TOLERANCE, style);
  if (isProblem(tol)) return tol;
  const el = readFraction(elapsed, 'elapsed', 1, style);
  if (isProblem(el)) return el;
  return kpiStatus(a, t, direction, tol, el);
}
