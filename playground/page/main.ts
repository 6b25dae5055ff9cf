/**
 * The playground page: a minimal Google Sheets around the emulated document. Every action goes
 * to the server (typing, menu items, tab changes, the sidebar's google.script.run calls); after
 * each, the page shows what the UI received and redraws from the server's view: the sheet
 * whole, or only its cells that changed since the view the page shows.
 */
import { applyChanges } from '../sheet-changes';
import {
  AFTER_RUN,
  CLOSE_DIALOG,
  type Drawn,
  type PlaygroundView,
  type Reply,
  type SheetView,
  type UiDelta,
} from '../view';
import { activateSheet, fetchView, resetDocument, runFunction, typeInCell } from './api';
import { Dialogs } from './dialogs';
import { type Labels, labelsFor } from './labels';
import { closeMenus, renderMenubar } from './menus';
import { Notices } from './notices';
import { SheetEditor } from './sheet-editor';
import { renderTabs } from './tabs';

function element<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`The page lacks #${id}`);
  return el as T;
}

async function start(): Promise<void> {
  const first = await fetchView();
  const labels = labelsFor(first.userLocale);
  const menubar = element('menubar');
  const notices = new Notices(labels, element('toasts'), element('running'), element('alerts'));
  const dialogs = new Dialogs(labels, element('sidebar'), element('dialogs'));
  /** The sheet's view as drawn, and its revision: what the server sends changes against. */
  let shown: { readonly revision: number; readonly sheet: SheetView } | undefined;

  /** Shows what a request made the UI show, then the document as it now is. */
  const settle = async (reply: Reply | Drawn | { ui: UiDelta }): Promise<void> => {
    for (const toast of reply.ui.toasts) notices.toast(toast);
    for (const alert of reply.ui.alerts) notices.alert(alert);
    for (const dialog of reply.ui.dialogs) dialogs.open(dialog);
    if ('ok' in reply && !reply.ok) notices.error(reply.message);
    // A typed cell or a tab change comes back with the view: no second round trip.
    draw('view' in reply ? reply.view : await fetchView(shown?.revision));
  };

  const editor = new SheetEditor(element('grid'), element('name-box'), element('formula-bar'), {
    commit: async (sheet, a1, text) => settle(await typeInCell(sheet, a1, text, shown?.revision)),
    confirmProtectedEdit: () => notices.confirm(labels.protectedTitle, labels.protectedMessage),
  });

  const runItem = async (functionName: string, caption: string): Promise<void> => {
    const done = notices.running(caption);
    try {
      await settle(await runFunction(functionName));
    } finally {
      done();
    }
  };

  const draw = (view: PlaygroundView): void => {
    document.title = `${view.documentName} - Okapi playground`;
    element('doc-name').textContent = view.documentName;
    renderMenubar(menubar, view.menus, labels, (fn, caption) => void runItem(fn, caption));
    renderTabs(element('tabs'), view.tabs, view.sheet.name, (name) => {
      void activateSheet(name, shown?.revision).then(settle);
    });
    const sheet = view.sheet;
    if (!('changed' in sheet)) {
      editor.render(sheet);
      shown = { revision: view.revision, sheet };
    } else if (shown?.revision === sheet.base) {
      const whole = applyChanges(shown.sheet, sheet);
      editor.patch(whole, Object.keys(sheet.changed));
      shown = { revision: view.revision, sheet: whole };
    } else {
      // Replies crossed and a later view was drawn first: ask for the sheet as it now is.
      void fetchView(shown?.revision).then(draw);
      return;
    }
    // The bench times a typed cell to this mark (bench/playground.ts).
    performance.mark('okapi-playground-drawn');
  };

  applyLabels(labels, first.userLocale);
  // Start again from the document the playground opened on; the page reloads onto it.
  element('reset').addEventListener('click', () => {
    void resetDocument().then(() => window.location.reload());
  });
  document.addEventListener('click', () => closeMenus(menubar));
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') closeMenus(menubar);
  });
  window.addEventListener('message', (e: MessageEvent) => {
    if (e.origin !== window.location.origin) return;
    const data = e.data as { type?: string; ui?: UiDelta };
    if (data.type === AFTER_RUN && data.ui) void settle({ ui: data.ui });
    else if (data.type === CLOSE_DIALOG) dialogs.closeFrame(e.source);
  });
  draw(first);
  editor.focus();
  document.body.dataset.ready = 'true';
}

function applyLabels(labels: Labels, userLocale: string): void {
  document.documentElement.lang = userLocale;
  element('name-box').setAttribute('aria-label', labels.nameBox);
  element('formula-bar').setAttribute('aria-label', labels.formulaBar);
  element('tabs').setAttribute('aria-label', labels.sheets);
  element('reset').textContent = labels.reset;
}

start().catch((e: unknown) => {
  document.body.textContent = `The playground could not start: ${String(e)}`;
});
