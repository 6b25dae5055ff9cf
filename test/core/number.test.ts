import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localeStyles, numberStyleOf, parseNumber } from '../../src/core/number';

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

  it('reads Indian grouping where it is written, besides the usual one', () => {
    const hi = numberStyleOf('hi_IN');
    expect(parseNumber('12,34,567.5', hi)).toBe(1234567.5);
    expect(parseNumber('1,00,000', hi)).toBe(100000);
    expect(parseNumber('1,234,567', hi)).toBe(1234567);
    expect(parseNumber('12,34,567', en)).toBeNull();
  });

  it('refuses what is not a number in the locale', () => {
    for (const s of ['', 'abc', '1,5', '1,00,0', '12abc', '--3', '%', '€'])
      expect(parseNumber(s, en)).toBeNull();
    expect(parseNumber('1,2,3', fr)).toBeNull();
    // A group is never led by 0: "0.125" is no thousand-grouped 125.
    expect(parseNumber('0.125', de)).toBeNull();
    expect(parseNumber('0.125', fr)).toBe(0.125);
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

describe('each locale reads numbers as its people mean them', () => {
  const texts = ['15,5', '15.5', '1.500', '1,500', '15,5 %', '1 000', '1\u00a0000,5', "1'000"];
  // null: not a number there, or one its people could mean two ways ("1.500" in French).
  const pointDecimal = [null, 15.5, 1.5, 1500, null, 1000, null, 1000];
  const commaDecimal = [15.5, null, 1500, 1.5, 0.155, 1000, 1000.5, 1000];
  const commaSpaces = [15.5, 15.5, null, 1.5, 0.155, 1000, 1000.5, 1000];
  const swiss = [15.5, 15.5, 1.5, null, 0.155, 1000, 1000.5, 1000];
  const expected: Readonly<Record<string, readonly (number | null)[]>> = {
    en_US: pointDecimal,
    en_GB: pointDecimal,
    es_MX: pointDecimal,
    ja_JP: pointDecimal,
    de_DE: commaDecimal,
    es_ES: commaDecimal,
    it_IT: commaDecimal,
    pt_BR: commaDecimal,
    nl_NL: commaDecimal,
    fr_FR: commaSpaces,
    fr_CA: commaSpaces,
    de_CH: swiss,
    it_CH: swiss,
  };
  for (const [locale, numbers] of Object.entries(expected))
    it(locale, () => {
      const style = numberStyleOf(locale);
      expect(texts.map((t) => parseNumber(t, style))).toEqual(numbers);
    });

  it('knows a locale by its code in any case or separator, else by its language, else English', () => {
    expect(numberStyleOf('es-MX')).toBe(numberStyleOf('es_MX'));
    expect(numberStyleOf('FR_ca')).toBe(numberStyleOf('fr_CA'));
    expect(numberStyleOf('es_GQ')).toBe(numberStyleOf('es_ES'));
    expect(numberStyleOf('fr')).toBe(fr);
    expect(numberStyleOf('sr_Latn_RS')).toBe(numberStyleOf('sr_RS'));
    expect(numberStyleOf('xx_YY')).toBe(en);
    expect(numberStyleOf('')).toBe(en);
  });
});

/**
 * The shipped table against CLDR, as Node's Intl knows it (in Latin digits, the only ones read):
 * every code's decimal mark is CLDR's, its group mark is read, and a number Intl writes there
 * reads back as itself. The table is explicit so that it does not depend on the ICU data of
 * Apps Script's runtime; this test is where it is checked.
 */
describe('the locale table agrees with CLDR', () => {
  // CLDR now groups with a space in these; people there still write "1.500 €", read as 1500.
  const POINT_GROUPS_TOO = new Set(['de_at', 'pt_pt']);
  const values = [12345.6, 1234567.25, 1000, 0.5, 999.999];

  for (const [code, style] of localeStyles())
    it(code, () => {
      const format = new Intl.NumberFormat(`${code.replace(/_/g, '-')}-u-nu-latn`, {
        maximumFractionDigits: 6,
      });
      const parts = format.formatToParts(12345.6);
      const decimal = parts.find((p) => p.type === 'decimal')?.value;
      const group = parts.find((p) => p.type === 'group')?.value ?? '';
      expect(style.decimal).toBe(decimal);
      if (group === '.' || group === ',') expect(style.group).toBe(group);
      else expect(style.group).toBe(POINT_GROUPS_TOO.has(code) ? '.' : null);
      // Narrow no-break, no-break and plain spaces, and apostrophes, are all read as groups.
      for (const x of values) expect(parseNumber(format.format(x), style)).toBe(x);
      expect(style.lakh).toBe(/\d,\d\d,\d{3}/.test(format.format(1234567)));
    });
});
