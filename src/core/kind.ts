import type { Lang } from './lang';

/**
 * The shapes a key result takes. `auto` infers increase or decrease from the numbers;
 * the others are chosen explicitly (docs/method.md#key-result-kinds).
 */
export const KR_KINDS = [
  'auto',
  'increase',
  'decrease',
  'at_least',
  'at_most',
  'milestone',
] as const;
export type KrKind = (typeof KR_KINDS)[number];

/**
 * The one vocabulary of kinds: every word a person may type for each kind, in English and
 * French, spelled as people type them (with and without accents: nothing else folds accents).
 * From it come the core's parser, the native formulas' matching (the template's hidden Kind
 * key column), the Kind dropdown's help, and the Guide's list, so a word scores in every path
 * or in none. Compared as Sheets' LOWER(TRIM(…)) compares them (wordKey).
 */
export const KIND_WORDS: Readonly<Record<KrKind, readonly string[]>> = {
  auto: ['auto', 'automatic', 'automatique', 'inferred', 'déduit', 'deduit'],
  increase: ['increase', 'up', 'grow', 'augmenter', 'augmentation', 'hausse', '↑'],
  decrease: [
    'decrease',
    'down',
    'reduce',
    'diminuer',
    'diminution',
    'réduire',
    'reduire',
    'réduction',
    'reduction',
    'baisse',
    'baisser',
    '↓',
  ],
  at_least: [
    'at least',
    'at_least',
    'at-least',
    'keep above',
    'minimum',
    'au moins',
    'au minimum',
    '>=',
    '≥',
  ],
  at_most: [
    'at most',
    'at_most',
    'at-most',
    'keep below',
    'maximum',
    'au plus',
    'au maximum',
    '<=',
    '≤',
  ],
  milestone: ['milestone', 'done', 'binary', 'jalon', 'étape', 'etape'],
};

/**
 * A typed word as the vocabulary compares it: what Sheets' LOWER(TRIM(…)) makes of it (spaces
 * trimmed at both ends, runs of spaces inside made one, lower case). The native formulas can
 * compute exactly this, so both paths read the same words.
 */
export function wordKey(text: string): string {
  return text
    .replace(/^ +| +$/g, '')
    .replace(/ {2,}/g, ' ')
    .toLowerCase();
}

/** A Map, not an object: "constructor" or "__proto__" typed in a cell must name no kind. */
const KIND_OF_WORD: ReadonlyMap<string, KrKind> = new Map(
  KR_KINDS.flatMap((kind) => KIND_WORDS[kind].map((w) => [wordKey(w), kind] as const)),
);

/** The kind a person typed; blank means `auto`; null when the text names no kind. */
export function parseKind(text: string): KrKind | null {
  const key = wordKey(text);
  return key === '' ? 'auto' : (KIND_OF_WORD.get(key) ?? null);
}

/** What each kind is called in the template's dropdown and the sidebar. */
export const KIND_LABELS: Record<Lang, Record<KrKind, string>> = {
  en: {
    auto: 'auto',
    increase: 'increase',
    decrease: 'decrease',
    at_least: 'at least',
    at_most: 'at most',
    milestone: 'milestone',
  },
  fr: {
    auto: 'auto',
    increase: 'augmenter',
    decrease: 'diminuer',
    at_least: 'au moins',
    at_most: 'au plus',
    milestone: 'jalon',
  },
};

/**
 * Words that mark a milestone as reached, besides TRUE and numbers of 1 or more: part of the
 * one vocabulary, compared as kinds are (wordKey). Text that merely holds a number ("'1") is
 * no done word: a number is typed as a number.
 */
export const DONE_WORDS: readonly string[] = [
  'done',
  'yes',
  'true',
  'x',
  '✓',
  '✔',
  'ok',
  'complete',
  'completed',
  'fait',
  'oui',
  'vrai',
  'terminé',
  'termine',
  'livré',
  'livre',
  'atteint',
];
const DONE = new Set(DONE_WORDS.map(wordKey));

/** Whether a milestone's current value says it is done: "done", "fait", "✓"… */
export function isDoneWord(text: string): boolean {
  return DONE.has(wordKey(text));
}
