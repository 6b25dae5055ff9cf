import { WeightedMean } from './objective';
import { roundScore } from './round';

/**
 * Grading at the end of a period (docs/method.md#closing-a-period): each key result's final
 * score is the computed one unless its owner overrides it (with a reason); each objective's
 * grade is the weighted mean of its KRs' final scores, read as the method reads grades.
 */

/**
 * How the method reads a grade, from the top: 1.0 (aim higher next time), above 0.7
 * (delivered), 0.6–0.7 (the sweet spot of an ambitious OKR), above 0.3 (progress short of the
 * goal), 0.3 and below (likely unrealistic).
 */
export type Reading = 'aim_higher' | 'delivered' | 'sweet_spot' | 'progress' | 'unrealistic';

/** The sweet spot's bounds, both included: 0.6–0.7 counts as accomplished. */
export const SWEET_SPOT = { from: 0.6, to: 0.7 } as const;

export function readingOf(grade: number): Reading {
  if (grade >= 1) return 'aim_higher';
  if (grade > SWEET_SPOT.to) return 'delivered';
  if (grade >= SWEET_SPOT.from) return 'sweet_spot';
  return grade > 0.3 ? 'progress' : 'unrealistic';
}

/** The score a closed KR counts: the owner's override, else the computed one. */
export function finalScore(computed: number | null, override: number | null): number | null {
  return override ?? computed;
}

/** A KR as graded: its final score and its weight (a blank weight was read as 1). */
export interface GradedKr {
  readonly owner: string;
  readonly final: number | null;
  readonly weight: number;
}

/**
 * An objective's grade: the weighted mean of its KRs' final scores (KRs without one are left
 * out, as a blank row is); null when none counts.
 */
export function objectiveGrade(krs: readonly GradedKr[]): number | null {
  const mean = new WeightedMean();
  for (const k of krs) if (k.final !== null) mean.add(k.final, k.weight);
  return mean.result();
}

/** The distribution's bins: grades rounded to a tenth, 0.0 to 1.0. */
export const TENTHS = 11;

/** How many grades fall in each tenth (0.0, 0.1 … 1.0), rounding to the nearest tenth. */
export function distribution(grades: readonly (number | null)[]): number[] {
  const bins = new Array<number>(TENTHS).fill(0);
  for (const g of grades) {
    if (g === null) continue;
    const i = Math.round(Math.min(1, Math.max(0, g)) * 10);
    bins[i] = (bins[i] ?? 0) + 1;
  }
  return bins;
}

/** The share of graded objectives in the sweet spot (0.6–0.7, by the 2-decimal grade shown). */
export function sweetSpotShare(grades: readonly (number | null)[]): number | null {
  const graded = grades.filter((g): g is number => g !== null);
  if (graded.length === 0) return null;
  const inSpot = graded.filter((g) => {
    const shown = Math.round(g * 100) / 100;
    return shown >= SWEET_SPOT.from && shown <= SWEET_SPOT.to;
  });
  return roundScore(inSpot.length / graded.length);
}

export interface OwnerSummary {
  readonly owner: string;
  /** Their KRs with a final score, and how many of those are at 1.0. */
  readonly krs: number;
  readonly perfect: number;
  /** The plain mean of their KRs' final scores. */
  readonly average: number;
}

/** Per owner (in order of first appearance), from the KRs graded; KRs without owner left out. */
export function byOwner(krs: readonly GradedKr[]): OwnerSummary[] {
  const owners = new Map<string, { krs: number; perfect: number; sum: number }>();
  for (const k of krs) {
    const owner = k.owner.trim();
    if (owner === '' || k.final === null) continue;
    const o = owners.get(owner) ?? { krs: 0, perfect: 0, sum: 0 };
    owners.set(owner, {
      krs: o.krs + 1,
      perfect: o.perfect + (k.final >= 1 ? 1 : 0),
      sum: o.sum + k.final,
    });
  }
  return [...owners].map(([owner, o]) => ({
    owner,
    krs: o.krs,
    perfect: o.perfect,
    average: roundScore(o.sum / o.krs),
  }));
}
