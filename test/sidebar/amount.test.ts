import { describe, expect, it } from 'vitest';
import { fieldAmount, numberLocale, readAmount, showAmount } from '../../src/sidebar/amount';

describe('sidebar amounts', () => {
  const en = numberLocale('en_US');
  const fr = numberLocale('fr_FR');

  it('reads numbers the way the sheet’s locale writes them', () => {
    expect(readAmount('1,234.5', '', en)).toBe(1234.5);
    expect(readAmount('1 234,5', '', fr)).toBe(1234.5);
    expect(readAmount('37,50 €', '€', fr)).toBe(37.5);
    expect(readAmount('  ', '', en)).toBeNull();
    expect(readAmount('abc', '', en)).toBeUndefined();
  });

  it('takes percents for the unit "%", with or without the sign, and stores fractions', () => {
    expect(readAmount('15', '%', en)).toBe(0.15);
    expect(readAmount('15 %', '%', fr)).toBe(0.15);
    expect(readAmount('15', '', en)).toBe(15);
  });

  it('shows numbers so that they read back as the same number', () => {
    for (const loc of [en, fr])
      for (const [value, unit] of [
        [0.07, '%'],
        [0.015, '%'],
        [1234.5, ''],
        [37.5, '€'],
        [-3, ''],
        [1e21, ''],
      ] as const)
        expect(readAmount(fieldAmount(value, unit, loc), unit, loc)).toBe(value);
    expect(fieldAmount(0.07, '%', en)).toBe('7');
    expect(fieldAmount(37.5, '€', fr)).toBe('37,5');
    expect(fieldAmount(null, '', en)).toBe('');
  });

  it('writes scores, shares and amounts with units for reading', () => {
    expect(en.score(0.4666666667)).toBe('0.47');
    expect(fr.score(1)).toBe('1,00');
    expect(en.percent(0.45)).toBe('45%');
    expect(fr.percent(0.45)).toBe('45\u00a0%');
    expect(showAmount(0.2, '%', en)).toBe('20 %');
    expect(showAmount(750, 'leads', fr)).toBe('750 leads');
    expect(showAmount(3, ' ', en)).toBe('3');
  });
});
