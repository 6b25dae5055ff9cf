import { UI_TEXT } from '../core/ui-text';
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

export const okapiCreateTemplate = notYet;
export const okapiOpenSidebar = notYet;
export const okapiRefresh = notYet;
