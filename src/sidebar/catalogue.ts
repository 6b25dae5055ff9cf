import type { Reading } from '../contract/cycle';
import type { Frequency, KpiSummary } from '../core/kpi-words';
import type { Lang } from '../core/lang';
import type { Period } from '../core/period';

/**
 * Every word the sidebar shows, in every language Okapi speaks. Kind, status, domain and
 * grade names come from the core's own catalogues, so the sidebar and the sheet agree.
 * Functions take the values to show; callers insert the result with textContent.
 */
export interface Catalogue {
  readonly sections: string;
  readonly tabOverview: string;
  readonly tabCreate: string;
  readonly tabCheckIn: string;
  readonly loading: string;
  readonly saving: string;
  readonly refreshing: string;
  readonly retry: string;
  readonly refresh: string;
  readonly period: (start: string, end: string, elapsed: string) => string;
  readonly noPeriod: string;
  readonly noObjectives: string;
  readonly under: (parent: string) => string;
  readonly notScored: string;
  readonly scoreLine: (score: string) => string;
  readonly krLine: (owner: string, score: string) => string;
  readonly noOwner: string;
  readonly findings: string;
  readonly noFindings: string;
  readonly workbookFindings: string;
  readonly periods: Readonly<Record<Period, string>>;

  readonly example: string;
  readonly blankForm: string;
  readonly useExample: string;
  readonly objective: string;
  readonly parent: string;
  readonly owner: string;
  readonly periodField: string;
  readonly keyResults: string;
  readonly krLegend: (n: number) => string;
  readonly krTitle: string;
  readonly kind: string;
  readonly unit: string;
  readonly baseline: string;
  readonly target: string;
  readonly weight: string;
  readonly fromKpi: string;
  readonly noKpi: string;
  readonly summarisedAs: string;
  readonly summaries: Readonly<Record<KpiSummary, string>>;
  readonly plus20: string;
  readonly times2: string;
  readonly plus20Label: string;
  readonly times2Label: string;
  readonly addKr: string;
  readonly removeKr: (n: number) => string;
  readonly create: string;
  readonly clear: string;

  readonly adviceObjective: string;
  readonly adviceObjectiveNumber: string;
  readonly adviceObjectiveOk: string;
  readonly adviceTooFew: (n: number) => string;
  readonly adviceTooMany: (n: number) => string;
  readonly adviceCountOk: (n: number) => string;
  readonly adviceTarget: string;
  readonly adviceOwner: string;
  readonly adviceMilestone: string;
  readonly needBaseline: string;

  readonly exampleFilled: string;
  readonly titleRequired: string;
  readonly krTitleRequired: string;
  readonly negativeWeight: string;
  readonly confidenceRange: string;
  readonly notANumber: (text: string) => string;
  /** A field's error naming what it belongs to, where its fieldset is not read with it. */
  readonly about: (name: string, message: string) => string;
  readonly fixFields: string;

  readonly current: string;
  readonly done: string;
  readonly confidence: string;
  readonly note: string;
  readonly targetIs: (target: string) => string;
  readonly fromFormula: string;
  /** The KPI's select, in the check-in: under a button that says "Current from a KPI". */
  readonly kpi: string;
  /** In place of Current's field once a KPI is chosen for it. */
  readonly followsKpi: (measure: string) => string;
  readonly saveCheckIn: string;
  readonly nothingToCheckIn: string;
  readonly nothingChanged: string;
  readonly kpis: string;
  readonly frequencies: Readonly<Record<Frequency, string>>;
  readonly thisPeriod: string;

  readonly created: (title: string) => string;
  readonly checkedIn: (krs: number, kpis: number) => string;
  readonly refreshed: (findings: number) => string;
  readonly restore: string;
  readonly restoring: string;
  readonly restored: (findings: number) => string;
  readonly failed: (message: string) => string;

