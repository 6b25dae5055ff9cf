/**
 * Which service calls move cell data: the one place that says so, for the bench and the tests.
 *
 * In Apps Script what costs is a call that reads or writes cells (each is a round trip to the
 * document, and its time grows with the cells it moves); handles (getRange, getSheetById,
 * getDataRange), metadata (getMaxRows, getName), properties, the lock, flush and the UI are
 * cheap. docs/workbook.md#refresh bounds the data calls; every call is still reported, and kept small.
 *
 * A data call is a Range or Sheet method that reads cell contents (get…Values, getFormulas,
 * getNumberFormats… — plural getters of cells, and getSheetValues), writes them (set… with a
 * plural of cells, setValue/setFormula…, clear…), or changes the grid (insert/delete rows or
 * columns, appendRow, sort). Counting uses the emulation's "Class.method" names.
 */
const READS =
  /^(Range\.get(Values|DisplayValues|Formulas|FormulasR1C1|NumberFormats|Backgrounds|Notes|DataValidations|RichTextValues)|Sheet\.getSheetValues)$/;
const WRITES =
  /^(Range\.(set(Values|Value|Formulas|Formula|FormulasR1C1|NumberFormats|NumberFormat|Backgrounds|Notes|DataValidations|RichTextValues)|clear\w*|sort|copyTo)|Sheet\.(insert(Rows|Row|Columns|Column)\w*|delete(Rows|Row|Columns|Column)|appendRow|sort|clear\w*))$/;

export function isDataCall(method: string): boolean {
  return READS.test(method) || WRITES.test(method);
}

/** The data calls among calls counted by method ({ 'Range.getValues': 2, … }). */
export function dataCalls(byMethod: Readonly<Record<string, number>>): number {
  return Object.entries(byMethod).reduce((n, [m, count]) => n + (isDataCall(m) ? count : 0), 0);
}
