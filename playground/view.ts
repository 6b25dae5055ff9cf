/**
 * What the playground's server sends its page: plain JSON, shared by both sides (the page
 * imports these types only). A sheet travels whole, by cell, the first time the page shows
 * it, then as the cells that changed since the view the page shows.
 */
import type { GridRange } from '../emulation/a1';
import type { AlertRecord, MenuRecord, ToastRecord } from '../emulation/ui-records';

export type { AlertRecord, MenuItemRecord, MenuRecord, ToastRecord } from '../emulation/ui-records';

/** How Sheets aligns a value when the cell sets no alignment: numbers right, booleans centred. */
export type ValueKind = 'number' | 'boolean' | 'text' | 'error' | 'blank';

/** A cell as Sheets draws it; absent fields are Sheets' defaults (blank, automatic). */
export interface CellView {
  /** The text shown: the value in its number format ('' where a bar stands in). */
  readonly display: string;
  /** What the formula bar shows: the formula, else the value as one would type it. */
  readonly input: string;
  readonly kind: ValueKind;
  /** The cell's own colours and weights, or those of the first conditional rule it meets. */
  readonly background?: string;
  readonly color?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly align?: string;
  readonly wrap?: boolean;
  /** A note, or the message behind a custom function's #ERROR!. */
  readonly note?: string;
  /** A SPARKLINE drawn as a bar. */
  readonly bar?: SparkBar;
  /** A SPARKLINE drawn as a line. */
  readonly line?: SparkLine;
  /** A dropdown's choices: an index into the sheet's `lists`. */
  readonly dropdown?: number;
  /** A checkbox, and whether it is ticked. */
  readonly checkbox?: boolean;
}

/** A one-value bar sparkline: the share of the cell it fills, and its colour. */
export interface SparkBar {
  readonly fraction: number;
  readonly color: string;
}

/** A line sparkline: its points in order, null where the data hold no number. */
export interface SparkLine {
  readonly points: readonly (number | null)[];
  readonly color: string;
}

/** A chart the script inserted, with its data read from its ranges. */
export interface ChartView {
  readonly type: string;
  readonly title: string;
  /** The cell its top-left corner is anchored to, and the offset from there, in pixels. */
  readonly row: number;
  readonly column: number;
  readonly offsetX: number;
  readonly offsetY: number;
  readonly width: number;
  readonly height: number;
  /** The first column's values, as shown, along the horizontal axis. */
  readonly categories: readonly string[];
  /** One line per further column: its header and its numbers (null where blank). */
  readonly series: readonly {
    readonly name: string;
    readonly values: readonly (number | null)[];
  }[];
}

export interface SheetView {
  readonly name: string;
  readonly maxRows: number;
  readonly maxColumns: number;
  readonly frozenRows: number;
  readonly frozenColumns: number;
  /** The cells with something to draw, by A1 ("M5"). */
  readonly cells: Readonly<Record<string, CellView>>;
  /** The choices of the sheet's dropdowns, each list once. */
  readonly lists: readonly (readonly string[])[];
  /** Pixel widths and heights set by the script, by 1-based column and row. */
  readonly columnWidths: Readonly<Record<number, number>>;
  readonly rowHeights: Readonly<Record<number, number>>;
  readonly hiddenColumns: readonly number[];
  readonly hiddenRows: readonly number[];
  /** Ranges protected with a warning only: Sheets asks before an edit there goes in. */
  readonly warnings: readonly GridRange[];
  readonly charts: readonly ChartView[];
}

/**
 * The cells of a sheet that changed since the view the page shows (revision `base`): each
 * changed cell's new view, or null where the cell is now drawn by default. Everything else
 * about the sheet (size, widths, lists, charts…) is as it was.
 */
export interface SheetChanges {
  readonly name: string;
  readonly base: number;
  readonly changed: Readonly<Record<string, CellView | null>>;
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
  /** Numbers this view of the sheet: the page sends it back to be answered with changes. */
  readonly revision: number;
  readonly sheet: SheetView | SheetChanges;
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

/** A person's edit or tab change answered with the document as it now is: one round trip. */
export type Drawn = Reply & { readonly view: PlaygroundView };

/** What the sidebar's google.script.run shim tells the page after each server call. */
export const AFTER_RUN = 'okapi-playground:after-run';
/** google.script.host.close() from a dialog's frame. */
export const CLOSE_DIALOG = 'okapi-playground:close-dialog';
