import type { Lang } from './lang';

/** Words of the add-on's own UI (menu, dialogs, toasts), in every language Okapi speaks. */
export interface UiText {
  readonly menuCreateTemplate: string;
  readonly menuOpenSidebar: string;
  readonly menuRefresh: string;
  readonly menuHelp: string;
  readonly helpTitle: string;
  readonly helpBody: string;
  readonly notYet: string;
}

export const UI_TEXT: Record<Lang, UiText> = {
  en: {
    menuCreateTemplate: 'Create OKR template',
    menuOpenSidebar: 'Open sidebar',
    menuRefresh: 'Refresh progress',
    menuHelp: 'Help',
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
    notYet: 'This part of Okapi is not built yet. The custom functions already work in any cell.',
  },
  fr: {
    menuCreateTemplate: 'Créer le modèle OKR',
    menuOpenSidebar: 'Ouvrir le panneau',
    menuRefresh: 'Actualiser la progression',
    menuHelp: 'Aide',
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
    notYet:
      'Cette partie d’Okapi n’est pas encore construite. Les fonctions personnalisées marchent déjà dans toute cellule.',
  },
};
