import type { Lang } from './lang';

/** Words of the add-on's own UI (menu, dialogs, toasts), in every language Okapi speaks. */
export interface UiText {
  readonly menuCreateTemplate: string;
  readonly menuOpenSidebar: string;
  readonly menuRefresh: string;
  readonly menuHelp: string;
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
    sidebarFailed: 'Okapi could not open its sidebar:',
    templateFailed: 'Okapi could not create the template:',
    refreshFailed: 'Okapi could not refresh the progress:',
  },
  fr: {
    menuCreateTemplate: 'Créer le modèle OKR',
    menuOpenSidebar: 'Ouvrir le panneau',
    menuRefresh: 'Actualiser la progression',
    menuHelp: 'Aide',
    sidebarFailed: 'Okapi n’a pas pu ouvrir son panneau :',
    templateFailed: 'Okapi n’a pas pu créer le modèle :',
    refreshFailed: 'Okapi n’a pas pu actualiser la progression :',
  },
};
