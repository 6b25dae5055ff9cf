import type { SaveBatch } from '../../contract/sidebar';
import { KR_KINDS } from '../../core/kind';
import type { Lang, Localized } from '../../core/lang';
import { PERIODS } from '../../core/period';
import { OKRS } from '../layout/tables';

/**
 * A save's input, checked on the server: any top-level function can be called from a browser
 * with anything, so nothing the sidebar sends is trusted. A bad field stops the whole save
 * before any write, with a message naming it by its column header, in the user's language.
 * Only the fields the API names are read afterwards, so others are left unchecked.
 */
const MAX_TEXT = 2000;

const REASONS = {
  invalid: { en: 'not a valid value', fr: 'valeur non valable' },
  long: {
    en: `too long (${MAX_TEXT} characters at most)`,
    fr: `trop long (${MAX_TEXT} caractères au plus)`,
  },
  required: { en: 'cannot be empty', fr: 'ne peut pas être vide' },
  unknown: { en: 'no key result has this ID', fr: 'aucun résultat clé n’a cet ID' },
} satisfies Record<string, Localized>;

type Reason = keyof typeof REASONS;

/** The API's fields that are no column of the OKR sheet, or are named after another. */
const FIELDS: Readonly<Record<string, Localized | string>> = {
  title: { en: 'Title', fr: 'Titre' },
  period: { en: 'Period', fr: 'Période' },
  checkIns: { en: 'Check-in', fr: 'Suivi' },
  objectives: 'objective',
  krs: 'keyResult',
  krId: 'id',
};

/** Where a field is: API keys, list items as "key#index". */
export type FieldPath = readonly string[];

export function inputError(lang: Lang, path: FieldPath, reason: Reason): Error {
  const where = path.map((p) => {
    const [key = '', index] = p.split('#');
    const field = FIELDS[key] ?? key;
    const name =
      typeof field === 'string'
        ? OKRS.columns.find((c) => c.key === field)?.header[lang]
        : field[lang];
    return index === undefined ? name : `${name} ${Number(index) + 1}`;
  });
  const start = lang === 'fr' ? 'Rien n’a été enregistré :' : 'Nothing was saved:';
  return new Error(`${start} ${[...where, REASONS[reason][lang]].join(' › ')}.`);
}

type Rule = (v: unknown, path: FieldPath) => void;

export function checkBatch(input: unknown, lang: Lang): SaveBatch {
  const is = (ok: boolean, path: FieldPath, reason: Reason = 'invalid'): void => {
    if (!ok) throw inputError(lang, path, reason);
  };
  const text =
    (required = false): Rule =>
    (v, path) => {
      is(typeof v === 'string', path);
      is(String(v).length <= MAX_TEXT, path, 'long');
      is(!required || String(v).trim() !== '', path, 'required');
    };
  // null (or left out) is a blank; NaN and Infinity are refused.
  const number =
    (ok = (_: number): boolean => true): Rule =>
    (v, path) =>
      is(v == null || (typeof v === 'number' && Number.isFinite(v) && ok(v)), path);
  const oneOf =
    (choices: readonly unknown[]): Rule =>
    (v, path) =>
      is(choices.includes(v), path);
  const record =
    (rules: Readonly<Record<string, Rule>>): Rule =>
    (v, path) => {
      is(typeof v === 'object' && v !== null && !Array.isArray(v), path);
      for (const [key, rule] of Object.entries(rules))
        rule((v as Record<string, unknown>)[key], [...path, key]);
    };
  const list =
    (max: number, item: Rule): Rule =>
    (v, path) => {
      is(Array.isArray(v) && v.length <= max, path);
      const key = path[path.length - 1];
      (v as unknown[]).forEach((x, i) => {
        item(x, [...path.slice(0, -1), `${key}#${i}`]);
      });
    };

  const kr = record({
    title: text(true),
    owner: text(),
    unit: text(),
    kind: oneOf(KR_KINDS),
    weight: number((w) => w >= 0),
    baseline: number(),
    target: number(),
  });
  const objective = record({
    title: text(true),
    parent: text(),
    owner: text(),
    period: oneOf(PERIODS),
    krs: list(20, kr),
  });
  const checkIn = record({
    krId: text(true),
    current: number(),
    confidence: number((c) => c >= 0 && c <= 1),
    note: text(),
  });
  record({ objectives: list(20, objective), checkIns: list(2000, checkIn) })(input, []);
  return input as SaveBatch;
}
