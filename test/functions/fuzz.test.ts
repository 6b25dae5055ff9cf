import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type FunctionEnv,
  kpiStatus,
  krProgress,
  okrScore,
  periodElapsed,
} from '../../src/functions/custom-functions';

/**
 * Arbitrary values in every shape Sheets can pass (and some it cannot): no input may make a
 * function throw anything but its own, named message.
 */
const scalar = fc.oneof(
  fc.double(),
  fc.constantFrom(
    0,
    -0,
    1,
    1e308,
    -1e308,
    5e-324,
    Number.MAX_SAFE_INTEGER,
    Number.NaN,
    Infinity,
    -Infinity,
  ),
  fc.string(),
  fc.constantFrom(
    '',
    ' ',
    '15,5',
    '1 000',
    '15 %',
    '37,50 €',
    'done',
    'TRUE',
    'milestone',
    'au moins',
    'lower',
    'fr',
    '=1+1',
    '<b>x</b>',
  ),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.constantFrom(null, undefined),
);
const grid = fc.array(fc.array(scalar, { maxLength: 4 }), { maxLength: 6 });
const value = fc.oneof(
  scalar,
  grid,
  fc.constantFrom([], [[]], [[1, 2], [3]], { a: 1 }, Object.create(null)),
);

const env: FunctionEnv = { readLocale: () => 'fr_FR', now: () => new Date('2026-08-15') };

function check(name: string, call: () => unknown): boolean {
  try {
    const out = call();
    const cells = Array.isArray(out) ? out.flat() : [out];
    return cells.every(
      (c) => typeof c === 'string' || (typeof c === 'number' && Number.isFinite(c)),
    );
  } catch (e) {
    // Only the function's own errors, which name it and explain the problem.
    return (
      e instanceof Error &&
      e.message.startsWith(`${name}:`) &&
      !/undefined|TypeError/.test(e.message)
    );
  }
}

describe('fuzzing with arbitrary Sheets values', () => {
  const runs = { numRuns: 3000 };

  it('KR_PROGRESS', () => {
    fc.assert(
      fc.property(value, value, value, value, (a, b, c, d) =>
        check('KR_PROGRESS', () => krProgress(env, a, b, c, d)),
      ),
      runs,
    );
  });
  it('OKR_SCORE', () => {
    fc.assert(
      fc.property(value, value, value, value, value, (a, b, c, d, e) =>
        check('OKR_SCORE', () => okrScore(env, a, b, c, d, e)),
      ),
      runs,
    );
  });
  it('KPI_STATUS', () => {
    fc.assert(
      fc.property(value, value, value, value, value, value, (a, b, c, d, e, f) =>
        check('KPI_STATUS', () => kpiStatus(env, a, b, c, d, e, f)),
      ),
      runs,
    );
  });
  it('PERIOD_ELAPSED', () => {
    fc.assert(
      fc.property(value, value, value, (a, b, c) =>
        check('PERIOD_ELAPSED', () => periodElapsed(env, a, b, c)),
      ),
      runs,
    );
  });
  it('KR scores stay within 0–1', () => {
    fc.assert(
      fc.property(grid, grid, grid, (a, b, c) => {
        try {
          const out = krProgress(env, a, b, c, '');
          return (Array.isArray(out) ? out.flat() : [out]).every(
            (x) => typeof x === 'string' || (x >= 0 && x <= 1),
          );
        } catch {
          return true;
        }
      }),
      runs,
    );
    expect(true).toBe(true);
  });
});
