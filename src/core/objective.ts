import type { Problem } from './problem';
import { roundScore } from './round';

// Bound once: a global lookup per KR is slow where scripts run in a contextified global.
const { floor, log2, min } = Math;

/**
 * The objective's score: the weighted mean of its KRs' scores (Google's convention,
 * docs/method.md#objective-score). A weight of 0 leaves a KR out; blank weights are read as 1
 * before they get here.
 *
 * Any finite, non-negative weights give the exact mean, whatever their scale: the sums are kept
 * in units of a power of two at or below the largest weight so far, so they can neither
 * overflow (two weights of 1e308) nor lose the weights to underflow (5e-324 and 1e-323 weigh 1
 * and 2). A power of two divides exactly, so for everyday weights the result is bit for bit
 * Σ score × weight / Σ weight — the template's SUMIFS quotient.
 */
export class WeightedMean {
  /** The power of two the sums are counted in; 0 until a KR weighs more than 0. */
  private unit = 0;
  /** The largest weight so far: the unit is redrawn only when it is passed. */
  private top = 0;
  /** Σ score × weight / unit. */
  private sum = 0;
  /** Σ weight / unit. */
  private weights = 0;
  /** Whether a KR was added at all, so that "every weight is 0" can be told from "no KR". */
  private scored = false;

  /**
   * Adds one KR (score 0–1). A negative weight, NaN or ±Infinity is refused and nothing is
   * added; any other weight counts, however small or large.
   */
  add(score: number, weight: number): Problem | undefined {
    if (weight < 0) return { code: 'negative_weight' };
    // NaN and ±Infinity are the numbers whose difference with themselves is not 0.
    if (weight - weight !== 0) return { code: 'not_finite', arg: 'weight' };
    this.scored = true;
    if (weight === 0) return undefined;
    if (weight > this.top) {
      this.top = weight;
      const unit = powerOfTwoAtMost(weight);
      if (unit !== this.unit) {
        // Exact, both units being powers of two, unless earlier KRs weigh under 2^-1022 of
        // this one: too little to count then.
        const k = this.unit / unit;
        this.sum *= k;
        this.weights *= k;
        this.unit = unit;
      }
    }
    const share = weight / this.unit;
    this.sum += score * share;
    this.weights += share;
    return undefined;
  }

  /**
   * The mean rounded to 10 decimals; null when no KR was added (nothing to score yet); a
   * Problem when KRs were added but every one weighs 0, as a mean of nothing is no score.
   */
  score(): number | null | Problem {
    if (this.weights > 0) return roundScore(this.sum / this.weights);
    return this.scored ? { code: 'zero_weights' } : null;
  }

  /**
   * The mean, or null when no KR counts (none added, or every weight 0): for a caller that shows
   * a blank there and reports KRs on its own, as the refresh does.
   */
  result(): number | null {
    const score = this.score();
    return typeof score === 'number' ? score : null;
  }
}

/** The largest power of two at or below x (x > 0, finite): 2^-1074 up to 2^1023. */
function powerOfTwoAtMost(x: number): number {
  // log2 rounds: near a power of two it may land one above, and at the top on 1024.
  let p = 2 ** min(1023, floor(log2(x)));
  if (p > x) p /= 2;
  else if (p * 2 <= x) p *= 2;
  return p;
}
