import type { KrKind } from './kind';
import type { Problem } from './problem';
import { roundScore } from './round';

// Bound once: a global lookup per row is slow where scripts run in a contextified global.
const { isFinite: finite } = Number;

/**
 * A key result's score, 0–1 (docs/method.md#key-result-score).
 * `current` is null when the KR is not measured yet (it then scores 0); for a milestone it is
 * 1 when done and 0 when not (see cell.ts for how a cell says so).
 */
export function krScore(
  kind: KrKind,
  current: number | null,
  target: number,
  baseline: number,
): number | Problem {
  switch (kind) {
    case 'milestone':
      return current !== null && current >= 1 ? 1 : 0;
    case 'at_least':
      return current !== null && current >= target ? 1 : 0;
    case 'at_most':
      return current !== null && current <= target ? 1 : 0;
    case 'increase':
      if (target < baseline) return { code: 'wrong_side', kind: 'increase' };
      break;
    case 'decrease':
      if (target > baseline) return { code: 'wrong_side', kind: 'decrease' };
      break;
    case 'auto':
      break;
  }
  if (target === baseline) return { code: 'target_equals_baseline' };
  if (current === null) return 0;
  return roundScore(linearProgress(current, target, baseline));
}

/**
 * (current − baseline) / (target − baseline), clamped to [0, 1] (target ≠ baseline). Written
 * with comparisons first so that a decrease is never inverted and huge inputs never overflow
 * to NaN. The period's elapsed share is the same line, from its start to its end.
 */
export function linearProgress(current: number, target: number, baseline: number): number {
  const up = target > baseline;
  if (up ? current >= target : current <= target) return 1;
  if (up ? current <= baseline : current >= baseline) return 0;
  const span = target - baseline;
  if (finite(span)) return (current - baseline) / span;
  // |target − baseline| overflowed: scale everything down before subtracting.
  const s = Math.max(Math.abs(target), Math.abs(baseline));
  return (current / s - baseline / s) / (target / s - baseline / s);
}
