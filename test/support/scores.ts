import { WeightedMean } from '../../src/core/objective';
import type { Problem } from '../../src/core/problem';

/**
 * The objective score of a list of (score, weight) pairs, by the core's WeightedMean: the
 * expected value tests and the fake sidebar server compare the product's scores with.
 */
export function objectiveScore(
  krs: Iterable<{ readonly score: number; readonly weight: number }>,
): number | null | Problem {
  const mean = new WeightedMean();
  for (const kr of krs) {
    const problem = mean.add(kr.score, kr.weight);
    if (problem) return problem;
  }
  return mean.result();
}
