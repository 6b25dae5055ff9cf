import { UI_TEXT, type UiText } from '../core/ui-text';
import { findingMessage } from '../workbook/refresh/findings';
import { refreshWorkbook } from '../workbook/refresh/refresh';
import { createTemplate } from '../workbook/template/template';
import { readContents } from './content';
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
  const t = readContents().dialogs[uiLang()];
  SpreadsheetApp.getUi().alert(t.helpTitle, t.helpBody, SpreadsheetApp.getUi().ButtonSet.OK);
}

/** A menu action's failure as a plain alert: a menu item never throws at the user. */
function alertFailure(prefix: keyof UiText, e: unknown): void {
  SpreadsheetApp.getUi().alert(
    `${UI_TEXT[uiLang()][prefix]} ${e instanceof Error ? e.message : String(e)}`,
  );
}

/**
 * Menu: Create OKR template. A failure (another Okapi write holding the lock too long, a
 * protected spreadsheet…) is an alert, and nothing existing was changed either way.
 */
export function okapiCreateTemplate(): void {
  try {
    createTemplate(readContents().template);
  } catch (e) {
    alertFailure('templateFailed', e);
  }
}

/** Menu: Open sidebar (dist/sidebar.html). */
export function okapiOpenSidebar(): void {
  try {
    SpreadsheetApp.getUi().showSidebar(
      HtmlService.createHtmlOutputFromFile('sidebar').setTitle('Okapi'),
    );
  } catch (e) {
    alertFailure('sidebarFailed', e);
  }
}

/** How many findings the dialog lists; the sidebar shows them all. */
const DIALOG_FINDINGS = 12;

/**
 * Menu: Refresh progress: a clean refresh ends with a toast, findings are listed in a dialog,
 * a failure is an alert.
 */
export function okapiRefresh(): void {
  const lang = uiLang();
  try {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const { findings } = refreshWorkbook(lang, ss);
    const { dialogs, findings: words } = readContents();
    const t = dialogs[lang];
    if (findings.length === 0) {
      ss.toast(t.refreshClean, 'Okapi');
      return;
    }
    const shown = findings
      .slice(0, DIALOG_FINDINGS)
      .map((f) => `• ${findingMessage(f, words[lang], lang)}`);
    const rest = findings.length - shown.length;
    if (rest > 0) shown.push(`… ${rest} ${t.refreshMore}`);
    const ui = SpreadsheetApp.getUi();
    ui.alert(t.refreshTitle, `${t.refreshToCheck}\n\n${shown.join('\n')}`, ui.ButtonSet.OK);
  } catch (e) {
    alertFailure('refreshFailed', e);
  }
}
