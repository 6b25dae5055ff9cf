/**
 * Numbers typed as text, read the way the spreadsheet's locale writes them:
 * "15,5" and "1 000" in fr_FR, "1,000.5" in en_US, "1'000.5" in de_CH, "15 %", "37,50 €", "−3"
 * (docs/method.md#numbers-and-locales).
 */

/** How a locale writes numbers. */
export interface NumberStyle {
  /** The decimal mark. */
  readonly decimal: '.' | ',';
  /**
   * The other of "." and "," when it groups thousands there ("1.234,5" in de_DE); null when it
   * does not ("1 234,5" in fr_FR), and then a lone one reads as a decimal mark where it cannot
   * be a group ("1.5", "0.125"), and is refused where it could ("1.500").
   */
  readonly group: '.' | ',' | null;
  /** Indian grouping is read too: "12,34,567" besides "1,234,567". */
  readonly lakh: boolean;
}

const POINT_COMMA: NumberStyle = { decimal: '.', group: ',', lakh: false };
const INDIAN: NumberStyle = { decimal: '.', group: ',', lakh: true };
const COMMA_POINT: NumberStyle = { decimal: ',', group: '.', lakh: false };
const COMMA_SPACE: NumberStyle = { decimal: ',', group: null, lakh: false };
const POINT_APOSTROPHE: NumberStyle = { decimal: '.', group: null, lakh: false };

/**
 * Sheets' spreadsheet locale codes, and a default for each language, by how their people write
 * 12,345.6: CLDR's separators, written out rather than asked of the runtime, whose locale data
 * may differ in Apps Script (test/core/number.test.ts checks every code against Node's CLDR).
 * Spaces and apostrophes group in every locale, as no locale writes a decimal with them. Two
 * codes read "." as a group where CLDR now has a space, because people there still write
 * "1.500 €": de_AT and pt_PT.
 */
const LOCALES: readonly (readonly [NumberStyle, string])[] = [
  [
    POINT_COMMA,
    'en en_us en_gb en_au en_ca en_ie en_nz en_sg en_ph ja ja_jp zh zh_cn zh_tw zh_hk ko ko_kr ' +
      'th th_th he he_il iw iw_il ar ar_eg fil fil_ph tl ms ms_my mn mn_mn my my_mm cy cy_gb ' +
      'kn kn_in es_mx es_us es_419 es_pe es_gt es_hn es_ni es_pa es_sv es_do es_pr es_cu',
  ],
  [INDIAN, 'en_in hi hi_in bn bn_in gu gu_in ml ml_in mr mr_in pa pa_in ta ta_in te te_in ne'],
  [
    COMMA_POINT,
    'de de_de de_at de_be de_lu es es_es es_ar es_bo es_cl es_co es_ec es_py es_uy es_ve ' +
      'it it_it pt pt_br pt_pt nl nl_nl nl_be id id_id in in_id tr tr_tr da da_dk el el_gr ' +
      'ro ro_ro hr hr_hr sl sl_si sl_sl sr sr_rs ca ca_es vi vi_vn az az_az',
  ],
  [
    COMMA_SPACE,
    'fr fr_fr fr_ca fr_ch fr_be ru ru_ru pl pl_pl sv sv_se nb nb_no no no_no nn nn_no fi fi_fi ' +
      'cs cs_cz sk sk_sk uk uk_ua hu hu_hu bg bg_bg lt lt_lt lv lv_lv et et_ee be be_by ' +
      'kk kk_kz ka ka_ge hy hy_am es_cr en_za',
  ],
  [POINT_APOSTROPHE, 'de_ch de_li it_ch'],
];

let styles: Map<string, NumberStyle> | undefined;

/** Every code of the table with its style ("fr_ch" → comma decimal, space groups). */
export function localeStyles(): ReadonlyMap<string, NumberStyle> {
  if (styles === undefined) {
    // Built on first use: a column of plain numbers never needs it.
    styles = new Map();
    for (const [style, codes] of LOCALES)
      for (const code of codes.split(' ')) styles.set(code, style);
  }
  return styles;
}

