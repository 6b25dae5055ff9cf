import { describe, expect, it } from 'vitest';
import { createEmulation } from '../../emulation/emulation';

function setup(locale = 'en_US') {
  const { emulation, globals } = createEmulation({ locale, now: new Date(2024, 0, 15, 10, 30) });
  const ss = globals.SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getSheets()[0];
  if (!sheet) throw new Error('no first sheet');
  return { emulation, ss, sheet, inspect: emulation.inspect };
}

describe('setValues reads strings as typed', () => {
  it('turns "=" into formulas, keeps apostrophe text, reads numbers, percents and booleans', () => {
    const { sheet } = setup();
    const range = sheet.getRange('A1:F1');
    range.setValues([['=1+2', "'=not a formula", '15%', '1,000', 'true', 'plain']]);
    expect(range.getValues()).toEqual([[3, '=not a formula', 0.15, 1000, true, 'plain']]);
    expect(range.getFormulas()).toEqual([['=1+2', '', '', '', '', '']]);
    expect(range.getDisplayValues()).toEqual([
      ['3', '=not a formula', '15%', '1,000', 'TRUE', 'plain'],
    ]);
  });

  it('reads decimals in the spreadsheet locale', () => {
    const { sheet } = setup('fr_FR');
    sheet.getRange('A1:C1').setValues([['1,5', '-3', '12,5 %']]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([[1.5, -3, 0.125]]);
    // Formulas stay in English syntax whatever the locale.
    sheet.getRange('D1').setFormula('=ROUND(A1*1.5, 2)');
    expect(sheet.getRange('D1').getValue()).toBe(2.25);
    expect(sheet.getRange('D1').getDisplayValue()).toBe('2,25');
  });

  it('stores numbers, booleans and Dates as such; blanks read as ""', () => {
    const { sheet } = setup();
    const date = new Date(2024, 2, 1);
    sheet.getRange('A1:D1').setValues([[42, false, date, '']]);
    const [[n, b, d, blank]] = sheet.getRange('A1:D1').getValues() as unknown[][] as [
      [unknown, unknown, unknown, unknown],
    ];
    expect([n, b, blank]).toEqual([42, false, '']);
    expect(d).toBeInstanceOf(Date);
    expect((d as Date).getTime()).toBe(date.getTime());
  });

  it('returns Dates for date-formatted cells and date formulas only', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A3').setValues([[45306], ['=TODAY()'], ['=A1+1']]);
    sheet.getRange('A1').setNumberFormat('yyyy-mm-dd');
    const [[a], [today], [next]] = sheet.getRange('A1:A3').getValues() as [
      [unknown],
      [unknown],
      [unknown],
    ];
    expect(a).toBeInstanceOf(Date);
    expect(today).toBeInstanceOf(Date);
    expect((today as Date).getDate()).toBe(15);
    expect(typeof next).toBe('number');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('2024-01-15');
  });
});

describe('formulas', () => {
  it('reference other sheets, quoted names with spaces and accents, whole and open-ended columns', () => {
    const { ss, sheet } = setup();
    const history = ss.insertSheet('Check-in history');
    const kpis = ss.insertSheet('KPIs é');
    history.getRange('A1:A4').setValues([[1], [2], [3], [4]]);
    kpis.getRange('B2').setValue(10);
    sheet
      .getRange('A1:C1')
      .setFormulas([
        ["=SUM('Check-in history'!A:A)", "=SUM('Check-in history'!A2:A)", "='KPIs é'!B2*2"],
      ]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([[10, 9, 20]]);
    expect(sheet.getRange('B1').getFormula()).toBe("=SUM('Check-in history'!A2:A)");
    // The open end follows the sheet when it grows.
    history.insertRowsAfter(history.getMaxRows(), 10);
    history.getRange(1005, 1).setValue(100);
    expect(sheet.getRange('B1').getValue()).toBe(109);
    expect(sheet.getRange('B1').getFormula()).toBe("=SUM('Check-in history'!A2:A)");
  });

  it('shows errors as Sheets does', () => {
    const { sheet } = setup();
    sheet
      .getRange('A1:E1')
      .setFormulas([['=1/0', '=NA()', "=SUM('Nope'!A1)", '=NOSUCHFN(1)', '="a"+1']]);
    expect(sheet.getRange('A1:E1').getValues()).toEqual([
      ['#DIV/0!', '#N/A', '#REF!', '#NAME?', '#VALUE!'],
    ]);
    expect(sheet.getRange('A1:E1').getDisplayValues()).toEqual([
      ['#DIV/0!', '#N/A', '#REF!', '#NAME?', '#VALUE!'],
    ]);
  });

  it('fills one formula over a block with relative references', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    sheet.getRange('B1:B3').setFormula('=A1*10');
    expect(sheet.getRange('B1:B3').getValues()).toEqual([[10], [20], [30]]);
    expect(sheet.getRange('B3').getFormula()).toBe('=A3*10');
  });
});

