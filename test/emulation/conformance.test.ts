/**
 * The Sheets behaviours the product depends on, one `it` each, with the reference page each
 * follows. Where Sheets is uncertain the emulation takes the strict reading (emulation/README.md,
 * "Differences"), and these tests pin that reading down.
 */
import { describe, expect, it } from 'vitest';
import { createEmulation } from '../../emulation/emulation';

const REF = 'https://developers.google.com/apps-script/reference/spreadsheet';
const API = 'https://developers.google.com/sheets/api/reference/rest/v4';

function setup(locale = 'en_US') {
  const { emulation, globals } = createEmulation({ locale, now: new Date(2025, 6, 15, 10, 30) });
  const app = globals.SpreadsheetApp;
  const ss = app.getActiveSpreadsheet();
  const sheet = ss.getSheets()[0];
  if (!sheet) throw new Error('no first sheet');
  return { emulation, app, ss, sheet, inspect: emulation.inspect };
}

/** Days from 1899-12-30 to 2025-07-01: the serial Sheets stores for that date. */
const JULY_1 = 45_839;

describe('values as Sheets reads and returns them', () => {
  it(`setValue reads strings as typed (${REF}/range#setvaluevalue, ${API}/ValueInputOption)`, () => {
    const { sheet } = setup();
    sheet.getRange('A1:E1').setValues([['=1+2', '1,000', '15%', 'TRUE', '2025-07-01']]);
    const [[sum, thousand, percent, flag, date]] = sheet.getRange('A1:E1').getValues() as [
      unknown[],
    ];
    expect([sum, thousand, percent, flag]).toEqual([3, 1000, 0.15, true]);
    expect(date).toBeInstanceOf(Date);
    sheet.getRange('F1').setValue('=A1*2');
    expect(sheet.getRange('F1').getValue()).toBe(6);
    expect(sheet.getRange('F1').getFormula()).toBe('=A1*2');
  });

  it(`a leading apostrophe stores the rest as text (${API}/ValueInputOption)`, () => {
    const { sheet } = setup();
    sheet.getRange('A1:C1').setValues([["'=1+2", "'15%", "'0042"]]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['=1+2', '15%', '0042']]);
    expect(sheet.getRange('A1:C1').getFormulas()).toEqual([['', '', '']]);
  });

  it(`getValues gives a Date only for a date-formatted cell (${REF}/range#getvalues)`, () => {
    const { sheet } = setup();
    sheet.getRange('A1:B1').setValues([[JULY_1, JULY_1]]);
    sheet.getRange('A1').setNumberFormat('yyyy-mm-dd');
    const [[dated, plain]] = sheet.getRange('A1:B1').getValues() as [unknown[]];
    expect(dated).toBeInstanceOf(Date);
    expect((dated as Date).getDate()).toBe(1);
    expect(plain).toBe(JULY_1);
  });

  it(`blank cells read as "" (${REF}/range#getvalues: empty cells are empty strings)`, () => {
    const { sheet } = setup();
    sheet.getRange('B2').setValue(1);
    expect(sheet.getRange('A1:B2').getValues()).toEqual([
      ['', ''],
      ['', 1],
    ]);
    expect(sheet.getRange('A1:B2').getDisplayValues()).toEqual([
      ['', ''],
      ['', '1'],
    ]);
  });

  it(`setValues beyond the sheet's rows throws: insert rows first (${REF}/sheet#insertrowsafterafterposition,-howmany)`, () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(sheet.getMaxRows(), 1, 2, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    sheet.insertRowsAfter(sheet.getMaxRows(), 1);
    sheet.getRange(sheet.getMaxRows() - 1, 1, 2, 1).setValues([[1], [2]]);
    expect(sheet.getLastRow()).toBe(1001);
  });

  it(`an array result spills: values in every cell, the formula in the first only (${REF}/range#getformulas)`, () => {
    const { sheet } = setup();
    sheet.getRange('A1').setFormula('=SEQUENCE(3)');
    expect(sheet.getRange('A1:A3').getValues()).toEqual([[1], [2], [3]]);
    expect(sheet.getRange('A1:A3').getFormulas()).toEqual([['=SEQUENCE(3)'], [''], ['']]);
    expect(sheet.getLastRow()).toBe(3);
  });
});

