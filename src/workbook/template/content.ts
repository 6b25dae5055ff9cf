import type { Grade } from '../../core/grade';
import type { Lang } from '../../core/lang';
import type { DashboardContent } from '../dashboard/dashboard';
import type { ListName, SheetKey } from '../layout/tables';
import type { PrefillRow } from './table-sheet';

/**
 * The template's static content: what only "Create OKR template" writes (the Guide, titles,
 * header notes, the Dashboard planned with stand-in sheet names, the dropdowns' lists, the
 * example OKRs). Every custom-function execution loads all the pushed .js, so this is not
 * bundled: the build writes it to dist/content.html (src/content/), the menu handler reads it
 * once (src/entry/content.ts) and hands it down. Its shape lives here, with the code that writes
 * it; src/content/template-content.ts builds it, so the workbook layer never imports content.
 */
export interface TemplateContent {
  /** The Guide sheet, one row per line, blank rows included. */
  readonly guide: readonly GuideRow[];
  /** Each table sheet's title. */
  readonly titles: Partial<Record<SheetKey, string>>;
  /** Header notes (how to fill a column), by sheet and column key. */
  readonly notes: Partial<Record<SheetKey, Readonly<Record<string, string>>>>;
  /** The Dashboard, planned with stand-in sheet names (src/content/dashboard-plan.ts). */
  readonly dashboard: DashboardContent;
  readonly lists: Readonly<Record<ListName, readonly string[]>>;
  /**
   * The lists whose dropdown refuses any other entry, with the help Sheets shows then: the
   * kinds, whose words score a key result (a word outside them would score in no path).
   */
  readonly strictLists: Partial<Readonly<Record<ListName, string>>>;
  /** The example OKRs as rows of the OKRs sheet, for the `examples` option. */
  readonly examples: readonly PrefillRow[];
}

export type TemplateContents = Readonly<Record<Lang, TemplateContent>>;

/**
 * A line of the Guide, in column A. Lines are kept short enough to overflow into the empty
 * columns on their right, so the sheet needs neither wrapping nor a column width (two calls).
 * `look`: a banner (title, headings), a section (a marketing domain), or a band of the
 * scoring legend in its colour.
 */
export interface GuideRow {
  readonly text: string;
  readonly look?: 'banner' | 'section' | Grade;
}
