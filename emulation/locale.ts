/** What a spreadsheet locale changes in how numbers, booleans and dates are typed and shown. */

export interface LocaleConventions {
  decimal: string;
  /** Separators accepted when typing grouped thousands; the first is used for display. */
  groups: string[];
  trueText: string;
  falseText: string;
  /** The day/month order of a typed "1/2/2024". */
  dayFirst: boolean;
  dateFormat: string;
  months: string[];
  weekdays: string[];
}

const EN_MONTHS =
  'January February March April May June July August September October November December'.split(
    ' ',
  );
const EN_DAYS = 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday'.split(' ');
const FR_MONTHS =
  'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' ');
const FR_DAYS = 'dimanche lundi mardi mercredi jeudi vendredi samedi'.split(' ');

/** Languages that write decimals with a comma (the rest use a point). */
const COMMA_DECIMAL = new Set([
  'fr',
  'de',
  'es',
  'it',
  'pt',
  'nl',
  'ru',
  'pl',
  'sv',
  'da',
  'fi',
  'nb',
  'cs',
  'tr',
]);

export function conventions(locale: string): LocaleConventions {
  const lang = locale.split(/[_-]/)[0]?.toLowerCase() ?? 'en';
  const french = lang === 'fr';
  const comma = COMMA_DECIMAL.has(lang);
  return {
    decimal: comma ? ',' : '.',
    // Sheets displays French thousands with a narrow no-break space; typing accepts any space.
    groups: french ? ['\u202f', '\u00a0', ' '] : comma ? ['.'] : [','],
    trueText: french ? 'VRAI' : 'TRUE',
    falseText: french ? 'FAUX' : 'FALSE',
    dayFirst: locale !== 'en_US' && locale !== 'en',
    dateFormat: locale === 'en_US' || locale === 'en' ? 'M/d/yyyy' : 'dd/MM/yyyy',
    months: french ? FR_MONTHS : EN_MONTHS,
    weekdays: french ? FR_DAYS : EN_DAYS,
  };
}
