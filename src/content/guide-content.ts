import { GRADE_LABELS, type Grade } from '../core/grade';
import { DONE_WORDS, KIND_LABELS, KIND_WORDS, KR_KINDS } from '../core/kind';
import type { Lang, Localized } from '../core/lang';
import { DOMAIN_LABELS, DOMAINS, EXAMPLES, type ExampleKr } from './examples';

/**
 * What the Guide sheet says, as data: the Sheets generator and the .xlsx export both lay out
 * these lines, so the guide's words are written once. Each line knows its role, and the
 * writers choose the styling (a band line carries its grade for the colour).
 */
export type GuideLine =
  | { readonly role: 'title' | 'heading' | 'text' | 'domain' | 'objective'; readonly text: string }
  | { readonly role: 'band'; readonly text: string; readonly grade: Grade }
  | { readonly role: 'keyResult'; readonly text: string; readonly detail: string };

const L = (en: string, fr: string): Localized => ({ en, fr });

const TITLE = L('How to use this template', 'Mode d’emploi de ce modèle');
const SCORING = L('Scoring', 'Notation');
const METHOD = L('Method', 'Méthode');
const EXAMPLES_HEADING = L('Example OKRs by domain', 'Exemples d’OKR par domaine');

const SCORING_INTRO = L(
  'Each key result scores from 0 to 1; an objective scores the weighted mean of its key results.',
  'Chaque résultat clé est noté de 0 à 1 ; un objectif reçoit la moyenne pondérée de ses résultats clés.',
);

const ADVICE: readonly Localized[] = [
  L(
    'Keep about three objectives per period. An objective is a short, qualitative sentence that makes the team want to go: no number in it.',
    'Gardez environ trois objectifs par période. Un objectif est une phrase courte et qualitative qui donne envie d’avancer : sans chiffre.',
  ),
  L(
    'Give each objective 3 to 5 key results. A key result is measurable and dated, and has one owner.',
    'Donnez à chaque objectif 3 à 5 résultats clés. Un résultat clé est mesurable, daté, et a un seul responsable.',
  ),
  L(
    'On the OKRs sheet, an objective has its own row with Key result left blank; each of its key results has a row naming the objective.',
    'Dans la feuille OKR, un objectif a sa propre ligne, Résultat clé vide ; chacun de ses résultats clés a une ligne qui nomme l’objectif.',
  ),
  L(
    'Kind: leave it blank and the direction is read from the numbers (a target below the baseline is a decrease). "at least" and "at most" hold a threshold; "milestone" is done or not (TRUE, "done").',
    'Type : laissé vide, le sens se déduit des chiffres (une cible sous le point de départ est une baisse). « au moins » et « au plus » tiennent un seuil ; « jalon » est fait ou non (VRAI, « fait »).',
  ),
  L(
    'Counting from zero (new backlinks, attendees)? Put 0 as the baseline. Type percentages as percentages (15 %).',
    'Vous comptez à partir de zéro (nouveaux liens, participants) ? Mettez 0 comme point de départ. Saisissez les pourcentages en pourcentage (15 %).',
  ),
  L(
    'Weight: blank counts as 1; 0 leaves a key result out of its objective’s score.',
    'Poids : vide compte pour 1 ; 0 retire le résultat clé du score de son objectif.',
  ),
  L(
    'Check in every week: update Current, your confidence and a note. Status compares progress with the share of the period elapsed: on track when it keeps pace, at risk when slightly behind.',
    'Faites un point chaque semaine : mettez à jour la valeur actuelle, votre confiance et une note. Le statut compare la progression à la part de la période écoulée : en bonne voie si elle suit le rythme, à risque si elle est un peu en retard.',
  ),
  L(
    'KPIs follow recurring performance: a measure, a target, a direction (higher or lower is better), a data source and a frequency.',
    'Les KPI suivent la performance récurrente : une mesure, une cible, un sens (hausse ou baisse), une source de données et une fréquence.',
  ),
  L(
    'Each change of a KPI’s Actual is recorded in the KPI history: the register shows this period’s value, the previous one, the change, a trend of 12 periods and the status. A total (leads a month) is judged by pace; a rate (open rate) against its target.',
    'Chaque changement de la valeur réelle d’un KPI est noté dans l’historique des KPI : le registre montre la valeur de cette période, la précédente, l’évolution, une tendance sur 12 périodes et le statut. Un cumul (leads par mois) est jugé au rythme ; un taux (taux d’ouverture) contre sa cible.',
  ),
  L(
    'The Target applies afresh each period. A month with a different target? Add a row to KPI targets: the KPI’s ID, any day of the month, the target. Tick Pinned to follow a KPI in the dashboard’s chart.',
    'La cible vaut pour chaque période, à nouveau. Un mois avec une autre cible ? Ajoutez une ligne à Cibles des KPI : l’ID du KPI, un jour du mois, la cible. Cochez Épinglé pour suivre un KPI dans le graphique du tableau de bord.',
  ),
];

