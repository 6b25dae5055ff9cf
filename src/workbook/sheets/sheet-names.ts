/**
 * New sheets never replace existing ones: a name already taken gets the first free variant,
 * "OKRs (2)", "OKRs (3)"…, as Sheets itself numbers copies.
 */

/** The n-th name tried for a sheet: the name itself, then "name (2)", "name (3)"… */
export function nameCandidate(base: string, n: number): string {
  return n <= 1 ? base : `${base} (${n})`;
}

/** Past this many taken variants something else is wrong; the last error is reported. */
const MAX_TRIES = 100;

/**
 * Inserts a sheet under the first free variant of `base`. Trying the insertion costs one call
 * when the name is free (the usual case) where listing every sheet's name would cost one per
 * sheet; it is also safe against a sheet created meanwhile by someone else. A failure is taken
 * for a taken name only when a sheet of that name exists (Sheets compares names ignoring
 * case), so any other error is raised as it is, whatever the language of its message.
 */
export function insertFreeSheet(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  base: string,
): { readonly sheet: GoogleAppsScript.Spreadsheet.Sheet; readonly name: string } {
  for (let n = 1; ; n++) {
    const name = nameCandidate(base, n);
    try {
      return { sheet: ss.insertSheet(name), name };
    } catch (e) {
      if (n >= MAX_TRIES || ss.getSheetByName(name) === null) throw e;
    }
  }
}
