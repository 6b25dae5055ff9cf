/**
 * How Sheets reads a string typed into a cell (or written with setValue/setValues): a formula,
 * an apostrophe-escaped text, a number in the spreadsheet's locale (with %, grouping), a
 * boolean, a date, or else plain text.
 */
import { conventions } from './locale';
import { serialOfDate } from './time';

export type Typed =
  | { kind: 'formula'; text: string }
  | { kind: 'text'; value: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'number'; value: number; format?: string };

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const numberPatterns = new Map<string, RegExp>();

/** Sign, integer part (plain or grouped by thousands), decimals, exponent, percent sign. */
function numberPattern(locale: string): RegExp {
  let re = numberPatterns.get(locale);
  if (!re) {
    const c = conventions(locale);
    const group = `(?:${c.groups.map(escapeRe).join('|')})`;
    const dec = escapeRe(c.decimal);
    re = new RegExp(
      `^([+-]?)(\\d{1,3}(?:${group}\\d{3})+|\\d*)(?:${dec}(\\d*))?(?:[eE]([+-]?\\d+))?\\s*(%?)$`,
    );
    numberPatterns.set(locale, re);
  }
  return re;
}

function parseNumber(text: string, locale: string): { value: number; format?: string } | undefined {
  const m = numberPattern(locale).exec(text.trim());
  if (!m) return undefined;
  const [, sign = '', int = '', frac, exp, percent] = m;
  if (!int && !frac) return undefined;
  const digits = int.replace(/\D/g, '');
  let value = Number(`${sign}${digits || '0'}.${frac ?? ''}e${exp ?? '0'}`);
  if (!Number.isFinite(value)) return undefined;
  const decimals = frac ? frac.length : 0;
  if (percent) {
    value /= 100;
    return { value, format: decimals > 0 ? '0.00%' : '0%' };
  }
  if (digits.length !== int.length) return { value, format: decimals > 0 ? '#,##0.00' : '#,##0' };
  return { value };
}

function parseDate(text: string, locale: string): { value: number; format: string } | undefined {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) return checkedDate(Number(iso[1]), Number(iso[2]), Number(iso[3]), 'yyyy-mm-dd');
  const slash = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (!slash) return undefined;
  const c = conventions(locale);
  const [a, b] = [Number(slash[1]), Number(slash[2])];
  return c.dayFirst
    ? checkedDate(Number(slash[3]), b, a, c.dateFormat)
    : checkedDate(Number(slash[3]), a, b, c.dateFormat);
}

function checkedDate(y: number, m: number, d: number, format: string) {
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) return undefined;
  return { value: serialOfDate(y, m, d), format };
}

export function parseTyped(input: string, locale: string): Typed {
  if (input.startsWith('=') && input.length > 1) return { kind: 'formula', text: input };
  if (input.startsWith("'")) return { kind: 'text', value: input.slice(1) };
  const c = conventions(locale);
  const upper = input.trim().toUpperCase();
  if (upper === 'TRUE' || upper === c.trueText) return { kind: 'boolean', value: true };
  if (upper === 'FALSE' || upper === c.falseText) return { kind: 'boolean', value: false };
  const number = parseNumber(input, locale);
  if (number) return { kind: 'number', ...number };
  const date = parseDate(input.trim(), locale);
  if (date) return { kind: 'number', ...date };
  return { kind: 'text', value: input };
}
