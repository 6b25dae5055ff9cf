import type { SaveResult, SidebarState } from '../../contract/sidebar';
import { langOfLocale } from '../../core/lang';
import type { WordsOf } from '../refresh/findings';
import { previewRefresh, type RefreshResult, refreshWorkbook } from '../refresh/refresh';
import { crossing } from './crossing';
import { checkBatch } from './input';
import { type Applied, applyBatch } from './save';
import { sidebarState } from './state';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * The server side of the sidebar's API (src/contract/sidebar.ts), each call one round trip: the load
 * reads and writes nothing; a save writes its batch and refreshes under one lock; all answer
 * with the whole state, so the sidebar never asks twice.
 */
export function loadSidebar(ss: Spreadsheet, words: WordsOf): SidebarState {
  const locale = ss.getSpreadsheetLocale();
  return crossing(sidebarState(previewRefresh(ss), locale, ss.getSpreadsheetTimeZone(), words));
}

/** Refresh progress; with `restore`, computed cells typed over get their formulas back. */
export function refreshSidebar(ss: Spreadsheet, words: WordsOf, restore = false): SaveResult {
  const locale = ss.getSpreadsheetLocale();
  const found = refreshWorkbook(langOfLocale(locale), ss, { restore });
  const state = sidebarState(found, locale, ss.getSpreadsheetTimeZone(), words);
  return crossing({ state, createdObjectiveIds: [], checkedIn: 0 });
}

/**
 * `input` is whatever the browser sent: it is checked whole before anything is written. A
 * workbook without an OKR table gets the template first (`makeTemplate`), then the save.
 */
export function saveSidebar(
  input: unknown,
  ss: Spreadsheet,
  makeTemplate: () => void,
  words: WordsOf,
): SaveResult {
  const locale = ss.getSpreadsheetLocale();
  const lang = langOfLocale(locale);
  const batch = checkBatch(input, lang);
  const timeZone = ss.getSpreadsheetTimeZone();
  const out: { applied?: Applied | null } = {};
  const save = (): RefreshResult =>
    refreshWorkbook(lang, ss, {
      before: (found) => {
        out.applied = applyBatch(batch, found, lang, locale, timeZone);
      },
      checkedIn: new Set([
        ...batch.checkIns.map((c) => c.krId),
        ...(batch.kpiCheckIns ?? []).map((c) => c.kpiId),
      ]),
    });
  let result = save();
  if (out.applied === null) {
    makeTemplate();
    result = save();
  }
  const applied = out.applied ?? { objectives: [], checkedIn: 0 };
  return crossing({
    state: sidebarState(result, locale, timeZone, words),
    createdObjectiveIds: result.objectives
      .filter((o) => applied.objectives.some((a) => a.sheet === o.sheet && a.row === o.row))
      .map((o) => o.id),
    checkedIn: applied.checkedIn,
  });
}
