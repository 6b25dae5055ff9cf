import { UI_TEXT } from '../core/ui-text';
import { refreshWorkbook } from '../workbook/refresh';
import { REFRESH_TEXT } from '../workbook/refresh-text';
import { createTemplate, TEMPLATE_TEXT } from '../workbook/template';
import { uiLang } from './locale';

/**
 * The Extensions ▸ Okapi menu. It is built in every auth mode, AuthMode.NONE included, so it
 * touches nothing but the Ui (and, where allowed, the locale for its labels).
 */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const t = UI_TEXT[uiLang()];
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(t.menuCreateTemplate, 'okapiCreateTemplate')
    .addItem(t.menuOpenSidebar, 'okapiOpenSidebar')
    .addItem(t.menuRefresh, 'okapiRefresh')
    .addSeparator()
    .addItem(t.menuHelp, 'okapiHelp')
    .addToUi();
}

/** Installing from the Marketplace does not fire onOpen for the open document: do it here. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

export function okapiHelp(): void {
  const t = UI_TEXT[uiLang()];
  SpreadsheetApp.getUi().alert(t.helpTitle, t.helpBody, SpreadsheetApp.getUi().ButtonSet.OK);
}

function notYet(): void {
  SpreadsheetApp.getUi().alert(UI_TEXT[uiLang()].notYet);
}

/**
 * Menu: Create OKR template. Never throws at the user: a failure (another Okapi write holding
 * the lock too long, a protected spreadsheet…) becomes a plain alert, and nothing existing
 * was changed either way.
 */
export function okapiCreateTemplate(): void {
  try {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const { lang } = createTemplate({}, ss);
    ss.toast(TEMPLATE_TEXT.done[lang], 'Okapi');
  } catch (e) {
    const lang = uiLang();
    SpreadsheetApp.getUi().alert(
      `${TEMPLATE_TEXT.failed[lang]} ${e instanceof Error ? e.message : String(e)}`,
    );
  }
}

export const okapiOpenSidebar = notYet;
/** How many findings the dialog lists; the sidebar shows them all. */
const DIALOG_FINDINGS = 12;

/**
 * Menu: Refresh progress. A thin wrapper that never throws at the user: a clean refresh ends
 * with a toast, findings are listed in a dialog, a failure is a plain alert.
 */
export function okapiRefresh(): void {
  const lang = uiLang();
  const t = REFRESH_TEXT;
  try {
    const { findings } = refreshWorkbook(lang);
    if (findings.length === 0) {
      SpreadsheetApp.getActiveSpreadsheet().toast(t.clean[lang], 'Okapi');
      return;
    }
    const shown = findings.slice(0, DIALOG_FINDINGS).map((f) => `• ${f.message}`);
    const rest = findings.length - shown.length;
    if (rest > 0) shown.push(`… ${rest} ${t.more[lang]}`);
    const ui = SpreadsheetApp.getUi();
    ui.alert(t.title[lang], `${t.toCheck[lang]}\n\n${shown.join('\n')}`, ui.ButtonSet.OK);
  } catch (e) {
    SpreadsheetApp.getUi().alert(`${t.failed[lang]} ${e instanceof Error ? e.message : String(e)}`);
  }
}
