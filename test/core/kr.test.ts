import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseKind } from '../../src/core/kind';
import { krScore } from '../../src/core/kr';
import { isProblem } from '../../src/core/problem';

describe('krScore — the worked cases of the method', () => {
  it('conversion rate 15 % → 20 % scores 0.6 at 18 %', () => {
    expect(krScore('auto', 0.18, 0.2, 0.15)).toBe(0.6);
    expect(krScore('increase', 0.18, 0.2, 0.15)).toBe(0.6);
  });

  it('cost per lead 50 → 37.5 scores 0.4 at 45, never inverted', () => {
    expect(krScore('auto', 45, 37.5, 50)).toBe(0.4);
    expect(krScore('decrease', 45, 37.5, 50)).toBe(0.4);
    // Getting worse than the baseline is 0, beating the target is 1.
    expect(krScore('decrease', 55, 37.5, 50)).toBe(0);
    expect(krScore('decrease', 30, 37.5, 50)).toBe(1);
  });

  it('600 → 750 leads, "+20 %" and "double" are linear from the baseline', () => {
    expect(krScore('auto', 675, 750, 600)).toBe(0.5);
    expect(krScore('auto', 110, 120, 100)).toBe(0.5);
    expect(krScore('auto', 150, 200, 100)).toBe(0.5);
  });

  it('counts from zero when the baseline is left at 0', () => {
    expect(krScore('auto', 2, 5, 0)).toBe(0.4);
    expect(krScore('auto', 120, 100, 0)).toBe(1);
  });

  it('guardrails score 1 when met, the bound included, else 0', () => {
    expect(krScore('at_least', 0.5, 0.5, 0)).toBe(1);
    expect(krScore('at_least', 0.49, 0.5, 0)).toBe(0);
    expect(krScore('at_most', 10, 10, 0)).toBe(1);
    expect(krScore('at_most', 10.01, 10, 0)).toBe(0);
  });

  it('a milestone is 1 when done and 0 when not', () => {
    expect(krScore('milestone', 1, 0, 0)).toBe(1);
    expect(krScore('milestone', 0, 0, 0)).toBe(0);
    expect(krScore('milestone', null, 0, 0)).toBe(0);
  });

  it('a KR not measured yet scores 0', () => {
    expect(krScore('auto', null, 20, 10)).toBe(0);
    expect(krScore('at_least', null, 20, 10)).toBe(0);
  });

  it('refuses a target equal to the baseline, and a target on the wrong side', () => {
    expect(krScore('auto', 3, 5, 5)).toEqual({ code: 'target_equals_baseline' });
    expect(krScore('increase', 3, 5, 5)).toEqual({ code: 'target_equals_baseline' });
    expect(krScore('increase', 3, 4, 5)).toEqual({ code: 'wrong_side', kind: 'increase' });
    expect(krScore('decrease', 3, 6, 5)).toEqual({ code: 'wrong_side', kind: 'decrease' });
  });

  it('huge spans do not overflow', () => {
    expect(krScore('auto', 0, 1e308, -1e308)).toBeCloseTo(0.5, 9);
  });
});

describe('krScore — properties', () => {
  const finite = fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true });

  it('is always within [0, 1] or a problem', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          'auto',
          'increase',
          'decrease',
          'at_least',
          'at_most',
          'milestone' as const,
        ),
        finite,
        finite,
        finite,
        (k, c, t, b) => {
          const s = krScore(k, c, t, b);
          return isProblem(s) || (s >= 0 && s <= 1);
        },
      ),
    );
  });

  it('mirrors: a decrease scores as the increase it reflects (never inverted)', () => {
    fc.assert(
      fc.property(finite, finite, finite, (c, t, b) => {
        fc.pre(t !== b);
        const down = krScore('auto', -c, -t, -b);
        const up = krScore('auto', c, t, b);
        return !isProblem(up) && !isProblem(down) && Math.abs(up - down) < 1e-9;
      }),
    );
  });

  it('is monotonic in the current value, in the direction of the target', () => {
    fc.assert(
      fc.property(finite, finite, finite, finite, (c1, c2, t, b) => {
        fc.pre(t !== b);
        const [lo, hi] = c1 <= c2 ? [c1, c2] : [c2, c1];
        const a = krScore('auto', lo, t, b) as number;
        const z = krScore('auto', hi, t, b) as number;
        return t > b ? a <= z : a >= z;
      }),
    );
  });
});

describe('kind aliases', () => {
  it('reads English and French words, case- and accent-insensitively', () => {
    expect(parseKind('Increase')).toBe('increase');
    expect(parseKind('AUGMENTER')).toBe('increase');
    expect(parseKind('réduire')).toBe('decrease');
    expect(parseKind('Reduire')).toBe('decrease');
    expect(parseKind('diminuer')).toBe('decrease');
    expect(parseKind('at least')).toBe('at_least');
    expect(parseKind('Au moins')).toBe('at_least');
    expect(parseKind('au plus')).toBe('at_most');
    expect(parseKind('at most')).toBe('at_most');
    expect(parseKind('Jalon')).toBe('milestone');
    expect(parseKind('milestone')).toBe('milestone');
    expect(parseKind('')).toBe('auto');
    expect(parseKind('sideways')).toBeNull();
  });
});
