import { fold, type Lang } from './lang';

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
 * Words a person may type for each kind, compared case- and accent-insensitively. A Map, not
 * an object: "constructor" or "__proto__" typed in a cell must name no kind.
 */
const ALIASES = new Map<string, KrKind>();
const addAliases = (kind: KrKind, words: readonly string[]): void => {
  for (const w of words) ALIASES.set(fold(w), kind);
};
addAliases('auto', ['auto', 'automatic', 'automatique', 'inferred', 'déduit']);
addAliases('increase', ['increase', 'up', 'grow', 'augmenter', 'augmentation', 'hausse', '↑']);
addAliases('decrease', [
  'decrease',
  'down',
  'reduce',
  'diminuer',
  'diminution',
  'réduire',
  'réduction',
  'baisse',
  'baisser',
  '↓',
]);
addAliases('at_least', [
  'at least',
  'at_least',
  'at-least',
  'keep above',
  'minimum',
  'au moins',
  'au minimum',
  '>=',
  '≥',
]);
addAliases('at_most', [
  'at most',
  'at_most',
  'at-most',
  'keep below',
  'maximum',
  'au plus',
  'au maximum',
  '<=',
  '≤',
]);
addAliases('milestone', ['milestone', 'done', 'binary', 'jalon', 'étape']);

/** The kind a person typed; blank means `auto`; null when the text names no kind. */
export function parseKind(text: string): KrKind | null {
  const key = fold(text);
  return key === '' ? 'auto' : (ALIASES.get(key) ?? null);
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

/** Words that mark a milestone as reached (besides TRUE and numbers ≥ 1). */
const DONE_WORDS = new Set(
  [
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
    'livré',
    'atteint',
  ].map(fold),
);

/** Whether a milestone's current value says it is done: TRUE, 1 (or more), "done", "fait"… */
export function isDoneWord(text: string): boolean {
  return DONE_WORDS.has(fold(text));
}
