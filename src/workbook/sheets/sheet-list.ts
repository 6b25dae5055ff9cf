type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A sheet of those a read opened (WorkbookRead.sheets), by the index tables and planned writes
 * give. */
export function sheetAt(sheets: readonly Sheet[], index: number): Sheet {
  const sheet = sheets[index];
  if (sheet === undefined) throw new Error(`sheet ${index} is gone`);
  return sheet;
}

/**
 * Grows a sheet to `rows` rows at least, before a setValues that goes past its end (setValues
 * does not grow a sheet). Rows inserted below the last one take its formats, as in Sheets.
 */
export function ensureRows(sheet: Sheet, rows: number): void {
  const max = sheet.getMaxRows();
  if (rows > max) sheet.insertRowsAfter(max, rows - max);
}
