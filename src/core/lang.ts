/** The languages Okapi speaks. Adding one means adding its column to every catalogue. */
export const LANGS = ['en', 'fr'] as const;
export type Lang = (typeof LANGS)[number];

/** A text in every language Okapi speaks. */
export type Localized = Readonly<Record<Lang, string>>;

/**
 * Maps a Sheets locale ("fr_FR", "en_GB"), a BCP-47 tag ("fr-CA") or a language name
 * ("Français", "english") to a Lang; null when it names no language Okapi speaks.
 */
export function parseLang(text: string): Lang | null {
  const t = fold(text);
  if (t === '') return null;
  const code = t.split(/[_\-\s]/)[0] ?? '';
  if (code === 'en' || code === 'english' || code === 'anglais') return 'en';
  if (code === 'fr' || code === 'french' || code === 'francais') return 'fr';
  return null;
}

/** The language for a spreadsheet or user locale: its own when Okapi speaks it, else English. */
export function langOfLocale(locale: string): Lang {
  return parseLang(locale) ?? 'en';
}

/** Lower case, accents stripped, inner white space folded: how aliases are compared. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
}