// An automatic cell's format "is not specified and is based on the contents of the cell"
// (NUMBER_FORMAT_TYPE_UNSPECIFIED, ${API}/spreadsheets/cells#NumberFormatType); a cell with a
// format of its own keeps it, and what is typed is read as a plain number.
describe('an explicit number format stops the automatic reading of what is typed', () => {
  it(`an untouched cell is automatic: "15%" and dates set their format (${API}/spreadsheets/cells#NumberFormatType)`, () => {
    const { sheet } = setup();
    expect(sheet.getRange('A1').getNumberFormat()).toBe('0.###############');
    sheet.getRange('A1:B1').setValues([['15%', '2025-07-01']]);
    expect(sheet.getRange('A1:B1').getNumberFormats()).toEqual([['0%', 'yyyy-mm-dd']]);
    expect(sheet.getRange('A1:B1').getDisplayValues()).toEqual([['15%', '2025-07-01']]);
    expect(sheet.getRange('B1').getValue()).toBeInstanceOf(Date);
  });

  it(`a typed percent in an explicitly formatted cell is the fraction under that format (${API}/spreadsheets/cells#NumberFormatType)`, () => {
    const { sheet } = setup();
    sheet.getRange('A1:B1').setNumberFormats([['0.00', '0.###############']]);
    sheet.getRange('A1:B1').setValues([['18%', '18%']]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([[0.18, 0.18]]);
    expect(sheet.getRange('A1:B1').getNumberFormats()).toEqual([['0.00', '0.###############']]);
    expect(sheet.getRange('A1:B1').getDisplayValues()).toEqual([['0.18', '0.18']]);
  });

  it(`a typed date in an explicitly formatted cell is its serial number (${REF}/range#getvalues)`, () => {
    const { sheet, inspect } = setup();
    sheet.getRange('A1:B1').setNumberFormat('0');
    sheet.getRange('A1').setValue('2025-07-01');
    inspect.type('Sheet1', 'B1', '2025-07-01');
    expect(sheet.getRange('A1:B1').getValues()).toEqual([[JULY_1, JULY_1]]);
    expect(sheet.getRange('A1:B1').getDisplayValues()).toEqual([['45839', '45839']]);
    expect(sheet.getRange('A1').getNumberFormat()).toBe('0');
  });

  it(`a Date written into an explicit non-date format stays a number under that format (${REF}/range#setvaluevalue)`, () => {
    const { sheet } = setup();
    sheet.getRange('A1').setNumberFormat('0.00');
    sheet.getRange('A1:B1').setValues([[new Date(2025, 6, 1), new Date(2025, 6, 1)]]);
    expect(sheet.getRange('A1').getValue()).toBe(JULY_1);
    expect(sheet.getRange('A1').getDisplayValue()).toBe('45839.00');
    expect(sheet.getRange('A1').getNumberFormat()).toBe('0.00');
    // The automatic cell next to it takes a date format and reads back as a Date.
    expect(sheet.getRange('B1').getValue()).toBeInstanceOf(Date);
  });

  it(`clearFormat makes a cell automatic again (${REF}/range#clearformat)`, () => {
    const { sheet } = setup();
    sheet.getRange('A1').setNumberFormat('0.00').clearFormat();
    sheet.getRange('A1').setValue('15%');
    expect(sheet.getRange('A1').getNumberFormat()).toBe('0%');
  });
});

describe('plain text ("@") keeps what is written as text', () => {
  it(`setValue, setValues, setFormula and setFormulas store a formula as its text (${API}/spreadsheets/cells#NumberFormatType: TEXT)`, () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue(2);
    sheet.getRange('B1:F1').setNumberFormat('@');
    sheet.getRange('B1').setValue('=A1');
    sheet.getRange('C1').setValues([['=A1*2']]);
    sheet.getRange('D1').setFormula('=A1*3');
    sheet.getRange('E1').setFormulas([['=A1*4']]);
    expect(sheet.getRange('B1:E1').getValues()).toEqual([['=A1', '=A1*2', '=A1*3', '=A1*4']]);
    expect(sheet.getRange('B1:E1').getFormulas()).toEqual([['', '', '', '']]);
    expect(sheet.getRange('D1').getFormula()).toBe('');
  });

  it(`typing keeps numbers, percents and dates as text too (${API}/spreadsheets/cells#NumberFormatType: TEXT)`, () => {
    const { sheet, inspect } = setup();
    sheet.getRange('A1:D1').setNumberFormat('@');
    inspect.type('Sheet1', 'A1', '=1+1');
    sheet.getRange('B1:D1').setValues([['15%', '0042', '2025-07-01']]);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([['=1+1', '15%', '0042', '2025-07-01']]);
  });

  it(`a formula filled over a block stays text only in its "@" cells (${REF}/range#setformulaformula)`, () => {
    const { sheet } = setup();
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    sheet.getRange('B2').setNumberFormat('@');
    sheet.getRange('B1:B3').setFormula('=A1*10');
    expect(sheet.getRange('B1:B3').getValues()).toEqual([[10], ['=A2*10'], [30]]);
    expect(sheet.getRange('B1:B3').getFormulas()).toEqual([['=A1*10'], [''], ['=A3*10']]);
  });
});

