import type { Localized } from '../core/lang';

/** The refresh's one error of its own: another Okapi write holds the document lock. */
export const BUSY_TEXT: Localized = {
  en: 'Another Okapi refresh or template is still writing to this spreadsheet. Try again in a minute.',
  fr: 'Une autre actualisation ou création de modèle Okapi écrit encore dans ce classeur. Réessayez dans une minute.',
};
