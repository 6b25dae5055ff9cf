import { LANGS, type Lang } from '../../core/lang';
import { columnLetter } from '../layout/columns';
import type { SheetKey } from '../layout/tables';

/**
 * Okapi's marks: developer metadata that Sheets keeps on a sheet and on a whole column through
 * renames, moves, inserts, sorts and translations (docs/workbook.md#sheets-and-tables). A sheet
 * or column is Okapi's only when it carries one; everything else is a person's and is never
 * written, whatever its header says. All marks share one key, so one finder call finds them
 * all; the value says what is marked:
 *   sheet <role> <lang>   on a sheet: which of Okapi's sheets it is, in which language
 *   sheet review <lang> <yyyy-mm-dd>   a period's Review sheet, by the period's first day
 *   closed                on an OKR sheet: its period is over, the next one has started
 *   column <key>          on a whole column of such a sheet: which column of its table
 * PROJECT visibility: only Okapi's own script project sees (and can change) them.
 */
export const MARK_KEY = 'okapi';

/**
 * The sheets a refresh works on (Actions and the Guide need nothing from it), and each period's
 * Review, which closing a period writes and the refresh leaves alone.
 */
export type MarkedRole =
  | Extract<SheetKey, 'okrs' | 'kpis' | 'history' | 'kpiHistory' | 'dashboard'>
  | 'review';
const MARKED_ROLES: readonly MarkedRole[] = [
  'okrs',
  'kpis',
  'history',
  'kpiHistory',
  'dashboard',
  'review',
];

export function isMarkedRole(key: SheetKey): key is Extract<MarkedRole, SheetKey> {
  return markedRole(key) !== undefined;
}

/** The role a stored word names, if it is one (marks and legacy properties are text). */
export function markedRole(word: unknown): MarkedRole | undefined {
  return MARKED_ROLES.find((r) => r === word);
}

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** `period`: a Review's period, by its first day ("2026-10-01"). */
export function markSheet(sheet: Sheet, role: MarkedRole, lang: Lang, period?: string): void {
  mark(sheet, period === undefined ? `sheet ${role} ${lang}` : `sheet ${role} ${lang} ${period}`);
}

/** Marks an OKR sheet whose period is over (the next one has started). */
export function markClosed(sheet: Sheet): void {
  mark(sheet, 'closed');
}

function mark(sheet: Sheet, value: string): void {
  sheet.addDeveloperMetadata(MARK_KEY, value, SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
}

export function markColumn(sheet: Sheet, column: number, key: string): void {
  const letter = columnLetter(column);
  sheet
    .getRange(`${letter}:${letter}`)
    .addDeveloperMetadata(
      MARK_KEY,
      `column ${key}`,
      SpreadsheetApp.DeveloperMetadataVisibility.PROJECT,
    );
}

/** A marked sheet, with the columns marked on it (column key → 1-based column). */
export interface MarkedSheet {
  readonly sheet: Sheet;
  readonly role: MarkedRole;
  readonly lang: Lang;
  readonly columns: ReadonlyMap<string, number>;
  /** An OKR sheet whose period is over. */
  readonly closed: boolean;
  /** A Review's period, by its first day ("2026-10-01"); null on other sheets. */
  readonly period: string | null;
}

/**
 * Every marked sheet of the workbook, in tab order, from one finder call. A column mark counts
 * on a marked sheet only; a value Okapi does not write (a mark from another version, or edited
 * by another script) is ignored. When two columns of a sheet carry the same key (a marked
 * column copied), the leftmost is the table's.
 */
export function readMarks(ss: Spreadsheet): MarkedSheet[] {
  const roles = new Map<
    number,
    { sheet: Sheet; role: MarkedRole; lang: Lang; period: string | null }
  >();
  const columns = new Map<number, Map<string, number>>();
  const closed = new Set<number>();
  for (const md of ss.createDeveloperMetadataFinder().withKey(MARK_KEY).find()) {
    const [kind, what = '', lang = '', period = ''] = md.getValue()?.split(' ') ?? [];
    if (kind === 'sheet') {
      const role = markedRole(what);
      const language = LANGS.find((l) => l === lang);
      const sheet = md.getLocation().getSheet();
      if (role === undefined || language === undefined || sheet === null) continue;
      roles.set(sheet.getSheetId(), {
        sheet,
        role,
        lang: language,
        period: role === 'review' && period !== '' ? period : null,
      });
    } else if (kind === 'closed') {
      const sheet = md.getLocation().getSheet();
      if (sheet !== null) closed.add(sheet.getSheetId());
    } else if (kind === 'column' && what !== '') {
      const range = md.getLocation().getColumn();
      if (range === null) continue;
      const id = range.getSheet().getSheetId();
      const byKey = columns.get(id) ?? new Map<string, number>();
      columns.set(id, byKey);
      const at = range.getColumn();
      if ((byKey.get(what) ?? Number.POSITIVE_INFINITY) > at) byKey.set(what, at);
    }
  }
  return [...roles]
    .map(([id, r]) => ({
      marked: {
        ...r,
        columns: columns.get(id) ?? new Map<string, number>(),
        closed: r.role === 'okrs' && closed.has(id),
      },
      index: r.sheet.getIndex(),
    }))
    .sort((a, b) => a.index - b.index)
    .map((m) => m.marked);
}
