/**
 * Numbers typed as text, read the way the spreadsheet's locale writes them:
 * "15,5" and "1 000" in fr_FR, "1,000.5" in en_US, "15 %", "37,50 €", "−3".
 */

/** How a locale writes numbers: its decimal mark and the marks that may group thousands. */
export interface NumberStyle {
  readonly decimal: '.' | ',';
  readonly groups: readonly string[];
}

const SPACES = [' ', '\u00a0', '\u202f', '\u2009'];
const POINT: NumberStyle = { decimal: '.', groups: [',', ...SPACES] };
const COMMA_SPACE: NumberStyle = { decimal: ',', groups: SPACES };
const COMMA_DOT: NumberStyle = { decimal: ',', groups: ['.', ...SPACES] };

// Languages whose locales write "1.234,5" (dot groups) or "1 234,5" (space groups).
const DOT_GROUPING = new Set([
  'de',
  'es',
  'it',
  'nl',
  'pt',
  'id',
  'tr',
  'da',
  'el',
  'ro',
  'hr',
  'sl',
]);
const SPACE_GROUPING = new Set([
  'fr',
  'ru',
  'pl',
  'sv',
  'nb',
  'no',
  'fi',
  'cs',
  'sk',
  'uk',
  'hu',
  'bg',
  'lt',
  'lv',
  'et',
]);

/** The number style of a Sheets locale such as "fr_FR" or "en_US" (English style by default). */
export function numberStyleOf(locale: string): NumberStyle {
  const [language = '', region = ''] = locale.toLowerCase().split(/[_-]/);
  if (language === 'de' && (region === 'ch' || region === 'li')) return POINT;
  if (language === 'fr' && region === 'ch') return POINT;
  if (DOT_GROUPING.has(language)) return COMMA_DOT;
  if (SPACE_GROUPING.has(language)) return COMMA_SPACE;
  return POINT;
}

const PLAIN_INTEGER = /^-?\d{1,15}$/;
const CURRENCY = /[€$£¥₹₽¤]|\b(?:eur|usd|gbp|chf)\b/gi;

/**
 * Reads a number written as text in the given style; null when the text is not one.
 * A trailing "%" divides by 100, as Sheets does when a person types "15 %".
 */
export function parseNumber(text: string, style: NumberStyle): number | null {
  // Whole numbers read the same in every locale: skip the general path for them.
  if (PLAIN_INTEGER.test(text)) return Number(text);
  let s = text.replace(CURRENCY, '').trim();
  let scale = 1;
  if (s.endsWith('%')) {
    scale = 100;
    s = s.slice(0, -1).trim();
  }
  let sign = 1;
  const first = s[0];
  if (first === '-' || first === '\u2212') {
    sign = -1;
    s = s.slice(1).trim();
  } else if (first === '+') {
    s = s.slice(1).trim();
  }
  const canonical = canonicalDigits(s, style);
  if (canonical === null) return null;
  const n = Number(canonical);
  return Number.isFinite(n) ? (sign * n) / scale : null;
}

/** Rewrites "1 234,5" (in its style) as "1234.5", or null when grouping or marks are off. */
function canonicalDigits(s: string, style: NumberStyle): string | null {
  const exponent = /[eE][+-]?\d+$/.exec(s);
  const body = exponent ? s.slice(0, exponent.index) : s;
  const other = style.decimal === '.' ? ',' : '.';
  let intPart = body;
  let fracPart = '';
  const at = body.lastIndexOf(style.decimal);
  if (at >= 0) {
    intPart = body.slice(0, at);
    fracPart = body.slice(at + 1);
  } else if (!style.groups.includes(other) && body.split(other).length === 2) {
    // A comma-decimal locale that never groups with "." still reads "1.5" as a person means it.
    [intPart = '', fracPart = ''] = body.split(other);
  }
  const intDigits = ungroup(intPart, style.groups);
  if (intDigits === null || !/^\d*$/.test(fracPart)) return null;
  if (intDigits === '' && fracPart === '') return null;
  return `${intDigits || '0'}.${fracPart || '0'}${exponent ? exponent[0] : ''}`;
}

/** "1 234" → "1234": groups after the first must hold exactly three digits. */
function ungroup(s: string, groups: readonly string[]): string | null {
  if (/^\d*$/.test(s)) return s;
  const mark = groups.find((g) => s.includes(g));
  if (mark === undefined) return null;
  const parts = s.split(mark);
  const [head = '', ...rest] = parts;
  if (!/^\d{1,3}$/.test(head) || !rest.every((p) => /^\d{3}$/.test(p))) return null;
  return parts.join('');
}