describe('the last row and column count content, whatever it shows', () => {
  it(`a formula showing "" counts for getLastRow, getLastColumn and getDataRange (${REF}/sheet#getlastrow)`, () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue('x');
    sheet.getRange('C5').setFormula('=""');
    expect(sheet.getRange('C5').getValue()).toBe('');
    expect(sheet.getLastRow()).toBe(5);
    expect(sheet.getLastColumn()).toBe(3);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C5');
  });
});

// Apps Script's insert methods promise no formatting of the new rows
// (${REF}/sheet#insertrowsafterafterposition,-howmany); the API's InsertDimensionRequest may
// inherit from the rows before *or* after (${API}/spreadsheets/request#InsertDimensionRequest).
describe('rows and columns inserted through the API inherit nothing', () => {
  function formatted() {
    const s = setup();
    const { app, sheet } = s;
    const rule = app.newDataValidation().requireValueInList(['a', 'b']).build();
    sheet
      .getRange('A1:B3')
      .setNumberFormat('0.00%')
      .setBackground('#ff0000')
      .setDataValidation(rule);
    return s;
  }

  it(`insertRowsAfter, insertRowsBefore, insertRowAfter and insertRowBefore make blank rows (${REF}/sheet#insertrowafterafterposition)`, () => {
    const { sheet, inspect } = formatted();
    sheet.insertRowsAfter(1, 1); // row 2
    sheet.insertRowBefore(1); // row 1; the old rows move down
    sheet.insertRowAfter(3); // row 4
    sheet.insertRowsBefore(5, 1); // row 5
    for (const row of [1, 3, 5])
      expect(inspect.numberFormats('Sheet1', `A${row}`), `row ${row}`).toEqual([
        ['0.###############'],
      ]);
    expect(inspect.styles('Sheet1', 'background', 'A1:A7').map((r) => r[0])).toEqual([
      null,
      '#ff0000',
      null,
      null,
      null,
      '#ff0000',
      '#ff0000',
    ]);
    expect(sheet.getRange('A3').getDataValidation()).toBeNull();
  });

  it(`insertColumnsAfter and insertColumnBefore make blank columns (${REF}/sheet#insertcolumnsafterafterposition,-howmany)`, () => {
    const { sheet } = formatted();
    sheet.insertColumnsAfter(1, 1);
    sheet.insertColumnBefore(1);
    expect(sheet.getRange('A1:D1').getNumberFormats()).toEqual([
      ['0.###############', '0.00%', '0.###############', '0.00%'],
    ]);
    expect(sheet.getRange('A1:D1').getBackgrounds()).toEqual([
      ['#ffffff', '#ff0000', '#ffffff', '#ff0000'],
    ]);
  });

  it(`appendRow on a full sheet adds a row with nothing of the row above (${REF}/sheet#appendrowrowcontents)`, () => {
    const { sheet } = setup();
    sheet.deleteRows(2, sheet.getMaxRows() - 1);
    sheet.getRange('A1').setNumberFormat('0%').setValue(0.5);
    sheet.appendRow([0.25]);
    expect(sheet.getMaxRows()).toBe(2);
    expect(sheet.getRange('A2').getNumberFormat()).toBe('0.###############');
    expect(sheet.getRange('A2').getDisplayValue()).toBe('0.25');
  });
});

