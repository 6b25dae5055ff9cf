import type { Lang } from './lang';
import type { ArgName, Place, Problem } from './problem';

/**
 * Argument names as the user sees them in a function's autocomplete: they stay English, and
 * French messages add the French word in brackets.
 */
const FRENCH_ARGS: Readonly<Record<ArgName, string>> = {
  current: 'valeur actuelle',
  target: 'cible',
  baseline: 'point de départ',
  kind: 'type',
  weight: 'poids',
  actual: 'valeur réelle',
  direction: 'sens',
  tolerance: 'tolérance',
  elapsed: 'part écoulée',
  language: 'langue',
  start: 'début',
  end: 'fin',
  today: "aujourd'hui",
};

const quote = (text: string): string => `"${text.length > 40 ? `${text.slice(0, 37)}…` : text}"`;

/**
 * The error a call throws, as Sheets shows it on the cell: the function, where in its ranges
 * the problem lies when it is in one row or column, and the sentence.
 * "OKR_SCORE: row 3, column 2: weight must be a number, not "abc"."
 * "OKR_SCORE: ligne 3, colonne 2 : weight (poids) doit être un nombre, pas "abc"."
 */
export function callError(fn: string, p: Problem, lang: Lang, place?: Place): string {
  return `${fn}: ${place === undefined ? '' : placeWords(place, lang)}${problemMessage(p, lang)}`;
}

function placeWords({ row, column }: Place, lang: Lang): string {
  const [rowWord, columnWord, colon] =
    lang === 'fr' ? ['ligne', 'colonne', ' :'] : ['row', 'column', ':'];
  const parts: string[] = [];
  if (row !== undefined) parts.push(`${rowWord} ${row}`);
  if (column !== undefined) parts.push(`${columnWord} ${column}`);
  return parts.length === 0 ? '' : `${parts.join(', ')}${colon} `;
}

/** The full sentence for a problem, as a single-cell call throws it. */
export function problemMessage(p: Problem, lang: Lang): string {
  if (lang === 'fr') {
    const a = (arg: ArgName): string => `${arg} (${FRENCH_ARGS[arg]})`;
    switch (p.code) {
      case 'not_a_number':
        return `${a(p.arg)} doit être un nombre, pas ${quote(p.text)}.`;
      case 'is_date':
        return `${a(p.arg)} doit être un nombre, pas une date.`;
      case 'not_finite':
        return `${a(p.arg)} doit être un nombre fini.`;
      case 'unknown_kind':
        return `type de KR inconnu ${quote(p.text)} : utilisez augmenter, diminuer, au moins, au plus ou jalon (ou laissez vide).`;
      case 'unknown_direction':
        return `sens inconnu ${quote(p.text)} : utilisez hausse (plus c'est haut, mieux c'est) ou baisse.`;
      case 'unknown_language':
        return `langue inconnue ${quote(p.text)} : utilisez "en" ou "fr".`;
      case 'target_equals_baseline':
        return 'la cible est égale au point de départ : rien à mesurer (pour un seuil, utilisez le type "au moins" ou "au plus").';
      case 'wrong_side':
        return p.kind === 'increase'
          ? 'pour une augmentation, la cible doit être au-dessus du point de départ.'
          : 'pour une diminution, la cible doit être en dessous du point de départ.';
      case 'negative_weight':
        return `${a('weight')} ne peut pas être négatif (0 exclut le KR).`;
      case 'zero_weights':
        return `${a('weight')} vaut 0 pour chaque KR noté : rien à moyenner (un poids vide compte 1).`;
      case 'not_a_fraction':
        return `${a(p.arg)} doit être une fraction entre 0 et 1 (10 % = 0,1).`;
      case 'missing':
        return `${a(p.arg)} est vide.`;
      case 'empty_period':
        return 'la fin de la période doit être après son début.';
      case 'size_mismatch':
        return `${a(p.arg)} fait ${p.rows}×${p.cols} cellules, les autres plages ${p.expectedRows}×${p.expectedCols} : donnez des plages de même taille.`;
      case 'needs_single_value':
        return `${a(p.arg)} doit être une seule valeur, pas une plage.`;
    }
  }
  switch (p.code) {
    case 'not_a_number':
      return `${p.arg} must be a number, not ${quote(p.text)}.`;
    case 'is_date':
      return `${p.arg} must be a number, not a date.`;
    case 'not_finite':
      return `${p.arg} must be a finite number.`;
    case 'unknown_kind':
      return `unknown KR kind ${quote(p.text)}: use increase, decrease, at least, at most or milestone (or leave it blank).`;
    case 'unknown_direction':
      return `unknown direction ${quote(p.text)}: use higher (higher is better) or lower.`;
    case 'unknown_language':
      return `unknown language ${quote(p.text)}: use "en" or "fr".`;
    case 'target_equals_baseline':
      return 'target equals baseline: there is nothing to measure (for a threshold, use kind "at least" or "at most").';
    case 'wrong_side':
      return p.kind === 'increase'
        ? 'for an increase, the target must be above the baseline.'
        : 'for a decrease, the target must be below the baseline.';
    case 'negative_weight':
      return 'weight cannot be negative (0 leaves the KR out).';
    case 'zero_weights':
      return 'weight is 0 for every scored KR: there is nothing to average (a blank weight counts 1).';
    case 'not_a_fraction':
      return `${p.arg} must be a fraction between 0 and 1 (10 % = 0.1).`;
    case 'missing':
      return `${p.arg} is blank.`;
    case 'empty_period':
      return 'the period must end after it starts.';
    case 'size_mismatch':
      return `${p.arg} is ${p.rows}×${p.cols} cells but the other ranges are ${p.expectedRows}×${p.expectedCols}: give ranges of the same size.`;
    case 'needs_single_value':
      return `${p.arg} must be a single value, not a range.`;
  }
}

/**
 * The few words a range call shows in the one cell whose row is wrong: the argument and the
 * problem. The cell stands where the bad row or column is, so the words give no position.
 */
export function problemShort(p: Problem, lang: Lang): string {
  const fr = lang === 'fr';
  switch (p.code) {
    case 'not_a_number':
    case 'is_date':
    case 'not_finite':
      return fr ? `⚠ ${p.arg} : pas un nombre` : `⚠ ${p.arg}: not a number`;
    case 'unknown_kind':
      return fr ? '⚠ type inconnu' : '⚠ unknown kind';
    case 'unknown_direction':
      return fr ? '⚠ sens inconnu' : '⚠ unknown direction';
    case 'unknown_language':
      return fr ? '⚠ langue inconnue' : '⚠ unknown language';
    case 'target_equals_baseline':
      return fr ? '⚠ cible = départ' : '⚠ target = baseline';
    case 'wrong_side':
      return fr ? '⚠ cible du mauvais côté' : '⚠ target on the wrong side';
    case 'negative_weight':
      return fr ? '⚠ poids négatif' : '⚠ negative weight';
    case 'zero_weights':
      return fr ? '⚠ poids tous nuls' : '⚠ every weight 0';
    case 'not_a_fraction':
      return fr ? `⚠ ${p.arg} hors de 0–1` : `⚠ ${p.arg} not in 0–1`;
    case 'missing':
      return fr ? `⚠ ${p.arg} vide` : `⚠ no ${p.arg}`;
    case 'empty_period':
      return fr ? '⚠ période vide' : '⚠ empty period';
    case 'size_mismatch':
    case 'needs_single_value':
      return fr ? '⚠ tailles différentes' : '⚠ size mismatch';
  }
}
