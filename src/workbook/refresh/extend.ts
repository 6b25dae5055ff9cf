/**
 * The template protects and colours its computed columns down to the sheet's last row (a new
 * sheet has 1,000). A sheet people grew past that keeps rows the protection and the colours do
 * not reach, as Sheets does not stretch a range for rows added below it: the refresh stretches
 * them to the sheet's last row. It reads them only for a table longer than a new sheet, so the
 * usual refresh costs nothing more.
 */
export const NEW_SHEET_ROWS = 1000;

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

export function extendToLastRow(sheet: Sheet): void {
  const last = sheet.getMaxRows();
  const stretched = (r: Range): Range | null =>
    r.getLastRow() >= last
      ? null
      : sheet.getRange(r.getRow(), r.getColumn(), last - r.getRow() + 1, r.getNumColumns());
  for (const p of sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)) {
    const range = p.getRange();
    const longer = range === null ? null : stretched(range);
    if (longer !== null) p.setRange(longer);
  }
  const rules = sheet.getConditionalFormatRules();
  let changed = false;
  const next = rules.map((rule) => {
    const before = rule.getRanges();
    const ranges = before.map((r) => stretched(r) ?? r);
    if (ranges.every((r, i) => r === before[i])) return rule;
    changed = true;
    return rule.copy().setRanges(ranges).build();
  });
  if (changed) sheet.setConditionalFormatRules(next);
}