describe('other Sheets behaviours the emulation holds to', () => {
  it(`clearFormat clears data validation too (${REF}/range#clearoptions: formatOnly)`, () => {
    const { app, sheet } = setup();
    sheet.getRange('A1').setDataValidation(app.newDataValidation().requireCheckbox().build());
    sheet.getRange('A1').clearFormat();
    expect(sheet.getRange('A1').getDataValidation()).toBeNull();
  });

  it(`whole rows and columns read back as "5:5" and "C:E" (${REF}/range#geta1notation)`, () => {
    const { sheet } = setup();
    expect(sheet.getRange('C:E').getA1Notation()).toBe('C:E');
    expect(sheet.getRange('5:5').getA1Notation()).toBe('5:5');
    expect(sheet.getRange(1, 3, sheet.getMaxRows(), 1).getA1Notation()).toBe('C1:C1000');
  });

  it(`moveColumns takes the destination before the move, contents and formulas following (${REF}/sheet#movecolumnscolumnspec,-destinationindex)`, () => {
    const { sheet } = setup();
    sheet.getRange('A1:E1').setValues([['a', 'b', 'c', 'd', '=A1&B1']]);
    sheet.getRange('A1').setNumberFormat('@');
    sheet.setColumnWidth(1, 50);
    // The reference's example: columns A-B to index 5 become columns C-D.
    sheet.moveColumns(sheet.getRange('A1:B1'), 5);
    expect(sheet.getRange('A1:E1').getValues()).toEqual([['c', 'd', 'a', 'b', 'ab']]);
    expect(sheet.getRange('E1').getFormula()).toBe('=C1&D1');
    expect(sheet.getRange('C1').getNumberFormat()).toBe('@');
    expect(sheet.getColumnWidth(3)).toBe(50);
  });
});

