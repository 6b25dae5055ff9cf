import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextPeriod, PERIODS, periodAround, periodKind, periodLabel } from '../../src/core/period';
import {
  byOwner,
  distribution,
  finalScore,
  objectiveGrade,
  readingOf,
  sweetSpotShare,
} from '../../src/core/review';

describe('grading a closed period', () => {
  it('reads grades as the method does, at each bound', () => {
    expect([1, 0.99, 0.71, 0.7, 0.6, 0.59, 0.31, 0.3, 0].map(readingOf)).toEqual([
      'aim_higher',
      'delivered',
      'delivered',
      'sweet_spot',
      'sweet_spot',
      'progress',
      'progress',
      'unrealistic',
      'unrealistic',
    ]);
  });

  it('takes the override over the computed score, and grades with the weights', () => {
    expect(finalScore(0.4, null)).toBe(0.4);
    expect(finalScore(0.4, 0.8)).toBe(0.8);
    expect(finalScore(null, 0)).toBe(0);
    const grade = objectiveGrade([
      { owner: 'a', final: 1, weight: 3 },
      { owner: 'b', final: 0.2, weight: 1 },
      { owner: 'c', final: null, weight: 5 },
    ]);
    expect(grade).toBe(0.8);
    expect(objectiveGrade([{ owner: '', final: null, weight: 1 }])).toBeNull();
  });

  it('counts grades by tenth, the sweet spot share, and each owner', () => {
    expect(distribution([0, 0.04, 0.05, 0.66, 1, null])).toEqual([2, 1, 0, 0, 0, 0, 0, 1, 0, 0, 1]);
    expect(sweetSpotShare([0.6, 0.7, 0.704, 0.71, null])).toBe(0.75);
    expect(sweetSpotShare([null])).toBeNull();
    expect(
      byOwner([
        { owner: 'Ana', final: 1, weight: 1 },
        { owner: ' Ana ', final: 0.5, weight: 2 },
        { owner: 'Ben', final: null, weight: 1 },
        { owner: '', final: 0.3, weight: 1 },
      ]),
    ).toEqual([{ owner: 'Ana', krs: 2, perfect: 1, average: 0.75 }]);
  });

  it('puts every grade in exactly one tenth', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.double({ min: 0, max: 1, noNaN: true }))), (grades) => {
        const bins = distribution(grades);
        expect(bins.reduce((a, b) => a + b, 0)).toBe(grades.filter((g) => g !== null).length);
      }),
    );
  });
});

describe('periods, named and followed', () => {
  const d = (year: number, month: number, day: number) => ({ year, month, day });

  it('names calendar periods in each language and other spans by their dates', () => {
    expect(periodLabel(d(2026, 9, 1), d(2026, 11, 31), 'en')).toBe('2026 Q4');
    expect(periodLabel(d(2026, 9, 1), d(2026, 11, 31), 'fr')).toBe('2026 T4');
    expect(periodLabel(d(2026, 0, 1), d(2026, 5, 30), 'fr')).toBe('2026 S1');
    expect(periodLabel(d(2026, 0, 1), d(2026, 11, 31), 'en')).toBe('2026');
    expect(periodLabel(d(2026, 10, 1), d(2026, 10, 30), 'en')).toBe('2026-11');
    expect(periodLabel(d(2026, 0, 5), d(2026, 2, 27), 'en')).toBe('2026-01-05 – 2026-03-27');
  });

  it('follows a quarter with the next one, across the year', () => {
    expect(nextPeriod(d(2026, 9, 1), d(2026, 11, 31))).toEqual({
      start: d(2027, 0, 1),
      end: d(2027, 2, 31),
    });
    // Other dates: as many days, from the day after.
    expect(nextPeriod(d(2026, 0, 5), d(2026, 0, 18))).toEqual({
      start: d(2026, 0, 19),
      end: d(2026, 1, 1),
    });
  });

  it('follows every calendar period with the next of its kind, day after day', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PERIODS),
        fc.integer({ min: 1990, max: 2100 }),
        fc.integer({ min: 0, max: 11 }),
        (kind, year, month) => {
          const p = periodAround(kind, year, month);
          const next = nextPeriod(p.start, p.end);
          expect(periodKind(next.start, next.end)).toBe(kind);
          const dayAfter = new Date(Date.UTC(p.end.year, p.end.month, p.end.day + 1));
          expect(Date.UTC(next.start.year, next.start.month, next.start.day)).toBe(
            dayAfter.getTime(),
          );
        },
      ),
    );
  });
});