const WORDS_HEADING = L(
  'Words Okapi reads in Kind and in a milestone’s Current',
  'Mots qu’Okapi lit dans Type et dans la valeur actuelle d’un jalon',
);
const DONE_LINE = L('A milestone is done with', 'Un jalon est atteint avec');

/**
 * The vocabulary's words (core/kind.ts), kind by kind, then the done words: the very list the
 * functions, the refresh and the template's formulas read, case and extra spaces aside.
 */
function vocabularyLines(lang: Lang): GuideLine[] {
  return [
    { role: 'heading', text: WORDS_HEADING[lang] },
    ...KR_KINDS.map((k) => ({
      role: 'text' as const,
      text: `${KIND_LABELS[lang][k]}: ${KIND_WORDS[k].join(', ')}`,
    })),
    { role: 'text', text: `${DONE_LINE[lang]}: TRUE, 1, ${DONE_WORDS.join(', ')}` },
  ];
}

const GRADES: readonly Grade[] = ['green', 'yellow', 'red'];

/** The Guide's lines in one language, top to bottom. */
export function guideLines(lang: Lang): GuideLine[] {
  const lines: GuideLine[] = [
    { role: 'title', text: TITLE[lang] },
    { role: 'heading', text: SCORING[lang] },
    { role: 'text', text: SCORING_INTRO[lang] },
    ...GRADES.map((grade) => ({ role: 'band' as const, text: GRADE_LABELS[lang][grade], grade })),
    { role: 'heading', text: METHOD[lang] },
    ...ADVICE.map((a) => ({ role: 'text' as const, text: a[lang] })),
    ...vocabularyLines(lang),
    { role: 'heading', text: EXAMPLES_HEADING[lang] },
  ];
  for (const domain of DOMAINS) {
    lines.push({ role: 'domain', text: DOMAIN_LABELS[lang][domain] });
    for (const okr of EXAMPLES.filter((e) => e.domain === domain)) {
      lines.push({ role: 'objective', text: okr.objective[lang] });
      for (const kr of okr.krs)
        lines.push({ role: 'keyResult', text: kr.title[lang], detail: describeKr(kr, lang) });
    }
  }
  return lines;
}

/** "increase · 15 % → 20 %", "at least · 50 %", "milestone": a KR's shape in a few words. */
export function describeKr(kr: ExampleKr, lang: Lang): string {
  const kind = KIND_LABELS[lang][kr.kind];
  if (kr.target === null) return kind;
  const show = (x: number): string => amount(x, kr.unit[lang], lang);
  const numbers =
    kr.baseline === null ? show(kr.target) : `${show(kr.baseline)} → ${show(kr.target)}`;
  return `${kind} · ${numbers}`;
}

/** A number with its unit, written the way the language writes it; % units hold fractions. */
function amount(x: number, unit: string, lang: Lang): string {
  const format = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-US', {
    maximumFractionDigits: 2,
  });
  if (unit === '%') return `${format.format(x * 100)}${lang === 'fr' ? '\u202f%' : '%'}`;
  return `${format.format(x)} ${unit}`;
}
