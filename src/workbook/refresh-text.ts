import type { Localized } from '../core/lang';

/** The words of Refresh progress: its dialog, its toast and its one error. */
export const REFRESH_TEXT = {
  title: { en: 'Okapi — progress refreshed', fr: 'Okapi — progression actualisée' },
  busy: {
    en: 'Another Okapi refresh or template is still writing to this spreadsheet. Try again in a minute.',
    fr: 'Une autre actualisation ou création de modèle Okapi écrit encore dans ce classeur. Réessayez dans une minute.',
  },
  failed: { en: 'Okapi could not refresh the progress:', fr: 'Okapi n’a pas pu actualiser la progression :' },
  clean: {
    en: 'Progress refreshed. Nothing to report.',
    fr: 'Progression actualisée. Rien à signaler.',
  },
  toCheck: { en: 'Worth a look:', fr: 'À regarder :' },
  more: { en: 'more in the sidebar', fr: 'de plus dans le panneau' },
} as const satisfies Record<string, Localized>;