describe('errors like Sheets', () => {
  it('rejects setValues with the wrong height or width', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange('A1:B2').setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => sheet.getRange('A1:B1').setValues([[1, 2, 3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.',
    );
  });

  it('refuses a duplicate sheet name', () => {
    const { ss } = setup();
    ss.insertSheet('KPIs');
    expect(() => ss.insertSheet('KPIs')).toThrow(
      'A sheet with the name "KPIs" already exists. Please enter another name.',
    );
  });

  it('does not grow a sheet on setValues: scripts must insert rows first', () => {
    const { sheet } = setup();
    expect(sheet.getMaxRows()).toBe(1000);
    expect(sheet.getMaxColumns()).toBe(26);
    expect(() => sheet.getRange(1001, 1)).toThrow('outside the dimensions of the sheet');
    expect(() => sheet.getRange(999, 1, 5, 1)).toThrow();
    sheet.insertRowsAfter(1000, 10);
    sheet.getRange(1005, 1).setValue('ok');
    expect(sheet.getLastRow()).toBe(1005);
  });
});

describe('sheet features recorded as data', () => {
  it('keeps validations, conditional formats, protections, frozen rows, notes and charts', () => {
    const { emulation, globals } = createEmulation();
    const app = globals.SpreadsheetApp;
    const sheet = app.getActiveSheet();
    const rule = app
      .newDataValidation()
      .requireValueInList(['a', 'b'])
      .setAllowInvalid(false)
      .setHelpText('Pick')
      .build();
    sheet.getRange('A2:A3').setDataValidation(rule);
    const cf = app
      .newConditionalFormatRule()
      .whenNumberGreaterThanOrEqualTo(0.7)
      .setBackground('#b7e1cd')
      .setRanges([sheet.getRange('B2:B10')])
      .build();
    sheet.setConditionalFormatRules([cf]);
    sheet.getRange('C1:C5').protect().setWarningOnly(true).setDescription('computed');
    sheet.setFrozenRows(1);
    sheet.getRange('A1').setNote('Header');
    const chart = sheet
      .newChart()
      .asLineChart()
      .addRange(sheet.getRange('A1:B5'))
      .setPosition(1, 5, 0, 0)
      .setOption('title', 'Progress')
      .build();
    sheet.insertChart(chart);

    const inspect = emulation.inspect;
    expect(inspect.validations('Sheet1', 'A2')[0]?.[0]).toEqual({
      criteria: 'VALUE_IN_LIST',
      values: [['a', 'b'], true],
      allowInvalid: false,
      helpText: 'Pick',
    });
    expect(inspect.conditionalRules('Sheet1')).toEqual([
      {
        condition: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
        values: [0.7],
        format: { background: '#b7e1cd' },
        ranges: [{ sheet: 'Sheet1', a1: 'B2:B10' }],
      },
    ]);
    expect(inspect.protections('Sheet1')).toEqual([
      { kind: 'RANGE', range: 'C1:C5', description: 'computed', warningOnly: true },
    ]);
    expect(inspect.frozen('Sheet1')).toEqual({ rows: 1, columns: 0 });
    expect(inspect.notes('Sheet1', 'A1')).toEqual([['Header']]);
    expect(inspect.charts('Sheet1')).toMatchObject([
      { type: 'LINE', ranges: [{ sheet: 'Sheet1', a1: 'A1:B5' }], options: { title: 'Progress' } },
    ]);
    expect(sheet.getRange('A2').getDataValidation()?.getCriteriaType()).toBe('VALUE_IN_LIST');
    expect(JSON.stringify(inspect.exportState())).toContain('"Sheet1"');
  });

  it('sorts the rows below the frozen header', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B4').setValues([
      ['Name', 'Score'],
      ['b', 2],
      ['a', 3],
      ['c', 1],
    ]);
    sheet.setFrozenRows(1);
    sheet.sort(2, false);
    expect(sheet.getRange('A1:B4').getValues()).toEqual([
      ['Name', 'Score'],
      ['a', 3],
      ['b', 2],
      ['c', 1],
    ]);
  });
});

describe('call counting', () => {
  it('counts each script call once and never counts the inspection API', () => {
    const { emulation, sheet } = setup();
    emulation.calls.reset();
    sheet.getRange('A1:B2').getValues();
    expect(emulation.calls.total).toBe(2);
    expect(emulation.calls.byMethod()).toEqual({ 'Sheet.getRange': 1, 'Range.getValues': 1 });
    emulation.inspect.values('Sheet1');
    emulation.inspect.type('Sheet1', 'A1', '=2*3');
    expect(emulation.inspect.value('Sheet1', 'A1')).toBe(6);
    expect(emulation.calls.total).toBe(2);
  });

  it('names an unimplemented method clearly', () => {
    const { sheet } = setup();
    const range = sheet.getRange('A1') as unknown as { createFilter(): void };
    expect(() => range.createFilter()).toThrow('Not emulated: Range.createFilter');
  });
});
