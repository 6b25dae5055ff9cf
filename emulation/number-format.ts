/**
 * Sheets number formats: whether a format shows a date (so getValues returns a Date), and the
 * text getDisplayValues shows. Covers the formats a template uses (general, fixed decimals,
 * grouping, percent, currency literals, dates and times, sections); exotic features (fractions,
 * conditions in brackets, repeat fill) are approximated.
 */
import { conventions } from './locale';
import { wallOfSerial } from './time';

/** What getNumberFormat returns for a cell nobody formatted. */
export const GENERAL_FORMAT = '0.###############';
export const DATE_TIME_FORMAT = 'M/d/yyyy H:mm:ss';

/** The format with its literal parts (quotes, escapes, brackets) removed. */
function skeleton(format: string): string {
  return format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/_./g, '');
}

export function isDateFormat(format: string | undefined): boolean {
  if (!format || format === GENERAL_FORMAT) return false;
  return /[dyhsm]|am\/pm|a\/p/i.test(skeleton(format).replace(/General/gi, ''));
}

/** Plain text ("@"): what is typed stays text, formulas included. */
export function isTextFormat(format: string | undefined): boolean {
  return format !== undefined && skeleton(format).trim() === '@';
}

function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i] ?? '';
    if (ch === '"') quoted = !quoted;
    if (ch === '\\' && !quoted) {
      current += ch + (format[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === ';' && !quoted) {
      sections.push(current);
      current = '';
    } else current += ch;
  }
  sections.push(current);
  return sections;
}

export function formatGeneral(value: number, locale: string): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  const abs = Math.abs(value);
  const text =
    abs !== 0 && (abs >= 1e15 || abs < 1e-9)
      ? value
          .toExponential(5)
          .replace(/\.?0+e/, 'E')
          .replace('E+', 'E+')
      : String(Number(value.toPrecision(10)));
  return text.replace('.', conventions(locale).decimal);
}

/** Literal text of a format fragment (quotes, escapes, currency brackets, padding). */
function literal(fragment: string): string {
  return fragment
    .replace(/"([^"]*)"/g, '$1')
    .replace(/\[\$([^\]-]*)[^\]]*\]/g, '$1')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/_./g, ' ')
    .replace(/\*./g, '')
    .replace(/\\(.)/g, '$1');
}

function formatNumberSection(value: number, section: string, locale: string): string {
  const c = conventions(locale);
  const core = /[0#?][0#?,.\s]*|\.[0#?]+/.exec(
    section.replace(/"[^"]*"/g, (q) => '\u0000'.repeat(q.length)),
  );
  if (!core) return literal(section);
  const prefix = literal(section.slice(0, core.index));
  const suffix = literal(section.slice(core.index + core[0].length));
  const pattern = core[0].trimEnd();
  const percents = (section.replace(/"[^"]*"/g, '').match(/%/g) ?? []).length;
  const scaled = value * 100 ** percents;
  const [intPattern = '', fracPattern = ''] = pattern.split('.');
  const minDecimals = (fracPattern.match(/0/g) ?? []).length;
  const maxDecimals = (fracPattern.match(/[0#?]/g) ?? []).length;
  let text = Math.abs(scaled).toFixed(maxDecimals);
  let [int = '0', frac = ''] = text.split('.');
  while (frac.length > minDecimals && frac.endsWith('0')) frac = frac.slice(0, -1);
  const minInt = (intPattern.match(/0/g) ?? []).length;
  if (int === '0' && minInt === 0) int = '';
  int = int.padStart(minInt, '0');
  if (intPattern.includes(',')) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, c.groups[0] ?? ',');
  text = frac ? `${int}${c.decimal}${frac}` : int;
  return `${prefix}${text}${suffix}`;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function formatDateSection(serial: number, section: string, locale: string): string {
  const c = conventions(locale);
  const w = wallOfSerial(serial);
  const hasAmPm = /am\/pm|a\/p/i.test(section);
  const tokens = section.match(/"[^"]*"|\\.|\[[^\]]*\]|am\/pm|a\/p|y+|m+|d+|h+|s+|\.0+|./gi) ?? [];
  let out = '';
  let lastWasHour = false;
  tokens.forEach((token, i) => {
    const lower = token.toLowerCase();
    const ch = lower[0];
    if (token.startsWith('"') || token.startsWith('\\') || token.startsWith('[')) {
      out += literal(token);
      return;
    }
    if (ch === 'y') out += lower.length <= 2 ? pad(w.year % 100, 2) : String(w.year);
    else if (ch === 'm') {
      // "m" means minutes right after hours or right before seconds, months otherwise.
      const next = tokens.slice(i + 1).find((t) => /^[a-z]/i.test(t));
      const minute = lower.length <= 2 && (lastWasHour || next?.toLowerCase().startsWith('s'));
      if (minute) out += lower.length === 2 ? pad(w.minute, 2) : String(w.minute);
      else if (lower.length >= 4) out += c.months[w.month - 1] ?? '';
      else if (lower.length === 3) out += (c.months[w.month - 1] ?? '').slice(0, 3);
      else out += lower.length === 2 ? pad(w.month, 2) : String(w.month);
    } else if (ch === 'd') {
      if (lower.length >= 4) out += c.weekdays[w.weekday] ?? '';
      else if (lower.length === 3) out += (c.weekdays[w.weekday] ?? '').slice(0, 3);
      else out += lower.length === 2 ? pad(w.day, 2) : String(w.day);
    } else if (ch === 'h') {
      const hour = hasAmPm ? ((w.hour + 11) % 12) + 1 : w.hour;
      out += lower.length >= 2 ? pad(hour, 2) : String(hour);
    } else if (ch === 's') out += lower.length >= 2 ? pad(w.second, 2) : String(w.second);
    else if (lower === 'am/pm') out += w.hour < 12 ? 'AM' : 'PM';
    else if (lower === 'a/p') out += w.hour < 12 ? 'A' : 'P';
    else if (lower.startsWith('.0')) out += `.${pad(w.millisecond, 3).slice(0, lower.length - 1)}`;
    else out += token;
    if (/^[a-z]/i.test(token)) lastWasHour = ch === 'h';
  });
  return out;
}

/** The text Sheets shows for a value under a number format. */
export function formatValue(value: unknown, format: string | undefined, locale: string): string {
  if (value === '' || value === null || value === undefined) return '';
  if (typeof value === 'boolean') {
    const c = conventions(locale);
    return value ? c.trueText : c.falseText;
  }
  if (typeof value === 'string') {
    const sections = format ? splitSections(format) : [];
    const textSection = sections[3];
    return textSection === undefined ? value : literal(textSection.replace('@', value));
  }
  if (typeof value !== 'number') return String(value);
  if (!format || format === GENERAL_FORMAT || /^general$/i.test(format) || isTextFormat(format))
    return formatGeneral(value, locale);
  const sections = splitSections(format);
  let section = sections[0] ?? '';
  let shown = value;
  if (value < 0 && sections[1] !== undefined) {
    section = sections[1];
    shown = -value;
  } else if (value === 0 && sections[2] !== undefined) section = sections[2];
  if (isDateFormat(section)) return formatDateSection(shown, section, locale);
  const text = formatNumberSection(shown, section, locale);
  return shown < 0 && /[1-9]/.test(text) ? `-${text}` : text;
}
