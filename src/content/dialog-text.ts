import type { Lang } from '../core/lang';

/**
 * The words of the menu's dialogs and toasts: Help, and the end of Refresh progress. They live
 * in content.html, not in the bundle every custom function loads: only the menu reads them.
 * (A failure's words stay in the bundle, ui-text.ts: they must not depend on a file read.)
 */
export interface DialogText {
  readonly helpTitle: string;
  readonly helpBody: string;
  readonly refreshTitle: string;
  readonly refreshClean: string;
  readonly refreshToCheck: string;
  readonly refreshMore: string;
  /** "Create OKR template" where one exists: what the person most likely wants instead. */
  readonly templateExistsTitle: string;
  /** {sheet}: the current OKR sheet. */
  readonly templateExistsBody: string;
}

export const DIALOG_TEXT: Readonly<Record<Lang, DialogText>> = {
  en: {
    helpTitle: 'Okapi — OKRs and KPIs',
    helpBody: [
      'Custom functions you can type in any cell:',
      '• KR_PROGRESS(current, target, [baseline], [kind]) — a key result’s score, 0 to 1.',
      '• OKR_SCORE(current, target, [baseline], [weight], [kind]) — an objective’s weighted score.',
      '• KPI_STATUS(actual, target, [direction], [tolerance], [elapsed], [language]) — On track, At risk, Off track or No data.',
      '• PERIOD_ELAPSED(start, end, [today]) — the share of a period elapsed, 0 to 1.',
      '',
      'Scores: 0.0–0.3 red, 0.4–0.6 yellow, 0.7–1.0 green; 0.7 is the sweet spot of an ambitious OKR.',
    ].join('\n'),
    refreshTitle: 'Okapi — progress refreshed',
    refreshClean: 'Progress refreshed. Nothing to report.',
    refreshToCheck: 'Worth a look:',
    refreshMore: 'more in the sidebar',
    templateExistsTitle: 'Okapi — an OKR template is already here',
    templateExistsBody:
      'This spreadsheet already has its OKR sheet, “{sheet}”.\n\nYes: start the next period (choose what to carry over).\nNo: go to “{sheet}”.\nCancel: do nothing.',
  },
  fr: {
    helpTitle: 'Okapi — OKR et KPI',
    helpBody: [
      'Fonctions personnalisées à taper dans une cellule :',
      '• KR_PROGRESS(current, target, [baseline], [kind]) — le score d’un résultat clé, de 0 à 1.',
      '• OKR_SCORE(current, target, [baseline], [weight], [kind]) — le score pondéré d’un objectif.',
      '• KPI_STATUS(actual, target, [direction], [tolerance], [elapsed], [language]) — En bonne voie, À risque, En retard ou Pas de données.',
      '• PERIOD_ELAPSED(start, end, [today]) — la part écoulée d’une période, de 0 à 1.',
      '',
      'Scores : 0,0–0,3 rouge, 0,4–0,6 jaune, 0,7–1,0 vert ; 0,7 est idéal pour un OKR ambitieux.',
    ].join('\n'),
    refreshTitle: 'Okapi — progression actualisée',
    refreshClean: 'Progression actualisée. Rien à signaler.',
    refreshToCheck: 'À regarder :',
    refreshMore: 'de plus dans le panneau',
    templateExistsTitle: 'Okapi — un modèle OKR est déjà là',
    templateExistsBody:
      'Ce classeur a déjà sa feuille OKR, « {sheet} ».\n\nOui : démarrer la période suivante (choisir ce qui est reporté).\nNon : aller à « {sheet} ».\nAnnuler : ne rien faire.',
  },
};
