import type { Lang } from '../../core/lang';
import { refreshWorkbook } from '../refresh/refresh';
import { withDocumentLock } from '../sheets/document-lock';

/**
 * Track daily (docs/tracking.md): a time-driven trigger that runs the refresh once a day, so the
 * history records the check-ins typed or fed by formulas without anyone pressing Refresh. A
 * person turns it on from the menu; it is never installed otherwise, and turning it off removes
 * it. A trigger is visible to its creator only, so the spreadsheet's document properties name
 * the one trigger that tracks it: every editor sees the same state, and any other trigger
 * finding itself not named there removes itself at its next run.
 */

/** The function each daily run calls: a top-level function of main.js (src/entry/tracking.ts). */
export const TRACKING_HANDLER = 'okapiTrackingRun';

/** The document property holding the unique ID of the trigger that tracks this spreadsheet. */
const TRACKING_KEY = 'okapi.tracking';

/**
 * Runs start within this hour of the spreadsheet's time zone (Apps Script picks the minute), so
 * a day's history rows hold its last state and are dated that day.
 */
const TRACKING_HOUR = 23;

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Whether this spreadsheet is tracked daily, by whichever editor turned it on. */
export function isTracking(): boolean {
  return PropertiesService.getDocumentProperties().getProperty(TRACKING_KEY) !== null;
}

/**
 * Turns daily tracking on or off, under the document lock so that two editors' clicks do not
 * interleave. This user's own tracking trigger goes first either way: an add-on may hold only
 * one time-driven trigger per user and document, and an older one is no longer named.
 */
export function setTracking(lang: Lang, ss: Spreadsheet, on: boolean): void {
  withDocumentLock(lang, () => {
    const properties = PropertiesService.getDocumentProperties();
    removeOwn(ss);
    if (!on) {
      properties.deleteProperty(TRACKING_KEY);
      return;
    }
    const trigger = ScriptApp.newTrigger(TRACKING_HANDLER)
      .timeBased()
      .everyDays(1)
      .atHour(TRACKING_HOUR)
      .inTimezone(ss.getSpreadsheetTimeZone())
      .create();
    properties.setProperty(TRACKING_KEY, trigger.getUniqueId());
  });
}

/**
 * One daily run: the refresh, which records each changed check-in with its source (formula or
 * sheet). A trigger no longer named in the document properties (turned off by another editor)
 * removes itself; so does tracking when the workbook holds none of Okapi's sheets any more,
 * since there is nothing left to record (turning it on again is one click).
 */
export function trackingRun(ss: Spreadsheet, triggerUid: string): void {
  const properties = PropertiesService.getDocumentProperties();
  if (properties.getProperty(TRACKING_KEY) !== triggerUid) {
    removeOwn(ss, triggerUid);
    return;
  }
  // English: the lock's message can only reach the execution log.
  if (refreshWorkbook('en', ss).read.sheets.length > 0) return;
  removeOwn(ss, triggerUid);
  properties.deleteProperty(TRACKING_KEY);
}

/** This user's tracking triggers in this spreadsheet, or the one with `uid`, deleted. */
function removeOwn(ss: Spreadsheet, uid?: string): void {
  for (const t of ScriptApp.getUserTriggers(ss))
    if (
      t.getHandlerFunction() === TRACKING_HANDLER &&
      (uid === undefined || t.getUniqueId() === uid)
    )
      ScriptApp.deleteTrigger(t);
}
