import type { SaveBatch } from '../../contract/sidebar';
import { KR_KINDS } from '../../core/kind';
import { SUMMARIES } from '../../core/kpi-words';
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
/** The most one save carries: objectives, key results per objective, check-ins. */
export const MAX_OBJECTIVES = 20;
export const MAX_KRS = 20;
export const MAX_CHECK_INS = 2000;
export const MAX_KPI_CHECK_INS = 1000;

const REASONS = {
  invalid: { en: 'not a valid value', fr: 'valeur non valable' },
  text: { en: 'must be text', fr: 'doit être du texte' },
  number: { en: 'must be a number (or blank)', fr: 'doit être un nombre (ou vide)' },
  list: { en: 'must be a list', fr: 'doit être une liste' },
  long: {
    en: `too long (${MAX_TEXT} characters at most)`,
    fr: `trop long (${MAX_TEXT} caractères au plus)`,
  },
  negative: { en: 'must be 0 or more', fr: 'doit être positif ou nul' },
  fraction: {
    en: 'must lie between 0 and 1 (0 % to 100 %)',
    fr: 'doit être entre 0 et 1 (0 % à 100 %)',
  },
  required: { en: 'cannot be empty', fr: 'ne peut pas être vide' },
  unknown: { en: 'no key result has this ID', fr: 'aucun résultat clé n’a cet ID' },
  unknownObjective: { en: 'no objective has this ID', fr: 'aucun objectif n’a cet ID' },
  unknownKpi: { en: 'no KPI has this ID', fr: 'aucun KPI n’a cet ID' },
  duplicate: {
    en: 'an objective with this title exists already (titles are compared ignoring case)',
    fr: 'un objectif porte déjà ce titre (sans tenir compte des majuscules)',
  },
} satisfies Record<string, Localized>;

/** Why a field is refused: a fixed reason, or a list longer than its limit. */
export type Reason = keyof typeof REASONS | { readonly tooMany: number };

function reasonText(reason: Reason, lang: Lang): string {
  if (typeof reason === 'string') return REASONS[reason][lang];
  const max = reason.tooMany;
  return lang === 'fr' ? `trop nombreux (${max} au plus)` : `too many (${max} at most)`;
}

/** The API's fields that are no column of the OKR sheet, or are named after another. */
const FIELDS: Readonly<Record<string, Localized | string>> = {
  title: { en: 'Title', fr: 'Titre' },
  period: { en: 'Period', fr: 'Période' },
  checkIns: { en: 'Check-in', fr: 'Suivi' },
  objectives: 'objective',
  krs: 'keyResult',
  krId: 'id',
  krIds: 'keyResult',
  objectiveId: 'objective',
  override: { en: 'Final score', fr: 'Score final' },
  reason: { en: 'Reason', fr: 'Raison' },
  notes: { en: 'Closing note', fr: 'Note de clôture' },
  kpiCheckIns: { en: 'KPI', fr: 'KPI' },
  kpi: { en: 'Current from a KPI', fr: 'Valeur actuelle d’un KPI' },
  kpiId: 'id',
  actual: { en: 'Actual', fr: 'Valeur réelle' },
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
  return new Error(`${start} ${[...where, reasonText(reason, lang)].join(' › ')}.`);
}

export type Rule = (v: unknown, path: FieldPath) => void;

/** The checks every input is made of, each throwing inputError in `lang` on a bad field. */
export function inputRules(lang: Lang) {
  const is = (ok: boolean, path: FieldPath, reason: Reason = 'invalid'): void => {
    if (!ok) throw inputError(lang, path, reason);
  };
  const text =
    (required = false): Rule =>
    (v, path) => {
      is(typeof v === 'string', path, 'text');
      is(String(v).length <= MAX_TEXT, path, 'long');
      is(!required || String(v).trim() !== '', path, 'required');
    };
  // null (or left out) is a blank; NaN and Infinity are refused.
  const number =
    (range?: { readonly ok: (n: number) => boolean; readonly reason: Reason }): Rule =>
    (v, path) => {
      is(v == null || (typeof v === 'number' && Number.isFinite(v)), path, 'number');
      if (typeof v === 'number' && range) is(range.ok(v), path, range.reason);
    };
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
      is(Array.isArray(v), path, 'list');
      is((v as unknown[]).length <= max, path, { tooMany: max });
      const key = path[path.length - 1];
      (v as unknown[]).forEach((x, i) => {
        item(x, [...path.slice(0, -1), `${key}#${i}`]);
      });
    };
  /** A list that may be left out. */
  const optional =
    (rule: Rule): Rule =>
    (v, path) => {
      if (v !== undefined) rule(v, path);
    };
  const fraction = number({ ok: (c) => c >= 0 && c <= 1, reason: 'fraction' });
  return { is, text, number, fraction, oneOf, record, list, optional };
}

export function checkBatch(input: unknown, lang: Lang): SaveBatch {
  const { text, number, fraction, oneOf, record, list, optional } = inputRules(lang);
  const fromKpi = optional(record({ kpiId: text(true), summary: oneOf(SUMMARIES) }));
  const kr = record({
    kpi: fromKpi,
    title: text(true),
    owner: text(),
    unit: text(),
    kind: oneOf(KR_KINDS),
    weight: number({ ok: (w) => w >= 0, reason: 'negative' }),
    baseline: number(),
    target: number(),
  });
  const objective = record({
    title: text(true),
    parent: text(),
    owner: text(),
    period: oneOf(PERIODS),
    krs: list(MAX_KRS, kr),
  });
  const checkIn = record({
    krId: text(true),
    kpi: fromKpi,
    current: number(),
    confidence: fraction,
    note: text(),
  });
  // Actual is required (null clears it): a KPI check-in without one would clear the cell.
  const kpiCheckIn = record({
    kpiId: text(true),
    actual: (v, path) => {
      if (v === undefined) throw inputError(lang, path, 'number');
      number()(v, path);
    },
  });
  record({
    objectives: list(MAX_OBJECTIVES, objective),
    checkIns: list(MAX_CHECK_INS, checkIn),
    kpiCheckIns: optional(list(MAX_KPI_CHECK_INS, kpiCheckIn)),
  })(input, []);
  return input as SaveBatch;
}
