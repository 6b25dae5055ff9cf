import { KIND_LABELS, KR_KINDS } from '../core/kind';
import { DIRECTION_LABELS } from '../core/kpi';
import type { Lang, Localized } from '../core/lang';
import type { HealthCode } from '../workbook/dashboard/dashboard';
import type { ListName, SheetKey } from '../workbook/layout/tables';

/**
 * The words only the template writes (and the .xlsx export, which lays out the same
 * workbook): sheet titles, header notes, the Dashboard's labels, the dropdowns' lists. Kept
 * out of layout.ts and dashboard.ts, which the refresh bundles too: the template gets them
 * from content.html (see template-content.ts).
 */
const L = (en: string, fr: string): Localized => ({ en, fr });

/** The title in A1 of each table sheet. */
export const TABLE_TITLES: Partial<Record<SheetKey, Localized>> = {
  okrs: L('Objectives and key results', 'Objectifs et résultats clés'),
  actions: L('Actions that move the key results', 'Actions au service des résultats clés'),
  kpis: L('Key performance indicators', 'Indicateurs clés de performance'),
  kpiTargets: L(
    'KPI targets per period: the KPI’s ID (as on the KPIs sheet), any day of the period, its target',
    'Cibles des KPI par période : l’ID du KPI (comme sur la feuille KPI), un jour de la période, sa cible',
  ),
  history: L('Check-in history (append-only)', 'Historique des suivis (ajout seul)'),
  kpiHistory: L('KPI history (append-only)', 'Historique des KPI (ajout seul)'),
};

/** The notes on header cells that say how to fill a column, by sheet and column key. */
export const COLUMN_HELP: Partial<Record<SheetKey, Readonly<Record<string, Localized>>>> = {
  okrs: {
    objective: L(
      'A qualitative, inspiring sentence with no number in it. On KR rows, the objective the KR serves.',
      'Une phrase qualitative et inspirante, sans chiffre. Sur les lignes de KR : l’objectif servi.',
    ),
    keyResult: L(
      'Measurable and time-bound; leave blank on the objective’s own row. 3 to 5 per objective.',
      'Mesurable et daté ; vide sur la ligne de l’objectif. 3 à 5 par objectif.',
    ),
    parent: L(
      'On an objective row: the company-level objective it aligns under (optional).',
      'Sur la ligne d’un objectif : l’objectif d’entreprise auquel il se rattache (facultatif).',
    ),
    due: L(
      'When the key result must be reached (the period’s end by default).',
      'Quand le résultat clé doit être atteint (la fin de période par défaut).',
    ),
  },
};

/** The Dashboard's labels (the refresh reads and writes only DASHBOARD_TEXT's). */
export const DASHBOARD_LABELS = {
  title: L('Dashboard', 'Tableau de bord'),
  average: L('Average objective score', 'Score moyen des objectifs'),
  objective: L('Objective', 'Objectif'),
  score: L('Score', 'Score'),
  bar: L('Bar', 'Barre'),
  status: L('Status', 'Statut'),
  krs: L('Key results', 'Résultats clés'),
  kpiStatus: L('KPI status', 'Statut des KPI'),
  kpiCount: L('KPIs', 'KPI'),
  trend: L('Progress over time', 'Progression dans le temps'),
  health: L('Health checks', 'Points de vigilance'),
  healthCount: L('Flagged', 'Signalés'),
  offTrack: L('Off-track KPIs', 'KPI en retard'),
  measure: L('Measure', 'Mesure'),
  thisPeriod: L('This period', 'Cette période'),
  target: L('Target', 'Cible'),
  kpiTrend: L('Trend', 'Tendance'),
  pinned: L(
    'Pinned KPIs: share of each period’s target (100 % = on target)',
    'KPI épinglés : part de la cible de chaque période (100 % = dans la cible)',
  ),
  pinnedData: L(
    'The pinned KPIs’ chart data: formulas over the KPIs sheet (tick Pinned there)',
    'Les données du graphique des KPI épinglés : formules sur la feuille KPI (cochez Épinglé)',
  ),
  period: L('Period', 'Période'),
  periodsAgo: L('periods ago', 'périodes avant'),
  nextPeriod: L('next period', 'période suivante'),
  periodStart: L('Start:', 'Début :'),
  id: L('ID', 'ID'),
  frequency: L('Frequency', 'Fréquence'),
  registerRow: L('Row in the KPIs sheet’s table', 'Ligne dans le tableau de la feuille KPI'),
  direction: L('Direction', 'Sens'),
  lowerIsBetter: L('Lower is better', 'Plus bas est mieux'),
  firstTargetRow: L('First day in KPI targets', 'Premier jour dans Cibles des KPI'),
  lastTargetRow: L('Last day in KPI targets', 'Dernier jour dans Cibles des KPI'),
} as const satisfies Record<string, Localized>;

/** The health block's row labels, by the findings they count (the refresh writes the counts). */
export const HEALTH_LABELS: Readonly<Record<HealthCode, Localized>> = {
  kr_not_started: L('Not started', 'Non démarrés'),
  kr_stale: L('No recent check-in', 'Sans suivi récent'),
  kr_behind: L('Behind pace', 'En retard sur le rythme'),
  kr_past_due: L('Past due', 'Échéance dépassée'),
  objective_not_aligned: L('Objectives not aligned', 'Objectifs non rattachés'),
};

export type DashboardLabel = keyof typeof DASHBOARD_LABELS;

const byLang = (
  words: (lang: Lang) => readonly string[],
): Readonly<Record<Lang, readonly string[]>> => ({
  en: words('en'),
  fr: words('fr'),
});

/**
 * What the Kind dropdown says when a word outside it is typed: the kinds, from the vocabulary
 * (core/kind.ts), and what blank means.
 */
export const KIND_HELP: Readonly<Record<Lang, string>> = {
  en: `Choose a kind: ${KR_KINDS.map((k) => KIND_LABELS.en[k]).join(', ')} (blank is auto: increase or decrease, read from the baseline and the target).`,
  fr: `Choisissez un type : ${KR_KINDS.map((k) => KIND_LABELS.fr[k]).join(', ')} (vide vaut auto : augmenter ou diminuer, selon le point de départ et la cible).`,
};

/** The words each list dropdown of layout.ts offers. */
export const DROPDOWN_LISTS: Readonly<Record<ListName, Readonly<Record<Lang, readonly string[]>>>> =
  {
    kinds: byLang((l) => KR_KINDS.map((k) => KIND_LABELS[l][k])),
    directions: byLang((l) => [DIRECTION_LABELS[l].higher, DIRECTION_LABELS[l].lower]),
    states: {
      en: ['To do', 'In progress', 'Done', 'Blocked'],
      fr: ['À faire', 'En cours', 'Fait', 'Bloqué'],
    },
    frequencies: {
      en: ['daily', 'weekly', 'monthly', 'quarterly', 'yearly'],
      fr: ['quotidienne', 'hebdomadaire', 'mensuelle', 'trimestrielle', 'annuelle'],
    },
    // Words of core/kpi-words.ts's vocabulary, so the register reads each one it offers.
    measures: {
      en: ['total', 'rate'],
      fr: ['cumul', 'taux'],
    },
    sources: {
      en: [
        'Web analytics',
        'CRM',
        'Emailing tool',
        'Social network',
        'Search Console',
        'Ads platform',
        'Database',
        'Other',
      ],
      fr: [
        'Analytics web',
        'CRM',
        'Outil d’emailing',
        'Réseau social',
        'Search Console',
        'Régie publicitaire',
        'Base de données',
        'Autre',
      ],
    },
  };
