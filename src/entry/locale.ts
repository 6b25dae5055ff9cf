import { type Lang, langOfLocale } from '../core/lang';

/** The spreadsheet's locale ("fr_FR"): 2 service calls, so callers read it once and only if needed. */
export function spreadsheetLocale(): string {
  return SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale();
}

/**
 * The language for UI text. In AuthMode.NONE (a menu built before the add-on is authorised)
 * the document cannot be read, so the user's own locale is tried, then English.
 */
export function uiLang(): Lang {
  try {
    return langOfLocale(spreadsheetLocale());
  } catch {
    try {
      return langOfLocale(Session.getActiveUserLocale());
    } catch {
      return 'en';
    }
  }
}
