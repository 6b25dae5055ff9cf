import { describe, expect, it } from 'vitest';
import { hasNumber, krCountAdvice } from '../../src/core/advice';

describe('the method’s advice', () => {
  it('finds a number in an objective, in any script', () => {
    expect(hasNumber('Reach 10,000 subscribers')).toBe(true);
    expect(hasNumber('Atteindre ١٠ clients')).toBe(true);
    expect(hasNumber('Make our newsletter a must-read')).toBe(false);
  });

  it('wants 3 to 5 key results', () => {
    expect([0, 2, 3, 5, 6].map(krCountAdvice)).toEqual([
      'too_few',
      'too_few',
      'ok',
      'ok',
      'too_many',
    ]);
  });
});