describe('developer metadata', () => {
  it(`lives on the spreadsheet, a sheet, or a whole row or column (${REF}/range#adddevelopermetadatakey,-value)`, () => {
    const { app, ss, sheet, inspect } = setup();
    ss.addDeveloperMetadata('okapi.version', '3');
    sheet.addDeveloperMetadata('okapi.table', 'OKRs', app.DeveloperMetadataVisibility.PROJECT);
    sheet.getRange('C:C').addDeveloperMetadata('okapi.column', 'progress');
    sheet.getRange('5:5').addDeveloperMetadata('okapi.row');
    expect(inspect.developerMetadata().map(({ id: _, ...m }) => m)).toEqual([
      {
        key: 'okapi.version',
        value: '3',
        visibility: 'DOCUMENT',
        location: { type: 'SPREADSHEET' },
      },
      {
        key: 'okapi.table',
        value: 'OKRs',
        visibility: 'PROJECT',
        location: { type: 'SHEET', sheet: 'Sheet1' },
      },
      {
        key: 'okapi.column',
        value: 'progress',
        visibility: 'DOCUMENT',
        location: { type: 'COLUMN', sheet: 'Sheet1', column: 3 },
      },
      {
        key: 'okapi.row',
        value: null,
        visibility: 'DOCUMENT',
        location: { type: 'ROW', sheet: 'Sheet1', row: 5 },
      },
    ]);
    const [column] = sheet.getRange('C:C').getDeveloperMetadata();
    expect(column?.getValue()).toBe('progress');
    expect(column?.getLocation().getLocationType()).toBe(app.DeveloperMetadataLocationType.COLUMN);
    expect(column?.getLocation().getColumn()?.getA1Notation()).toBe('C:C');
    expect(column?.getLocation().getSheet()).toBeNull();
    // Each object answers for its own location only.
    expect(sheet.getDeveloperMetadata().map((m) => m.getKey())).toEqual(['okapi.table']);
    expect(ss.getDeveloperMetadata().map((m) => m.getKey())).toEqual(['okapi.version']);
    expect(sheet.getRange('C2').getDeveloperMetadata()).toEqual([]);
  });

  it(`is refused on an arbitrary range with Sheets' message, a block covering a whole column included (${REF}/range#adddevelopermetadatakey)`, () => {
    const { sheet } = setup();
    const message =
      'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.';
    for (const range of [
      sheet.getRange('B2:D4'),
      sheet.getRange('A1'),
      sheet.getRange('C:D'),
      sheet.getRange('C2:C'),
      sheet.getRange(1, 3, sheet.getMaxRows(), 1),
    ])
      expect(() => range.addDeveloperMetadata('k'), range.getA1Notation()).toThrow(message);
  });

  it(`a spreadsheet finder finds a key on every sheet in one find() (${REF}/developer-metadata-finder)`, () => {
    const { emulation, ss, sheet } = setup();
    const other = ss.insertSheet('KPIs');
    sheet.getRange('B:B').addDeveloperMetadata('okapi.column', 'id');
    other.getRange('D:D').addDeveloperMetadata('okapi.column', 'id');
    other.getRange('E:E').addDeveloperMetadata('okapi.column', 'name');
    emulation.calls.reset();
    const found = ss.createDeveloperMetadataFinder().withKey('okapi.column').withValue('id').find();
    expect(emulation.calls.byMethod()).toEqual({
      'DeveloperMetadataFinder.find': 1,
      'DeveloperMetadataFinder.withKey': 1,
      'DeveloperMetadataFinder.withValue': 1,
      'Spreadsheet.createDeveloperMetadataFinder': 1,
    });
    expect(found.map((m) => m.getLocation().getColumn()?.getA1Notation())).toEqual(['B:B', 'D:D']);
    // A sheet's finder holds that sheet's own rows and columns.
    expect(other.createDeveloperMetadataFinder().withKey('okapi.column').find()).toHaveLength(2);
  });

  it(`a range finder holds what the range spans whole; onIntersectingLocations adds what it crosses (${REF}/range#createdevelopermetadatafinder)`, () => {
    const { sheet } = setup();
    sheet.getRange('3:3').addDeveloperMetadata('row3');
    expect(sheet.getRange('1:5').createDeveloperMetadataFinder().find()).toHaveLength(1);
    expect(sheet.getRange('A1:D5').createDeveloperMetadataFinder().find()).toHaveLength(0);
    expect(
      sheet.getRange('A1:D5').createDeveloperMetadataFinder().onIntersectingLocations().find(),
    ).toHaveLength(1);
  });

  it(`follows its column through inserted, deleted and moved columns (${API}/spreadsheets.developerMetadata)`, () => {
    const { app, sheet } = setup();
    sheet.getRange('C:C').addDeveloperMetadata('okapi.column', 'progress');
    const where = () =>
      sheet
        .createDeveloperMetadataFinder()
        .withLocationType(app.DeveloperMetadataLocationType.COLUMN)
        .find()
        .map((m) => m.getLocation().getColumn()?.getColumn());
    sheet.insertColumnsBefore(1, 2);
    expect(where()).toEqual([5]);
    sheet.deleteColumns(1, 1);
    expect(where()).toEqual([4]);
    sheet.moveColumns(sheet.getRange('D1'), 1);
    expect(where()).toEqual([1]);
    sheet.insertColumnAfter(1);
    expect(where()).toEqual([1]);
  });

  it(`follows its row through inserted and moved rows, with the row's height (${REF}/sheet#moverowsrowspec,-destinationindex)`, () => {
    const { sheet, inspect } = setup();
    sheet.getRange('A1:A4').setValues([['a'], ['b'], ['c'], ['d']]);
    sheet.getRange('2:2').addDeveloperMetadata('b');
    sheet.setRowHeight(2, 40);
    sheet.moveRows(sheet.getRange('A2:C2'), 5);
    expect(sheet.getRange('A1:A4').getValues()).toEqual([['a'], ['c'], ['d'], ['b']]);
    expect(inspect.developerMetadata()[0]?.location.row).toBe(4);
    expect(sheet.getRowHeight(4)).toBe(40);
    sheet.insertRowsBefore(1, 2);
    expect(inspect.developerMetadata()[0]?.location.row).toBe(6);
    expect(() => sheet.moveRows(sheet.getRange('1:3'), 2)).toThrow();
  });

  it(`goes with its column, and with its sheet (${API}/spreadsheets.developerMetadata: deleted with its object)`, () => {
    const { ss, sheet, inspect } = setup();
    const other = ss.insertSheet('KPIs');
    sheet.getRange('C:C').addDeveloperMetadata('c');
    sheet.getRange('2:2').addDeveloperMetadata('r');
    other.addDeveloperMetadata('s');
    other.getRange('A:A').addDeveloperMetadata('a');
    sheet.deleteColumn(3);
    expect(inspect.developerMetadata().map((m) => m.key)).toEqual(['r', 's', 'a']);
    ss.deleteSheet(other);
    expect(inspect.developerMetadata().map((m) => m.key)).toEqual(['r']);
  });

  it(`stays on its row when rows are sorted (strict reading: the reference promises no move) (${REF}/range#sortsortspecobj)`, () => {
    const { sheet, inspect } = setup();
    sheet.getRange('A1:A3').setValues([[3], [1], [2]]);
    sheet.getRange('1:1').addDeveloperMetadata('first');
    sheet.getRange('A1:A3').sort(1);
    expect(sheet.getRange('A1:A3').getValues()).toEqual([[1], [2], [3]]);
    expect(inspect.developerMetadata()[0]?.location).toEqual({
      type: 'ROW',
      sheet: 'Sheet1',
      row: 1,
    });
  });

  it(`is copied, with new ids, to a duplicated sheet (${API}/spreadsheets/request#DuplicateSheetRequest, ${REF}/sheet#copytospreadsheet)`, () => {
    const { ss, sheet, inspect } = setup();
    sheet.getRange('A1').setValue('=1+1');
    ss.addDeveloperMetadata('doc');
    sheet.addDeveloperMetadata('table', 'OKRs');
    sheet.getRange('C:C').addDeveloperMetadata('column', 'progress');
    const copy = sheet.copyTo(ss);
    expect(copy.getName()).toBe('Copy of Sheet1');
    expect(copy.getRange('A1').getValue()).toBe(2);
    const dup = ss.duplicateActiveSheet();
    expect(dup.getName()).toBe('Copy of Sheet1 2');
    expect(ss.getActiveSheet().getName()).toBe('Copy of Sheet1 2');
    const templated = ss.insertSheet('From template', { template: sheet });
    expect(templated.getIndex()).toBe(4);
    const entries = inspect.developerMetadata();
    expect(entries.filter((m) => m.key === 'doc')).toHaveLength(1);
    for (const name of ['Sheet1', 'Copy of Sheet1', 'Copy of Sheet1 2', 'From template'])
      expect(
        entries.filter((m) => m.location.sheet === name).map((m) => [m.key, m.location.column]),
        name,
      ).toEqual([
        ['table', undefined],
        ['column', 3],
      ]);
    expect(new Set(entries.map((m) => m.id)).size).toBe(entries.length);
    // A finder over the spreadsheet now sees every copy: scope it to a sheet to get one.
    expect(ss.createDeveloperMetadataFinder().withKey('table').find()).toHaveLength(4);
    expect(copy.createDeveloperMetadataFinder().withKey('table').find()).toHaveLength(1);
  });

  it(`is kept through a rename (${API}/spreadsheets.developerMetadata)`, () => {
    const { sheet } = setup();
    sheet.addDeveloperMetadata('table', 'OKRs');
    sheet.getRange('B:B').addDeveloperMetadata('column');
    sheet.setName('Objectives');
    expect(sheet.getDeveloperMetadata()[0]?.getValue()).toBe('OKRs');
    expect(sheet.createDeveloperMetadataFinder().find()).toHaveLength(2);
  });

  it(`tells a visibility from a value by type; setters, remove and moves work (${REF}/developer-metadata)`, () => {
    const { app, ss, sheet } = setup();
    ss.addDeveloperMetadata('a', app.DeveloperMetadataVisibility.PROJECT);
    ss.addDeveloperMetadata('b', 'PROJECT');
    const [a, b] = ss.getDeveloperMetadata();
    expect([a?.getValue(), String(a?.getVisibility())]).toEqual([null, 'PROJECT']);
    expect([b?.getValue(), String(b?.getVisibility())]).toEqual(['PROJECT', 'DOCUMENT']);
    expect(a?.getId()).not.toBe(b?.getId());
    b?.setKey('c').setValue('v').moveToColumn(sheet.getRange('D:D'));
    expect(sheet.getRange('D:D').getDeveloperMetadata()[0]?.getKey()).toBe('c');
    expect(() => b?.moveToRow(sheet.getRange('A2:Z2'))).toThrow('arbitrary ranges');
    b?.moveToSheet(sheet);
    expect(sheet.getDeveloperMetadata()).toHaveLength(1);
    b?.remove();
    expect(sheet.getDeveloperMetadata()).toHaveLength(0);
    expect(() => b?.getKey()).toThrow('does not exist');
    expect(
      ss
        .createDeveloperMetadataFinder()
        .withId(a?.getId() ?? 0)
        .find()[0]
        ?.getKey(),
    ).toBe('a');
  });

  it(`counts every call as Class.method, and lets a custom function only read (${REF}/developer-metadata)`, () => {
    const { emulation, ss, sheet } = setup();
    sheet.getRange('B:B').addDeveloperMetadata('k', 'v');
    emulation.calls.reset();
    const [m] = sheet.getRange('B:B').getDeveloperMetadata();
    m?.getLocation().getColumn();
    expect(emulation.calls.byMethod()).toEqual({
      'DeveloperMetadata.getLocation': 1,
      'DeveloperMetadataLocation.getColumn': 1,
      'Range.getDeveloperMetadata': 1,
      'Sheet.getRange': 1,
    });
    emulation.run('CUSTOM_FUNCTION', () => {
      expect(ss.createDeveloperMetadataFinder().withKey('k').find()[0]?.getValue()).toBe('v');
      expect(() => m?.setValue('w')).toThrow(
        'You do not have permission to call DeveloperMetadata.setValue',
      );
      expect(() => sheet.addDeveloperMetadata('x')).toThrow(
        'You do not have permission to call Sheet.addDeveloperMetadata',
      );
    });
  });
});
