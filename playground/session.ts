/**
 * The one emulated document the playground edits: the built bundle loaded by the emulation,
 * its add-on menu built by onOpen, and the few things a person does to it — type into a cell,
 * run a menu item or a sidebar's server function, switch sheets. Each action reports what it
 * made the UI show (alerts, toasts, dialogs), so the page can show exactly that.
 */
import { type BundleHandle, loadBundle } from '../emulation/load';
import type { DialogRecord } from '../emulation/ui-records';
import { OKRS } from '../src/workbook/layout/tables';
import { fillDemo } from './demo';
import type { Locales } from './options';
import { sheetChanges } from './sheet-changes';
import { sheetView } from './sheet-view';
import { untransferable } from './transfer';
import type { DialogView, PlaygroundView, Reply, SheetView, UiDelta } from './view';

/** What Sheets calls a new document in each language the add-on speaks. */
const UNTITLED: Readonly<Record<string, { document: string; sheet: string }>> = {
  en: { document: 'Untitled spreadsheet', sheet: 'Sheet1' },
  fr: { document: 'Feuille de calcul sans titre', sheet: 'Feuille 1' },
};

/**
 * Views are numbered across sessions, so that a page left open over a Reset names a revision
 * the new document never sent, and gets its sheet whole.
 */
let lastRevision = 0;

export class PlaygroundSession {
  readonly handle: BundleHandle;
  readonly #userLocale: string;
  /** The last view of each sheet sent, by sheet name: what a page's next redraw is diffed with. */
  readonly #sent = new Map<string, { readonly revision: number; readonly view: SheetView }>();

  constructor(
    locales: Locales,
    options: { readonly blank?: boolean /** The demo's today. */; readonly today?: Date } = {},
  ) {
    const untitled = UNTITLED[locales.userLocale] ?? UNTITLED.en;
    this.#userLocale = locales.userLocale;
    this.handle = loadBundle({
      locale: locales.locale,
      userLocale: locales.userLocale,
      name: untitled?.document,
      firstSheet: untitled?.sheet,
    });
    // Opening a document where the add-on is in use: onOpen runs in AuthMode.LIMITED.
    this.handle.trigger('onOpen', 'LIMITED');
    if (!options.blank) {
      const lang = locales.userLocale === 'fr' ? 'fr' : 'en';
      fillDemo(this.handle, lang, options.today ?? new Date());
      this.handle.ui.alerts.length = 0;
      this.handle.ui.toasts.length = 0;
      // The demo opens on its objectives, as the team's workbook would.
      this.activate(OKRS.name[lang]);
    }
  }

  /**
   * The document as it now is, with the active sheet whole, or as its changes since `base` when
   * that is the revision of this sheet last sent (the view the page shows).
   */
  view(base?: number): PlaygroundView {
    const doc = this.handle.emulation.doc;
    const sheet = sheetView(this.handle, doc.active.name);
    const last = this.#sent.get(sheet.name);
    const changes =
      last !== undefined && last.revision === base
        ? sheetChanges(last.view, sheet, base)
        : undefined;
    const revision = ++lastRevision;
    this.#sent.set(sheet.name, { revision, view: sheet });
    return {
      documentName: doc.name,
      locale: doc.locale,
      userLocale: this.#userLocale,
      tabs: doc.sheets.filter((s) => !s.hidden).map((s) => ({ name: s.name, color: s.tabColor })),
      menus: this.handle.ui.menus,
      revision,
      sheet: changes ?? sheet,
    };
  }

  /** Types into a cell as a person does, then lets the formulas (custom functions too) settle. */
  type(sheet: string, a1: string, text: string): Reply {
    return this.#act(() => {
      this.handle.spreadsheet.type(sheet, a1, text);
      return undefined;
    });
  }

  /** A menu item or a google.script.run call: one execution in AuthMode.FULL. */
  run(functionName: string, args: readonly unknown[]): Reply {
    return this.#act(() => {
      const value = this.handle.run(functionName, ...args);
      const problem = untransferable(value);
      if (problem)
        throw new Error(`${functionName} returned what google.script.run cannot carry: ${problem}`);
      return value;
    });
  }

  /** Clicking a tab makes its sheet the active one, as scripts then see it. */
  activate(sheet: string): Reply {
    return this.#act(() => {
      const doc = this.handle.emulation.doc;
      const model = doc.sheetByName(sheet);
      if (!model) throw new Error(`No sheet named "${sheet}"`);
      doc.active = model;
      return undefined;
    });
  }

  /** The page (with the google.script.run shim) of the index-th dialog or sidebar opened. */
  dialogContent(index: number): string | undefined {
    return this.handle.ui.dialogs[index]?.content;
  }

  uiRecords(): object {
    const ui = this.handle.ui;
    return {
      menus: ui.menus,
      alerts: ui.alerts,
      toasts: ui.toasts,
      dialogs: ui.dialogs.map(dialogView),
    };
  }

  #act(action: () => unknown): Reply {
    const ui = this.handle.ui;
    const before = {
      alerts: ui.alerts.length,
      toasts: ui.toasts.length,
      dialogs: ui.dialogs.length,
    };
    const delta = (): UiDelta => ({
      alerts: ui.alerts.slice(before.alerts),
      toasts: ui.toasts.slice(before.toasts),
      dialogs: ui.dialogs.slice(before.dialogs).map((d, i) => dialogView(d, before.dialogs + i)),
    });
    try {
      const value = action();
      // Reading the view afterwards recomputes; a formula's failure shows on its cell, not here.
      return value === undefined ? { ok: true, ui: delta() } : { ok: true, value, ui: delta() };
    } catch (e) {
      return { ok: false, message: messageOf(e), ui: delta() };
    }
  }
}

function dialogView(d: DialogRecord, index: number): DialogView {
  return {
    kind: d.kind,
    title: d.title,
    width: d.width ?? null,
    height: d.height ?? null,
    url: `/dialog/${index}`,
  };
}

/** Errors thrown by the bundle belong to the vm's realm, where `instanceof Error` fails. */
function messageOf(e: unknown): string {
  if (typeof e === 'object' && e !== null && 'message' in e) return String(e.message);
  return String(e);
}
