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
 *   column <key>          on a whole column of such a sheet: which column of its table
 * PROJECT visibility: only Okapi's own script project sees (and can change) them.
 */
export const MARK_KEY = 'okapi';

/** The sheets a refresh works on; Actions and the Guide need nothing from it. */
export type MarkedRole = Extract<SheetKey, 'okrs' | 'kpis' | 'history' | 'dashboard'>;
const MARKED_ROLES: readonly MarkedRole[] = ['okrs', 'kpis', 'history', 'dashboard'];

export function isMarkedRole(key: SheetKey): key is MarkedRole {
  return markedRole(key) !== undefined;
}

/** The role a stored word names, if it is one (marks and legacy properties are text). */
export function markedRole(word: unknown): MarkedRole | undefined {
  return MARKED_ROLES.find((r) => r === word);
}

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function markSheet(sheet: Sheet, role: MarkedRole, lang: Lang): void {
  sheet.addDeveloperMetadata(
    MARK_KEY,
    `sheet ${role} ${lang}`,
    SpreadsheetApp.DeveloperMetadataVisibility.PROJECT,
  );
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
}

/**
 * Every marked sheet of the workbook, in tab order, from one finder call. A column mark counts
 * on a marked sheet only; a value Okapi does not write (a mark from another version, or edited
 * by another script) is ignored. When two columns of a sheet carry the same key (a marked
 * column copied), the leftmost is the table's.
 */
export function readMarks(ss: Spreadsheet): MarkedSheet[] {
  const roles = new Map<number, { sheet: Sheet; role: MarkedRole; lang: Lang }>();
  const columns = new Map<number, Map<string, number>>();
  for (const md of ss.createDeveloperMetadataFinder().withKey(MARK_KEY).find()) {
    const [kind, what = '', lang = ''] = md.getValue()?.split(' ') ?? [];
    if (kind === 'sheet') {
      const role = markedRole(what);
      const language = LANGS.find((l) => l === lang);
      const sheet = md.getLocation().getSheet();
      if (role === undefined || language === undefined || sheet === null) continue;
      roles.set(sheet.getSheetId(), { sheet, role, lang: language });
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
      marked: { ...r, columns: columns.get(id) ?? new Map<string, number>() },
      index: r.sheet.getIndex(),
    }))
    .sort((a, b) => a.index - b.index)
    .map((m) => m.marked);
}
