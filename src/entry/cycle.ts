import type { CycleApi } from '../contract/cycle';
import { UI_TEXT } from '../core/ui-text';
import { checkClosingChoices, checkNextChoices } from '../workbook/cycle/choices';
import { closePeriod, loadClosing } from '../workbook/cycle/closing';
import { loadNextPeriod, startNextPeriod } from '../workbook/cycle/next-period';
import { readContents } from './content';
import { uiLang } from './locale';
import { alertFailure, showSidebar } from './menu';

/**
 * The end of a period and the next one (docs/workbook.md#the-cycle): the menu opens the
 * sidebar on its view, and the view calls the functions below, each one round trip. Any browser
 * can call them with anything: choices are checked before anything is written.
 */
const noPeriod = (): Error => new Error(UI_TEXT[uiLang()].noPeriod);

const api = {
  okapiClosingLoad: () => loadClosing(SpreadsheetApp.getActiveSpreadsheet()),
  okapiClosePeriod: (choices?: unknown) => {
    const lang = uiLang();
    return closePeriod(
      SpreadsheetApp.getActiveSpreadsheet(),
      checkClosingChoices(choices, lang),
      readContents().review[lang],
      noPeriod,
    );
  },
  okapiNextPeriodLoad: () => loadNextPeriod(SpreadsheetApp.getActiveSpreadsheet()),
  okapiStartNextPeriod: (choices?: unknown) => {
    const lang = uiLang();
    return startNextPeriod(
      SpreadsheetApp.getActiveSpreadsheet(),
      checkNextChoices(choices, lang),
      readContents().template[lang],
      noPeriod,
    );
  },
} satisfies CycleApi;

export const { okapiClosingLoad, okapiClosePeriod, okapiNextPeriodLoad, okapiStartNextPeriod } =
  api;

/** Menu: Close period… — the sidebar's closing view. */
export function okapiClosePeriodMenu(): void {
  try {
    showSidebar('closing');
  } catch (e) {
    alertFailure('closeFailed', e);
  }
}

/** Menu: Start next period… — the sidebar's next-period view. */
export function okapiNextPeriodMenu(): void {
  try {
    showSidebar('next');
  } catch (e) {
    alertFailure('nextFailed', e);
  }
}
