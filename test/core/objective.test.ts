import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WeightedMean } from '../../src/core/objective';
import { isProblem, type Problem } from '../../src/core/problem';
import { roundScore } from '../../src/core/round';

interface Kr {
  readonly score: number;
  readonly weight: number;
}

/** The objective's score of a list of KRs: the first refusal, else the mean (or its absence). */
function meanOf(krs: readonly Kr[]): number | null | Problem {
  const mean = new WeightedMean();
  for (const kr of krs) {
    const problem = mean.add(kr.score, kr.weight);
    if (problem) return problem;
  }
  return mean.score();
}

const score = fc.double({ min: 0, max: 1, noNaN: true });

describe('objective score', () => {
  it('scores 0.6 / 0.4 / 1 with weights 1 / 1 / 2 as 0.75', () => {
    expect(
      meanOf([
        { score: 0.6, weight: 1 },
        { score: 0.4, weight: 1 },
        { score: 1, weight: 2 },
      ]),
    ).toBe(0.75);
  });

  it('leaves out weight-0 KRs, and is blank with no KR', () => {
    expect(
      meanOf([
        { score: 0.2, weight: 0 },
        { score: 0.8, weight: 1 },
      ]),
    ).toBe(0.8);
    expect(meanOf([])).toBeNull();
    expect(new WeightedMean().result()).toBeNull();
  });

  it('refuses a negative weight, NaN and Infinity, and adds nothing then', () => {
    expect(meanOf([{ score: 0.2, weight: -1 }])).toEqual({ code: 'negative_weight' });
    expect(meanOf([{ score: 0.2, weight: -Infinity }])).toEqual({ code: 'negative_weight' });
    for (const weight of [Number.NaN, Infinity])
      expect(meanOf([{ score: 0.2, weight }])).toEqual({ code: 'not_finite', arg: 'weight' });
    const mean = new WeightedMean();
    mean.add(0.5, 1);
    mean.add(1, Number.NaN);
    expect(mean.score()).toBe(0.5);
  });

  it('refuses scored KRs that all weigh 0: a mean of nothing; the refresh’s view is blank', () => {
    const mean = new WeightedMean();
    mean.add(0.4, 0);
    mean.add(0.9, 0);
    expect(mean.score()).toEqual({ code: 'zero_weights' });
    expect(mean.result()).toBeNull();
  });

  it('weighs the smallest weights exactly: 5e-324 counts 1 share, 1e-323 two', () => {
    expect(meanOf([{ score: 0.5, weight: 5e-324 }])).toBe(0.5);
    expect(
      meanOf([
        { score: 1, weight: 5e-324 },
        { score: 0, weight: 0 },
        { score: 0.25, weight: 5e-324 },
      ]),
    ).toBe(0.625);
    // (0.6 × 1 + 0.4 × 2) / 3
    expect(
      meanOf([
        { score: 0.6, weight: 5e-324 },
        { score: 0.4, weight: 1e-323 },
      ]),
    ).toBe(0.4666666667);
  });

  it('takes weights near the largest number without overflowing', () => {
    expect(
      meanOf([
        { score: 1, weight: 1e308 },
        { score: 0.5, weight: 1e308 },
      ]),
    ).toBe(0.75);
    expect(
      meanOf([
        { score: 0, weight: Number.MAX_VALUE },
        { score: 1, weight: Number.MAX_VALUE },
        { score: 1, weight: Number.MAX_VALUE },
      ]),
    ).toBe(0.6666666667);
    // Against a weight of 1e308, a weight of 1 is nothing; against 5e-324 it is everything.
    expect(
      meanOf([
        { score: 0, weight: 1 },
        { score: 1, weight: 1e308 },
      ]),
    ).toBe(1);
    expect(
      meanOf([
        { score: 0, weight: 5e-324 },
        { score: 1, weight: 1 },
      ]),
    ).toBe(1);
  });

  it('is Σ score × weight / Σ weight to the last bit for everyday weights', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ score, weight: fc.double({ min: 1e-3, max: 1e6, noNaN: true }) }), {
          minLength: 1,
        }),
        (krs) => {
          let sum = 0;
          let weights = 0;
          for (const kr of krs) {
            sum += kr.score * kr.weight;
            weights += kr.weight;
          }
          expect(meanOf(krs)).toBe(roundScore(sum / weights));
        },
      ),
    );
  });

  it('is unchanged when every weight is scaled by a power of two, from 2^-1074 to 2^1003', () => {
    // Whole weights up to 2^20 times a power of two are exact doubles, denormal ones included.
    const krs = fc.array(fc.record({ score, weight: fc.integer({ min: 0, max: 2 ** 20 }) }), {
      minLength: 1,
    });
    const exponent = fc.oneof(
      fc.integer({ min: -1074, max: 1003 }),
      fc.constantFrom(-1074, -1060, -1022, 1003),
    );
    fc.assert(
      fc.property(krs, exponent, (list, e) => {
        const k = 2 ** e;
        const scaled = list.map((kr) => ({ score: kr.score, weight: kr.weight * k }));
        expect(meanOf(scaled)).toEqual(meanOf(list));
      }),
    );
  });

  it('is unchanged, to 1e-9, when every weight is scaled by any positive factor', () => {
    const krs = fc.array(
      fc.record({ score, weight: fc.double({ min: 1e-3, max: 1e3, noNaN: true }) }),
      {
        minLength: 1,
      },
    );
    fc.assert(
      fc.property(krs, fc.double({ min: 1e-300, max: 1e300, noNaN: true }), (list, k) => {
        const scaled = list.map((kr) => ({ score: kr.score, weight: kr.weight * k }));
        const a = meanOf(list) as number;
        const b = meanOf(scaled) as number;
        expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9);
      }),
    );
  });

  it('lies between the lowest and highest counted score, in any order', () => {
    const weight = fc.oneof(
      fc.double({ min: 0, max: Number.MAX_VALUE, noNaN: true }),
      fc.constantFrom(0, 5e-324, 1e-323, 1, 1e308, Number.MAX_VALUE),
    );
    fc.assert(
      fc.property(fc.array(fc.record({ score, weight }), { minLength: 1 }), (krs) => {
        const s = meanOf(krs);
        const counted = krs.filter((kr) => kr.weight > 0).map((kr) => kr.score);
        if (counted.length === 0) {
          expect(s).toEqual({ code: 'zero_weights' });
          return;
        }
        if (isProblem(s) || s === null) throw new Error(`no mean for ${JSON.stringify(krs)}`);
        expect(s).toBeGreaterThanOrEqual(roundScore(Math.min(...counted)));
        expect(s).toBeLessThanOrEqual(roundScore(Math.max(...counted)));
        const reversed = meanOf([...krs].reverse()) as number;
        expect(Math.abs(reversed - s)).toBeLessThanOrEqual(1e-9);
      }),
    );
  });
});
