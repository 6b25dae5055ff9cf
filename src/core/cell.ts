import { isDoneWord } from './kind';
import { type NumberStyle, parseNumber } from './number';
import type { ArgName, Problem } from './problem';

// Built-ins used per row are bound once: in a script's global scope (Apps Script's, node:vm's)
// looking a global up costs far more than reading a local, and a column is 100,000 lookups.
const { isFinite: finite } = Number;
const { toString: objectTag } = Object.prototype;

/**
 * Reading one spreadsheet value, in the shapes Sheets hands to custom functions and to
 * Range.getValues: numbers, strings ("" for a blank), booleans and Dates. Anything else
 * (undefined for an omitted argument, stray objects from a fuzzer) is handled, never thrown on.
 */

/** Dates may come from another realm (the emulation's vm), so `instanceof` is not enough. */
export function isDate(v: unknown): v is Date {
  return objectTag.call(v) === '[object Date]';
}

/** A blank cell: "" (or only spaces), or an argument that was left out. */
export function isBlank(v: unknown): boolean {
  return v === '' || v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
}

/**
 * A number, null for a blank, or a Problem. TRUE and FALSE count as 1 and 0, as in Sheets'
 * arithmetic; text is read in the spreadsheet's number style, asked for only when needed.
 */
export function readNumber(
  v: unknown,
  arg: ArgName,
  style: () => NumberStyle,
): number | null | Problem {
  if (typeof v === 'number') return finite(v) ? v : { code: 'not_finite', arg };
  if (typeof v === 'string') {
    if (v.trim() === '') return null;
    return parseNumber(v, style()) ?? { code: 'not_a_number', arg, text: v };
  }
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v === undefined || v === null) return null;
  if (isDate(v)) return { code: 'is_date', arg };
  return { code: 'not_a_number', arg, text: describe(v) };
}

/**
 * A milestone's state: 1 when done (TRUE, a number of 1 or more, a done word), 0 when not,
 * null if blank (not done yet: it scores 0 too). Text is done only when it is a done word of
 * the vocabulary, as the native formulas read it.
 */
export function readDone(v: unknown): number | null {
  if (isBlank(v)) return null;
  if (v === true) return 1;
  if (typeof v === 'number') return v >= 1 ? 1 : 0;
  if (typeof v === 'string') return isDoneWord(v) ? 1 : 0;
  return 0;
}

/** The text of a value used as a keyword (a kind, a direction, a language). */
export function readWord(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return v === undefined || v === null ? '' : describe(v);
}

/** A short, safe description of any value, for messages (String() can throw). */
export function describe(v: unknown): string {
  if (Array.isArray(v)) return 'a range';
  try {
    return String(v);
  } catch {
    return typeof v;
  }
}