  readonly tabPeriod: string;
  readonly closingView: string;
  readonly nextView: string;
  readonly periodHint: string;
  readonly periodName: (label: string, start: string, end: string) => string;
  readonly closedBefore: (review: string) => string;
  readonly grade: string;
  readonly readings: Readonly<Record<Reading, string>>;
  readonly computed: (score: string) => string;
  readonly override: string;
  readonly reason: string;
  readonly closingNote: string;
  readonly overrideRange: string;
  readonly reasonRequired: string;
  readonly closePeriod: string;
  readonly closing: string;
  readonly closed: (review: string) => string;
  readonly fromTo: (current: string, next: string) => string;
  readonly carryHint: string;
  readonly allKrs: string;
  readonly reached: string;
  readonly startsFrom: (baseline: string) => string;
  readonly noValue: string;
  readonly startNext: string;
  readonly starting: string;
  readonly started: (sheet: string, objectives: number, krs: number) => string;
}

const EN: Catalogue = {
  sections: 'Okapi sections',
  tabOverview: 'Objectives',
  tabCreate: 'New objective',
  tabCheckIn: 'Check-in',
  loading: 'Loading the OKRs…',
  saving: 'Saving…',
  refreshing: 'Refreshing…',
  retry: 'Try again',
  refresh: 'Refresh progress',
  period: (start, end, elapsed) => `Period ${start} – ${end} · ${elapsed} elapsed`,
  noPeriod: 'No period set on the OKR sheet yet.',
  noObjectives: 'No objectives yet: create one under “New objective”.',
  under: (parent) => `Under: ${parent}`,
  notScored: 'not scored',
  scoreLine: (score) => `Score ${score} ·`,
  krLine: (owner, score) => `${owner} · ${score}`,
  noOwner: 'no owner',
  findings: 'To look at',
  noFindings: 'Nothing to report.',
  workbookFindings: 'The workbook',
  periods: {
    month: 'Month',
    quarter: 'Quarter',
    'four months': 'Four months',
    half: 'Half year',
    year: 'Year',
  },

  example: 'Start from an example',
  blankForm: 'Blank form',
  useExample: 'Fill the form',
  objective: 'Objective',
  parent: 'Company objective (optional)',
  owner: 'Owner',
  periodField: 'Period',
  keyResults: 'Key results',
  krLegend: (n) => `Key result ${n}`,
  krTitle: 'Title',
  kind: 'Kind',
  unit: 'Unit',
  baseline: 'Baseline',
  target: 'Target',
  weight: 'Weight',
  fromKpi: 'Current from a KPI',
  noKpi: '— none —',
  summarisedAs: 'Summarised as',
  summaries: { last: 'last value', sum: 'sum', average: 'average' },
  plus20: '+20 %',
  times2: '×2',
  plus20Label: '+20 %: set the target to the baseline plus 20 %',
  times2Label: '×2: set the target to twice the baseline',
  addKr: 'Add a key result',
  removeKr: (n) => `Remove key result ${n}`,
  create: 'Create objective',
  clear: 'Clear',

  adviceObjective: 'One short, inspiring sentence.',
  adviceObjectiveNumber: 'Keep numbers for the key results: the objective stays qualitative.',
  adviceObjectiveOk: 'Qualitative, no number: good.',
  adviceTooFew: (n) => `Aim for 3 to 5 key results (${n} so far).`,
  adviceTooMany: (n) => `${n} key results: 3 to 5 keep the team focused.`,
  adviceCountOk: (n) => `${n} key results: within 3 to 5.`,
  adviceTarget: 'Give it a target, so it is measurable.',
  adviceOwner: 'Give it an owner.',
  adviceMilestone: 'Done or not: no target needed.',
  needBaseline: 'Type a baseline first.',

  exampleFilled: 'The form now holds the example: adapt it to your team.',
  titleRequired: 'Give the objective a title.',
  krTitleRequired: 'Give this key result a title, or clear its fields.',
  negativeWeight: 'A weight cannot be negative (0 leaves the key result out).',
  confidenceRange: 'Confidence goes from 0 to 100 %.',
  notANumber: (text) => `“${text}” is not a number.`,
  about: (name, message) => `${name}: ${message}`,
  fixFields: 'Some fields need a fix before saving.',

  current: 'Current',
  done: 'Done',
  confidence: 'Confidence (%)',
  note: 'Note',
  targetIs: (target) => `Target ${target}`,
  fromFormula: 'Fed by a formula in the sheet.',
  kpi: 'KPI',
  followsKpi: (measure) => `From the save on, Current follows “${measure}”.`,
  saveCheckIn: 'Save check-in',
  nothingToCheckIn: 'No key results to check in yet.',
  nothingChanged: 'Nothing changed: nothing to save.',
  kpis: 'KPIs',
  frequencies: {
    day: 'daily',
    week: 'weekly',
    month: 'monthly',
    quarter: 'quarterly',
    year: 'yearly',
  },
  thisPeriod: 'This period',

  created: (title) => `Objective created: ${title}`,
  checkedIn: (krs, kpis) => {
    const kr = krs === 1 ? '1 key result' : `${krs} key results`;
    const kpi = kpis === 1 ? '1 KPI' : `${kpis} KPIs`;
    return `${kpis === 0 ? kr : krs === 0 ? kpi : `${kr} and ${kpi}`} checked in.`;
  },
  refreshed: (n) =>
    n === 0
      ? 'Progress refreshed. Nothing to report.'
      : `Progress refreshed. ${n} point${n === 1 ? '' : 's'} to look at.`,
  restore: 'Restore computed cells',
  restoring: 'Restoring the computed cells…',
  restored: (n) =>
    n === 0
      ? 'Computed cells restored. Nothing to report.'
      : `Computed cells restored. ${n} point${n === 1 ? '' : 's'} to look at.`,
  failed: (message) => `The sheet was not updated: ${message}`,

  tabPeriod: 'Period end',
  closingView: 'Close',
  nextView: 'Next period',
  periodHint:
    'Close the period to grade it and write its review, then start the next one with what is left.',
  periodName: (label, start, end) => `${label} · ${start} – ${end}`,
  closedBefore: (review) => `Closed before: closing again rewrites “${review}”.`,
  grade: 'Grade',
  readings: {
    aim_higher: '1.0 — aim higher next time',
    delivered: 'Above 0.7: delivered',
    sweet_spot: '0.6–0.7: the sweet spot',
    progress: 'Progress, short of the goal',
    unrealistic: '~0.3: the OKR was likely unrealistic',
  },
  computed: (score) => `Computed ${score}`,
  override: 'Final score (0–1)',
  reason: 'Reason',
  closingNote: 'Closing note: what we learned',
  overrideRange: 'A final score goes from 0 to 1.',
  reasonRequired: 'Reason required: say why the score differs from the computed one.',
  closePeriod: 'Close period',
  closing: 'Closing the period…',
  closed: (review) => `Period closed: the review is in the “${review}” sheet.`,
  fromTo: (current, next) => `From ${current} to ${next}`,
  carryHint: 'Checked key results carry over, starting from their last value.',
  allKrs: 'All its key results',
  reached: 'reached',
  startsFrom: (baseline) => `starts from ${baseline}`,
  noValue: 'no value yet',
  startNext: 'Start next period',
  starting: 'Starting the next period…',
  started: (sheet, objectives, krs) =>
    `“${sheet}” is ready: ${objectives} objective${objectives === 1 ? '' : 's'}, ${krs} key result${krs === 1 ? '' : 's'} carried over.`,
};

