/**
 * What the playground's server sends its page: plain JSON, shared by both sides (the page
 * imports these types only). A sheet travels as parallel grids over its used area.
 */
import type { AlertRecord, MenuRecord, ToastRecord } from '../emulation/ui-records';

export type { AlertRecord, MenuItemRecord, MenuRecord, ToastRecord } from '../emulation/ui-records';

/** How Sheets aligns a value when the cell sets no alignment: numbers right, booleans centred. */
export type ValueKind = 'number' | 'boolean' | 'text' | 'error' | 'blank';

export interface SheetView {
  readonly name: string;
  /** The used area shown with content, from A1. */
  readonly rows: number;
  readonly columns: number;
  readonly maxRows: number;
  readonly maxColumns: number;
  readonly frozenRows: number;
  readonly frozenColumns: number;
  readonly display: string[][];
  /** What the formula bar shows: the formula, else the value as one would type it. */
  readonly input: string[][];
  readonly kinds: ValueKind[][];
  readonly backgrounds: (string | null)[][];
  readonly bold: boolean[][];
  readonly italic: boolean[][];
  readonly colors: (string | null)[][];
  readonly alignments: (string | null)[][];
  readonly wraps: boolean[][];
  /** A note, or the message behind a custom function's #ERROR!. */
  readonly notes: string[][];
  /** Pixel widths and heights set by the script, by 1-based column and row. */
  readonly columnWidths: Readonly<Record<number, number>>;
  readonly rowHeights: Readonly<Record<number, number>>;
  readonly hiddenColumns: readonly number[];
  readonly hiddenRows: readonly number[];
  readonly charts: number;
}

export interface TabView {
  readonly name: string;
  readonly color: string | null;
}

export interface PlaygroundView {
  readonly documentName: string;
  readonly locale: string;
  /** The user's language ("en", "fr"): the page's own labels follow it. */
  readonly userLocale: string;
  readonly tabs: readonly TabView[];
  readonly menus: readonly MenuRecord[];
  readonly sheet: SheetView;
}

/** A dialog or sidebar a script opened; its page is served at `url`. */
export interface DialogView {
  readonly kind: 'sidebar' | 'modal' | 'modeless';
  readonly title: string;
  readonly width: number | null;
  readonly height: number | null;
  readonly url: string;
}

/** What one request made the UI show, in order of kind. */
export interface UiDelta {
  readonly alerts: readonly AlertRecord[];
  readonly toasts: readonly ToastRecord[];
  readonly dialogs: readonly DialogView[];
}

/** The answer to running a function or typing into a cell. */
export type Reply =
  | { readonly ok: true; readonly value?: unknown; readonly ui: UiDelta }
  | { readonly ok: false; readonly message: string; readonly ui: UiDelta };

/** What the sidebar's google.script.run shim tells the page after each server call. */
export const AFTER_RUN = 'okapi-playground:after-run';
/** google.script.host.close() from a dialog's frame. */
export const CLOSE_DIALOG = 'okapi-playground:close-dialog';
