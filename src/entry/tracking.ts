import { UI_TEXT } from '../core/ui-text';
import { isTracking, setTracking, trackingRun } from '../workbook/tracking/tracking';
import { uiLang } from './locale';
import { alertFailure } from './menu';

/**
 * Menu: Track daily (docs/tracking.md). The menu is built where the state may not be readable
 * (AuthMode.NONE), so the item keeps one label: choosing it says the current state and asks
 * before changing it, and a toast says the new one. Nothing is installed without that answer.
 */
export function okapiTrackDaily(): void {
  const lang = uiLang();
  const t = UI_TEXT[lang];
  try {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const ui = SpreadsheetApp.getUi();
    const on = isTracking();
    const ask = on
      ? `${t.trackingOn} ${t.trackingTurnOff}`
      : `${t.trackingOff} ${t.trackingTurnOn}`;
    if (ui.alert(t.menuTrackDaily, ask, ui.ButtonSet.YES_NO) !== ui.Button.YES) return;
    setTracking(lang, ss, !on);
    ss.toast(on ? t.trackingOff : t.trackingOn, 'Okapi');
  } catch (e) {
    alertFailure('trackingFailed', e);
  }
}

/**
 * The daily run, called by the time-driven trigger with no one at the keyboard: a failure is
 * logged, never thrown (an add-on's trigger sends no error email, and nobody could act on one).
 * The spreadsheet is the one the trigger was created in (docs/tracking.md#reaching-the-spreadsheet).
 */
export function okapiTrackingRun(e?: GoogleAppsScript.Events.TimeDriven): void {
  try {
    trackingRun(SpreadsheetApp.getActiveSpreadsheet(), e?.triggerUid ?? '');
  } catch (err) {
    console.log(`Okapi daily tracking: ${err instanceof Error ? err.message : String(err)}`);
  }
}
