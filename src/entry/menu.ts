import { UI_TEXT, type UiText } from '../core/ui-text';
import { findingMessage } from '../workbook/refresh/findings';
import { refreshWorkbook } from '../workbook/refresh/refresh';
import { readMarks } from '../workbook/sheets/marks';
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
    .addItem(t.menuClosePeriod, 'okapiClosePeriodMenu')
    .addItem(t.menuNextPeriod, 'okapiNextPeriodMenu')
    .addItem(t.menuTrackDaily, 'okapiTrackDaily')
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
export function alertFailure(prefix: keyof UiText, e: unknown): void {
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
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const existing = readMarks(ss).find((m) => m.role === 'okrs' && !m.closed);
    if (existing === undefined) {
      createTemplate(readContents().template, {}, ss);
      return;
    }
    // A template is here: offer the next period, or the sheet itself, never a duplicate.
    const t = readContents().dialogs[uiLang()];
    const ui = SpreadsheetApp.getUi();
    const name = existing.sheet.getName();
    const body = t.templateExistsBody.replaceAll('{sheet}', name);
    const answer = ui.alert(t.templateExistsTitle, body, ui.ButtonSet.YES_NO_CANCEL);
    if (answer === ui.Button.YES) showSidebar('next');
    else if (answer === ui.Button.NO) existing.sheet.activate();
  } catch (e) {
    alertFailure('templateFailed', e);
  }
}

/** The views the menu may open the sidebar on; the sidebar reads the word from its page. */
export type SidebarView = 'closing' | 'next';

/** Shows the sidebar (dist/sidebar.html), on one of its views when asked. */
export function showSidebar(view?: SidebarView): void {
  const html = HtmlService.createHtmlOutputFromFile('sidebar').setTitle('Okapi');
  SpreadsheetApp.getUi().showSidebar(
    view === undefined ? html : html.append(`<meta name="okapi-view" content="${view}">`),
  );
}

/** Menu: Open sidebar. */
export function okapiOpenSidebar(): void {
  try {
    showSidebar();
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
