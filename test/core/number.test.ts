import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberStyleOf, parseNumber } from '../../src/core/number';

const fr = numberStyleOf('fr_FR');
const en = numberStyleOf('en_US');
const de = numberStyleOf('de_DE');

describe('parseNumber', () => {
  it('reads French numbers', () => {
    expect(parseNumber('15,5', fr)).toBe(15.5);
    expect(parseNumber('1 000', fr)).toBe(1000);
    expect(parseNumber('1\u202f000,25', fr)).toBe(1000.25);
    expect(parseNumber('15 %', fr)).toBeCloseTo(0.15, 12);
    expect(parseNumber('37,50 €', fr)).toBe(37.5);
    expect(parseNumber('−3', fr)).toBe(-3);
    expect(parseNumber('1.5', fr)).toBe(1.5);
  });

  it('reads English numbers', () => {
    expect(parseNumber('15.5', en)).toBe(15.5);
    expect(parseNumber('1,000', en)).toBe(1000);
    expect(parseNumber('$1,200.50', en)).toBe(1200.5);
    expect(parseNumber('20%', en)).toBe(0.2);
    expect(parseNumber('+20', en)).toBe(20);
    expect(parseNumber('1e3', en)).toBe(1000);
  });

  it('reads German grouping', () => {
    expect(parseNumber('1.234,5', de)).toBe(1234.5);
  });

  it('refuses what is not a number in the locale', () => {
    for (const s of ['', 'abc', '1,5', '1,00,0', '12abc', '--3', '%', '€'])
      expect(parseNumber(s, en)).toBeNull();
    expect(parseNumber('1,2,3', fr)).toBeNull();
  });

  it('round-trips any number written in either style', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (x) => {
        const n = Math.round(x * 100) / 100;
        const enText = n.toFixed(2);
        const frText = enText.replace('.', ',');
        return (
          parseNumber(enText, en) === Number(enText) && parseNumber(frText, fr) === Number(enText)
        );
      }),
    );
  });
});
