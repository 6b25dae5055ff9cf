import { type NumberStyle, numberStyleOf, parseNumber } from '../core/number';

/**
 * Numbers as people type and read them in the sidebar: in the spreadsheet's locale
 * ("37,5" in fr_FR), with percentages entered as percents but stored as fractions, as the
 * sheet stores a "15 %" cell.
 */

/**
 * How numbers are written for one locale. Written by hand rather than with Intl: the first
 * Intl call loads ICU's locale data, which costs tens of milliseconds before the sidebar can
 * show anything, and only the decimal mark matters here.
 */
export interface NumberLocale {
  readonly style: NumberStyle;
  /** A number as a field shows it: no grouping, so it reads back as the same number. */
  number(x: number): string;
  /** Scores are read to two decimals, as the sheet's score format shows them. */
  score(x: number): string;
  /** A share (0.45) as a whole percent ("45%", "45 %" where a comma marks decimals). */
  percent(x: number): string;
  /** Digits with the percent sign after them, as `percent` writes it: "52,5" → "52,5 %". */
  percentSign(digits: string): string;
}

export function numberLocale(locale: string): NumberLocale {
  const style = numberStyleOf(locale);
  const mark = (text: string): string => (style.decimal === '.' ? text : text.replace('.', ','));
  const percentSign = (digits: string): string =>
    `${digits}${style.decimal === '.' ? '' : '\u00a0'}%`;
  return {
    style,
    // Six decimals at most: binary noise (0.07 × 100 = 7.000000000000001) never shows.
    number: (x) => mark(String(Math.abs(x) < 1e15 ? Math.round(x * 1e6) / 1e6 : x)),
    score: (x) => mark(x.toFixed(2)),
    percent: (x) => percentSign(String(Math.round(x * 100))),
    percentSign,
  };
}

export function isPercent(unit: string): boolean {
  return unit.trim() === '%';
}

/**
 * The number in a field: null when blank, undefined when the text is not a number. With the
 * unit "%", "15" and "15 %" both mean 0.15.
 */
export function readAmount(
  text: string,
  unit: string,
  loc: NumberLocale,
): number | null | undefined {
  const t = text.trim();
  if (t === '') return null;
  const n = parseNumber(t, loc.style);
  if (n === null) return undefined;
  return isPercent(unit) && !t.endsWith('%') ? n / 100 : n;
}

/** A number as a field shows it, ready to be read back by readAmount. */
export function fieldAmount(value: number | null, unit: string, loc: NumberLocale): string {
  if (value === null) return '';
  return loc.number(isPercent(unit) ? value * 100 : value);
}

/**
 * A number as a field shows it where no label names its unit: a percentage carries its sign
 * ("52 %"), which readAmount reads back as the same fraction.
 */
export function signedAmount(value: number | null, unit: string, loc: NumberLocale): string {
  const text = fieldAmount(value, unit, loc);
  return value !== null && isPercent(unit) ? loc.percentSign(text) : text;
}

/** A number with its unit, for reading: "20 %", "750 leads", "37,5 €". */
export function showAmount(value: number, unit: string, loc: NumberLocale): string {
  const u = unit.trim();
  return u === '' ? fieldAmount(value, u, loc) : `${fieldAmount(value, u, loc)} ${u}`;
}
