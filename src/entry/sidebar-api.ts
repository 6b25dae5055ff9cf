import type { SidebarApi } from '../contract/sidebar';
import type { WordsOf } from '../workbook/refresh/findings';
import { loadSidebar, refreshSidebar, saveSidebar } from '../workbook/sidebar/server';
import { createTemplate } from '../workbook/template/template';
import { readContents } from './content';

/**
 * The functions the sidebar calls through google.script.run, typed against its contract. Any
 * browser can call them with anything: the save checks its input before it writes.
 */
const words: WordsOf = (lang) => readContents().findings[lang];

const api = {
  okapiSidebarLoad: () => loadSidebar(SpreadsheetApp.getActiveSpreadsheet(), words),
  okapiSidebarSave: (batch: unknown) => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    return saveSidebar(batch, ss, () => createTemplate(readContents().template, {}, ss), words);
  },
  okapiSidebarRefresh: () => refreshSidebar(SpreadsheetApp.getActiveSpreadsheet(), words),
  okapiSidebarRestore: () => refreshSidebar(SpreadsheetApp.getActiveSpreadsheet(), words, true),
} satisfies SidebarApi;

export const { okapiSidebarLoad, okapiSidebarSave, okapiSidebarRefresh, okapiSidebarRestore } = api;
