import type { Problem } from './problem';
import { roundScore } from './round';

/**
 * The objective's score: the weighted mean of its KRs' scores (Google's convention).
 * A weight of 0 leaves a KR out; blank weights are read as 1 before they get here.
 */
export class WeightedMean {
  private sum = 0;
  private weights = 0;

  /**
   * Adds one KR; a negative weight is refused, and so is one that takes the total weight past
   * the largest number (1e308 twice would make the mean Infinity / Infinity). Nothing is added
   * then. Scores lie in 0–1, so the weighted sum never outgrows the weights.
   */
  add(score: number, weight: number): Problem | undefined {
    if (weight < 0) return { code: 'negative_weight' };
    if (!Number.isFinite(this.weights + weight)) return { code: 'not_finite', arg: 'weight' };
    if (weight > 0) {
      this.sum += score * weight;
      this.weights += weight;
    }
    return undefined;
  }

  /** The mean, or null when no KR counts (nothing to score yet). */
  result(): number | null {
    return this.weights > 0 ? roundScore(this.sum / this.weights) : null;
  }
}
