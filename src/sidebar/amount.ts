import { type NumberStyle, numberStyleOf, parseNumber } from '../core/number';

/**
 * Numbers as people type and read them in the sidebar: in the spreadsheet's locale
 * ("37,5" in fr_FR), with percentages entered as percents but stored as fractions, as the
 * sheet stores a "15 %" cell.
 */

export interface NumberLocale {
  readonly style: NumberStyle;
  readonly format: Intl.NumberFormat;
  /** Scores are read to two decimals, as the sheet's score format shows them. */
  readonly score: Intl.NumberFormat;
  readonly percent: Intl.NumberFormat;
}

export function numberLocale(locale: string): NumberLocale {
  const tag = bcp47(locale);
  return {
    style: numberStyleOf(locale),
    // No grouping: what is shown in a field must read back as the same number.
    format: new Intl.NumberFormat(tag, { maximumFractionDigits: 6, useGrouping: false }),
    score: new Intl.NumberFormat(tag, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
    percent: new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 }),
  };
}

/** "fr_FR" → "fr-FR"; a locale Intl does not know falls back to English. */
function bcp47(locale: string): string {
  const tag = locale.replace(/_/g, '-');
  try {
    return Intl.NumberFormat.supportedLocalesOf(tag).length > 0 ? tag : 'en';
  } catch {
    return 'en';
  }
}

export function isPercent(unit: string): boolean {
  return unit.trim() === '%';
}

/**
 * The number in a field: null when blank, undefined when the text is not a number. With the
 * unit "%", "15" and "15 %" both mean 0.15.
 */
export function readAmount(text: string, unit: string, loc: NumberLocale): number | null | undefined {
  const t = text.trim();
  if (t === '') return null;
  const n = parseNumber(t, loc.style);
  if (n === null) return undefined;
  return isPercent(unit) && !t.endsWith('%') ? n / 100 : n;
}

/** A number as a field shows it, ready to be read back by readAmount. */
export function fieldAmount(value: number | null, unit: string, loc: NumberLocale): string {
  if (value === null) return '';
  return loc.format.format(isPercent(unit) ? value * 100 : value);
}

/** A number with its unit, for reading: "20 %", "750 leads", "37,5 €". */
export function showAmount(value: number, unit: string, loc: NumberLocale): string {
  const u = unit.trim();
  return u === '' ? fieldAmount(value, u, loc) : `${fieldAmount(value, u, loc)} ${u}`;
}