/**
 * The number style of a Sheets locale ("fr_FR", "es_MX", also "fr-CA" or "fr"): its own, else
 * its language's, else English's.
 */
export function numberStyleOf(locale: string): NumberStyle {
  const code = locale.trim().toLowerCase().replace(/-/g, '_');
  const table = localeStyles();
  return table.get(code) ?? table.get(code.split('_')[0] ?? '') ?? POINT_COMMA;
}

// Bound once: where scripts run in a contextified global (Apps Script's, node:vm's) a global
// lookup costs a hundred times a local one, and a column holds thousands of text cells.
const { isFinite: finite } = Number;
const toNumber = Number;
const PLAIN_INTEGER = /^-?\d{1,15}$/;
const CURRENCY = /[€$£¥₹₽¤]|\b(?:eur|usd|gbp|chf)\b/gi;
/** Marks that group thousands in every locale: spaces (plain, no-break, narrow, thin), apostrophes. */
const ANY_LOCALE_GROUPS = " \u00a0\u202f\u2009'\u2019";

/**
 * Reads a number written as text in the given style; null when the text is not one, or could
 * mean two numbers there. A trailing "%" divides by 100, as Sheets does for a typed "15 %".
 */
export function parseNumber(text: string, style: NumberStyle): number | null {
  // Whole numbers read the same in every locale: skip the general path for them.
  if (PLAIN_INTEGER.test(text)) return toNumber(text);
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
  const n = toNumber(canonical);
  return finite(n) ? (sign * n) / scale : null;
}

/** Rewrites "1 234,5" (in its style) as "1234.5", or null when grouping or marks are off. */
function canonicalDigits(s: string, style: NumberStyle): string | null {
  const exponent = /[eE][+-]?\d+$/.exec(s);
  const body = exponent ? s.slice(0, exponent.index) : s;
  let intPart = body;
  let fracPart = '';
  const at = body.lastIndexOf(style.decimal);
  if (at >= 0) {
    intPart = body.slice(0, at);
    fracPart = body.slice(at + 1);
  } else if (style.group === null) {
    const other = style.decimal === '.' ? ',' : '.';
    const parts = body.split(other);
    if (parts.length === 2) {
      [intPart = '', fracPart = ''] = parts;
      // "1.500" in fr_FR: 1.5 to some, 1 500 to others. Refused rather than guessed.
      if (/^[1-9]\d{0,2}$/.test(intPart) && /^\d{3}$/.test(fracPart)) return null;
    }
  }
  const intDigits = ungroup(intPart, style);
  if (intDigits === null || !/^\d*$/.test(fracPart)) return null;
  if (intDigits === '' && fracPart === '') return null;
  return `${intDigits || '0'}.${fracPart || '0'}${exponent ? exponent[0] : ''}`;
}

/**
 * "1 234" → "1234". One mark throughout; the head holds 1 to 3 digits, not led by 0 ("0.125" is
 * no grouping), and every later group 3,
 * or, where Indian grouping is read, a head of 1 or 2 and groups of 2 before the last 3.
 */
function ungroup(s: string, style: NumberStyle): string | null {
  if (/^\d*$/.test(s)) return s;
  const mark = /\D/.exec(s)?.[0] ?? '';
  if (mark !== style.group && !ANY_LOCALE_GROUPS.includes(mark)) return null;
  const [head = '', ...rest] = s.split(mark);
  const last = rest.pop() ?? '';
  if (!/^[1-9]\d{0,2}$/.test(head) || !/^\d{3}$/.test(last)) return null;
  const groupsOf = (size: RegExp): boolean => rest.every((p) => size.test(p));
  const grouped = groupsOf(/^\d{3}$/) || (style.lakh && head.length < 3 && groupsOf(/^\d{2}$/));
  return grouped ? head + rest.join('') + last : null;
}
