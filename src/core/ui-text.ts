import type { Lang } from './lang';

/** Words of the add-on's own UI (menu, dialogs, toasts), in every language Okapi speaks. */
export interface UiText {
  readonly menuCreateTemplate: string;
  readonly menuOpenSidebar: string;
  readonly menuRefresh: string;
  readonly menuHelp: string;
  readonly menuTrackDaily: string;
  readonly menuClosePeriod: string;
  readonly menuNextPeriod: string;
  readonly closeFailed: string;
  readonly nextFailed: string;
  /** Why a period cannot be closed or followed. */
  readonly noPeriod: string;
  /** Track daily's state, said when asked and after a change: the menu cannot show it. */
  readonly trackingOn: string;
  readonly trackingOff: string;
  readonly trackingTurnOn: string;
  readonly trackingTurnOff: string;
  readonly trackingFailed: string;
  readonly sidebarFailed: string;
  readonly templateFailed: string;
  readonly refreshFailed: string;
}

export const UI_TEXT: Record<Lang, UiText> = {
  en: {
    menuCreateTemplate: 'Create OKR template',
    menuOpenSidebar: 'Open sidebar',
    menuRefresh: 'Refresh progress',
    menuHelp: 'Help',
    menuTrackDaily: 'Track daily',
    menuClosePeriod: 'Close period…',
    menuNextPeriod: 'Start next period…',
    closeFailed: 'Okapi could not close the period:',
    nextFailed: 'Okapi could not start the next period:',
    noPeriod:
      'the OKR sheet has no period: type its first and last days in Period start and Period end, above the table.',
    trackingOn: 'Daily tracking is on.',
    trackingOff: 'Daily tracking is off.',
    trackingTurnOn: 'Turn it on? Each evening, Okapi records the check-ins that changed.',
    trackingTurnOff: 'Turn it off?',
    trackingFailed: 'Okapi could not change daily tracking:',
    sidebarFailed: 'Okapi could not open its sidebar:',
    templateFailed: 'Okapi could not create the template:',
    refreshFailed: 'Okapi could not refresh the progress:',
  },
  fr: {
    menuCreateTemplate: 'Créer le modèle OKR',
    menuOpenSidebar: 'Ouvrir le panneau',
    menuRefresh: 'Actualiser la progression',
    menuHelp: 'Aide',
    menuTrackDaily: 'Suivi quotidien',
    menuClosePeriod: 'Clôturer la période…',
    menuNextPeriod: 'Démarrer la période suivante…',
    closeFailed: 'Okapi n’a pas pu clôturer la période :',
    nextFailed: 'Okapi n’a pas pu démarrer la période suivante :',
    noPeriod:
      'la feuille OKR n’a pas de période : indiquez son premier et son dernier jour dans Début de période et Fin de période, au-dessus du tableau.',
    trackingOn: 'Le suivi quotidien est activé.',
    trackingOff: 'Le suivi quotidien est désactivé.',
    trackingTurnOn: 'L’activer ? Chaque soir, Okapi note les suivis qui ont changé.',
    trackingTurnOff: 'Le désactiver ?',
    trackingFailed: 'Okapi n’a pas pu changer le suivi quotidien :',
    sidebarFailed: 'Okapi n’a pas pu ouvrir son panneau :',
    templateFailed: 'Okapi n’a pas pu créer le modèle :',
    refreshFailed: 'Okapi n’a pas pu actualiser la progression :',
  },
};