const FR: Catalogue = {
  sections: 'Sections d’Okapi',
  tabOverview: 'Objectifs',
  tabCreate: 'Nouvel objectif',
  tabCheckIn: 'Suivi',
  loading: 'Chargement des OKR…',
  saving: 'Enregistrement…',
  refreshing: 'Actualisation…',
  retry: 'Réessayer',
  refresh: 'Actualiser la progression',
  period: (start, end, elapsed) => `Période du ${start} au ${end} · ${elapsed} écoulé`,
  noPeriod: 'Pas encore de période sur la feuille OKR.',
  noObjectives: 'Aucun objectif pour l’instant : créez-en un dans « Nouvel objectif ».',
  under: (parent) => `Sous : ${parent}`,
  notScored: 'sans score',
  scoreLine: (score) => `Score ${score} ·`,
  krLine: (owner, score) => `${owner} · ${score}`,
  noOwner: 'sans responsable',
  findings: 'À vérifier',
  noFindings: 'Rien à signaler.',
  workbookFindings: 'Le classeur',
  periods: {
    month: 'Mois',
    quarter: 'Trimestre',
    'four months': 'Quadrimestre',
    half: 'Semestre',
    year: 'Année',
  },

  example: 'Partir d’un exemple',
  blankForm: 'Formulaire vide',
  useExample: 'Remplir le formulaire',
  objective: 'Objectif',
  parent: 'Objectif d’entreprise (facultatif)',
  owner: 'Responsable',
  periodField: 'Période',
  keyResults: 'Résultats clés',
  krLegend: (n) => `Résultat clé ${n}`,
  krTitle: 'Intitulé',
  kind: 'Type',
  unit: 'Unité',
  baseline: 'Point de départ',
  target: 'Cible',
  weight: 'Poids',
  fromKpi: 'Valeur actuelle tirée d’un KPI',
  noKpi: '— aucun —',
  summarisedAs: 'Synthèse sur la période',
  summaries: { last: 'dernière valeur', sum: 'somme', average: 'moyenne' },
  plus20: '+20 %',
  times2: '×2',
  plus20Label: '+20 % : fixer la cible au point de départ plus 20 %',
  times2Label: '×2 : fixer la cible au double du point de départ',
  addKr: 'Ajouter un résultat clé',
  removeKr: (n) => `Retirer le résultat clé ${n}`,
  create: 'Créer l’objectif',
  clear: 'Effacer',

  adviceObjective: 'Une phrase courte et inspirante.',
  adviceObjectiveNumber:
    'Gardez les chiffres pour les résultats clés : l’objectif reste qualitatif.',
  adviceObjectiveOk: 'Qualitatif, sans chiffre : bien.',
  adviceTooFew: (n) => `Visez 3 à 5 résultats clés (${n} pour l’instant).`,
  adviceTooMany: (n) => `${n} résultats clés : 3 à 5 gardent l’équipe concentrée.`,
  adviceCountOk: (n) => `${n} résultats clés : entre 3 et 5.`,
  adviceTarget: 'Donnez-lui une cible, pour qu’il soit mesurable.',
  adviceOwner: 'Donnez-lui un responsable.',
  adviceMilestone: 'Fait ou pas : pas de cible nécessaire.',
  needBaseline: 'Saisissez d’abord le point de départ.',

  exampleFilled: 'Le formulaire reprend l’exemple : adaptez-le à votre équipe.',
  titleRequired: 'Donnez un intitulé à l’objectif.',
  krTitleRequired: 'Donnez un intitulé à ce résultat clé, ou videz ses champs.',
  negativeWeight: 'Un poids ne peut pas être négatif (0 exclut le résultat clé).',
  confidenceRange: 'La confiance va de 0 à 100 %.',
  notANumber: (text) => `« ${text} » n’est pas un nombre.`,
  about: (name, message) => `${name} : ${message}`,
  fixFields: 'Certains champs sont à corriger avant d’enregistrer.',

  current: 'Valeur actuelle',
  done: 'Fait',
  confidence: 'Confiance (%)',
  note: 'Note',
  targetIs: (target) => `Cible ${target}`,
  fromFormula: 'Alimentée par une formule de la feuille.',
  kpi: 'KPI',
  followsKpi: (measure) => `Dès l’enregistrement, la valeur actuelle suivra « ${measure} ».`,
  saveCheckIn: 'Enregistrer le suivi',
  nothingToCheckIn: 'Pas encore de résultat clé à suivre.',
  nothingChanged: 'Rien n’a changé : rien à enregistrer.',
  kpis: 'KPI',
  frequencies: {
    day: 'quotidien',
    week: 'hebdomadaire',
    month: 'mensuel',
    quarter: 'trimestriel',
    year: 'annuel',
  },
  thisPeriod: 'Cette période',

  created: (title) => `Objectif créé : ${title}`,
  checkedIn: (krs, kpis) => {
    const kr = krs === 1 ? '1 résultat clé' : `${krs} résultats clés`;
    const what = kpis === 0 ? kr : krs === 0 ? `${kpis} KPI` : `${kr} et ${kpis} KPI`;
    return `${what} ${krs + kpis === 1 ? 'suivi' : 'suivis'}.`;
  },
  refreshed: (n) =>
    n === 0
      ? 'Progression actualisée. Rien à signaler.'
      : `Progression actualisée. ${n} point${n === 1 ? '' : 's'} à vérifier.`,
  restore: 'Rétablir les cellules calculées',
  restoring: 'Rétablissement des cellules calculées…',
  restored: (n) =>
    n === 0
      ? 'Cellules calculées rétablies. Rien à signaler.'
      : `Cellules calculées rétablies. ${n} point${n === 1 ? '' : 's'} à vérifier.`,
  failed: (message) => `La feuille n’a pas été mise à jour : ${message}`,

  tabPeriod: 'Fin de période',
  closingView: 'Clôture',
  nextView: 'Période suivante',
  periodHint:
    'Clôturez la période pour la noter et écrire sa revue, puis démarrez la suivante avec ce qui reste.',
  periodName: (label, start, end) => `${label} · du ${start} au ${end}`,
  closedBefore: (review) => `Déjà clôturée : clôturer à nouveau réécrit « ${review} ».`,
  grade: 'Note',
  readings: {
    aim_higher: '1,0 — visez plus haut la prochaine fois',
    delivered: 'Au-dessus de 0,7 : réussi',
    sweet_spot: '0,6–0,7 : la zone idéale',
    progress: 'Des progrès, sans atteindre l’objectif',
    unrealistic: '~0,3 : l’OKR était sans doute irréaliste',
  },
  computed: (score) => `Calculé ${score}`,
  override: 'Score final (0–1)',
  reason: 'Raison',
  closingNote: 'Note de clôture : ce que nous avons appris',
  overrideRange: 'Un score final va de 0 à 1.',
  reasonRequired: 'Raison obligatoire : dites pourquoi le score diffère du score calculé.',
  closePeriod: 'Clôturer la période',
  closing: 'Clôture de la période…',
  closed: (review) => `Période clôturée : la revue est dans la feuille « ${review} ».`,
  fromTo: (current, next) => `De ${current} à ${next}`,
  carryHint: 'Les résultats clés cochés sont reportés, à partir de leur dernière valeur.',
  allKrs: 'Tous ses résultats clés',
  reached: 'atteint',
  startsFrom: (baseline) => `part de ${baseline}`,
  noValue: 'pas encore de valeur',
  startNext: 'Démarrer la période suivante',
  starting: 'Démarrage de la période suivante…',
  started: (sheet, objectives, krs) =>
    `« ${sheet} » est prête : ${objectives} objectif${objectives > 1 ? 's' : ''}, ${krs} résultat${krs > 1 ? 's clés reportés' : ' clé reporté'}.`,
};

export const CATALOGUES: Readonly<Record<Lang, Catalogue>> = { en: EN, fr: FR };
