import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBundle } from '../../emulation/load';

/** A tiny hand-written "dist": two files loaded in alphabetical order into one global scope. */
const LIB = `
var Lib = (function () {
  function score(current, target) {
    if (target === '' || target === null) return '';
    if (typeof current !== 'number' || typeof target !== 'number') throw new Error('current and target must be numbers');
    return Math.max(0, Math.min(1, current / target));
  }
  return { score: score };
})();
`;

const MAIN = `
function onOpen(e) {
  SpreadsheetApp.getUi().createAddonMenu().addItem('Refresh progress', 'refresh').addToUi();
}
function readSheetOnOpen() {
  SpreadsheetApp.getActiveSpreadsheet().getSheets();
}
function SCORE(current, target) {
  if (Array.isArray(current)) {
    return current.map(function (row, i) {
      try { return [Lib.score(row[0], target[i][0])]; } catch (err) { return ['bad row']; }
    });
  }
  return Lib.score(current, target);
}
function STRICT(x) {
  if (x < 0) throw new Error('x must not be negative');
  return x * 2;
}
function SUMALL(range) {
  return range.reduce(function (s, row) { return s + (typeof row[0] === 'number' ? row[0] : 0); }, 0);
}
function KIND(v) {
  if (v instanceof Date) return 'date ' + v.getFullYear();
  if (Array.isArray(v)) return 'range ' + v.length + 'x' + v[0].length;
  return typeof v + ':' + v;
}
function SNEAKY() {
  SpreadsheetApp.getActiveSheet().getRange('Z1').setValue('written');
  return 1;
}
function refresh() {
  var lock = LockService.getDocumentLock();
  lock.waitLock(30000);
  try {
    var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('KRs');
    var data = sheet.getRange(2, 1, sheet.getLastRow() - 1, 2).getValues();
    var out = data.map(function (r) { return [Lib.score(r[0], r[1])]; });
    sheet.getRange(2, 3, out.length, 1).setValues(out);
    SpreadsheetApp.flush();
  } finally {
    lock.releaseLock();
  }
  return out.length;
}
function today() {
  return Utilities.formatDate(new Date(), Session.getScriptTimeZone(), 'yyyy-MM-dd');
}
function globalsSeen() {
  return [typeof require, typeof process, typeof setTimeout, typeof fetch, typeof SpreadsheetApp].join(',');
}
function openSidebar() {
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile('sidebar').setTitle('Okapi'));
}
function catchError() {
  try { SpreadsheetApp.getActiveSheet().getRange('A1:B2').setValues([[1]]); } catch (e) { return e instanceof Error; }
}
`;

function bundle(extra: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'okapi-emulation-'));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'lib.js'), LIB);
  writeFileSync(join(dir, 'main.js'), MAIN);
  writeFileSync(join(dir, 'sidebar.html'), '<p>Hello</p>');
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(dir, name), text);
  return dir;
}

function load(options: Parameters<typeof loadBundle>[0] = {}) {
  return loadBundle({ dist: bundle(), now: new Date(2024, 0, 15, 9), ...options });
}

describe('loading a bundle', () => {
  it('gives the script only Apps Script-like globals and records load-time calls', () => {
    const h = load();
    expect(h.run('globalsSeen')).toBe('undefined,undefined,undefined,undefined,object');
    expect(h.loadTimeCalls).toBe(0);
    const noisy = loadBundle({
      dist: bundle({ 'z.js': 'var P = PropertiesService.getScriptProperties();' }),
    });
    expect(noisy.loadTimeCalls).toBe(1);
  });

  it('makes new Date() follow the emulated clock, with real Date instances', () => {
    const h = load();
    expect(h.run('today')).toBe('2024-01-15');
    h.setNow(new Date(2024, 5, 1, 12));
    expect(h.run('today')).toBe('2024-06-01');
    expect(h.run('catchError')).toBe(true);
  });

  it('records the UI: menus, sidebars', () => {
    const h = load();
    h.run('onOpen');
    h.run('openSidebar');
    expect(h.ui.menus).toEqual([
      {
        title: 'Okapi',
        addon: true,
        items: [{ caption: 'Refresh progress', functionName: 'refresh' }],
      },
    ]);
    expect(h.ui.sidebars).toMatchObject([{ title: 'Okapi', content: '<p>Hello</p>' }]);
  });
});

describe('custom functions', () => {
  it('run the bundle code from formulas, with Sheets argument shapes', () => {
    const h = load();
    h.spreadsheet.type('Sheet1', 'A1', '5');
    h.spreadsheet.type('Sheet1', 'B1', '10');
    h.spreadsheet.type('Sheet1', 'C1', '=SCORE(A1, B1)');
    expect(h.spreadsheet.value('Sheet1', 'C1')).toBe(0.5);
    h.spreadsheet.type('Sheet1', 'D1', '2024-03-01');
    h.spreadsheet.type('Sheet1', 'E1', '=KIND(D1)');
    h.spreadsheet.type('Sheet1', 'E2', '=KIND(A1:B3)');
    h.spreadsheet.type('Sheet1', 'E3', '=KIND(F9)');
    h.spreadsheet.type('Sheet1', 'E4', '=kind(15%)');
    expect(h.spreadsheet.values('Sheet1', 'E1:E4')).toEqual([
      ['date 2024'],
      ['range 3x2'],
      ['string:'],
      ['number:0.15'],
    ]);
  });

  it('spill a column out for a range in, in one execution', () => {
    const h = load();
    h.spreadsheet.type('Sheet1', 'A1', '1');
    h.spreadsheet.type('Sheet1', 'A2', '3');
    h.spreadsheet.type('Sheet1', 'A3', '');
    h.spreadsheet.type('Sheet1', 'B1', '4');
    h.spreadsheet.type('Sheet1', 'B2', '4');
    h.spreadsheet.type('Sheet1', 'B3', '');
    h.spreadsheet.type('Sheet1', 'C1', '=SCORE(A1:A3, B1:B3)');
    expect(h.spreadsheet.values('Sheet1', 'C1:C3')).toEqual([[0.25], [0.75], ['']]);
    expect(h.spreadsheet.formulas('Sheet1', 'C1:C2')).toEqual([['=SCORE(A1:A3, B1:B3)'], ['']]);
    // A function returning one number for a range stays in one cell.
    h.spreadsheet.type('Sheet1', 'D1', '=SUMALL(A1:A3)');
    h.spreadsheet.type('Sheet1', 'D2', 'kept');
    expect(h.spreadsheet.values('Sheet1', 'D1:D2')).toEqual([[4], ['kept']]);
  });

  it('show #ERROR! with the thrown message, leaving other cells alone', () => {
    const h = load();
    h.spreadsheet.type('Sheet1', 'A1', '=STRICT(-1)');
    h.spreadsheet.type('Sheet1', 'A2', '=STRICT(2)');
    expect(h.spreadsheet.values('Sheet1', 'A1:A2')).toEqual([['#ERROR!'], [4]]);
    expect(h.spreadsheet.customFunctionError('Sheet1!A1')).toBe('x must not be negative');
    expect(h.customFunctionErrors()).toHaveLength(1);
  });

  it('may not write to the document (CUSTOM_FUNCTION auth mode)', () => {
    const h = load();
    h.spreadsheet.type('Sheet1', 'A1', '=SNEAKY()');
    expect(h.spreadsheet.value('Sheet1', 'A1')).toBe('#ERROR!');
    expect(h.spreadsheet.customFunctionError('Sheet1!A1')).toBe(
      'You do not have permission to call Range.setValue',
    );
    expect(h.spreadsheet.value('Sheet1', 'Z1')).toBe('');
  });
});

describe('auth modes', () => {
  it('lets onOpen build the add-on menu in AuthMode.NONE but refuses document access', () => {
    const h = load();
    h.trigger('onOpen', 'NONE');
    expect(h.ui.menus).toHaveLength(1);
    expect(() => h.runAs('NONE', 'readSheetOnOpen')).toThrow(
      'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet',
    );
    expect(() => h.runAs('LIMITED', 'readSheetOnOpen')).not.toThrow();
  });
});

function krSheet(h: ReturnType<typeof load>, rows: number) {
  h.run('onOpen');
  const app = h.context.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const sheet = app.getActiveSpreadsheet().insertSheet('KRs');
  if (rows + 1 > sheet.getMaxRows())
    sheet.insertRowsAfter(sheet.getMaxRows(), rows + 1 - sheet.getMaxRows());
  const data = Array.from({ length: rows }, (_, i) => [i, rows]);
  sheet.getRange(1, 1, 1, 3).setValues([['Current', 'Target', 'Progress']]);
  sheet.getRange(2, 1, rows, 2).setValues(data);
  return sheet;
}

describe('document lock', () => {
  it('serialises two refreshes: the second cannot take the lock while the first holds it', () => {
    const h = load();
    krSheet(h, 3);
    let second: unknown;
    // Start a second execution right after the first one took the lock.
    h.calls.after(
      'Lock.waitLock',
      () => {
        try {
          h.run('refresh');
        } catch (e) {
          second = (e as Error).message;
        }
      },
      { once: true },
    );
    expect(h.run('refresh')).toBe(3);
    expect(second).toBe('Lock timeout: another process was holding the lock for too long.');
    // The lock was released: a later refresh goes through.
    expect(h.run('refresh')).toBe(3);
  });
});

describe('performance, as a count', () => {
  it('a 10,000-row refresh costs a constant number of service calls', () => {
    const h = load();
    krSheet(h, 10_000);
    h.calls.reset();
    expect(h.run('refresh')).toBe(10_000);
    expect(h.calls.total).toBe(11);
    expect(h.calls.count('Range.getValues')).toBe(1);
    expect(h.calls.count('Range.setValues')).toBe(1);
    expect(h.spreadsheet.value('KRs', 'C10001')).toBe(9_999 / 10_000);
  });

  it('a column of 10,000 scores is one custom-function execution once its shape is known', () => {
    const h = load();
    krSheet(h, 10_000);
    h.spreadsheet.type('KRs', 'D2', '=SCORE(A2:A3, B2:B3)');
    expect(h.spreadsheet.value('KRs', 'D3')).toBe(1 / 10_000);
    const before = h.customFunctionExecutions().SCORE ?? 0;
    h.spreadsheet.type('KRs', 'E2', '=SCORE(A2:A10001, B2:B10001)');
    expect(h.spreadsheet.value('KRs', 'E10001')).toBe(9_999 / 10_000);
    expect((h.customFunctionExecutions().SCORE ?? 0) - before).toBe(1);
  });
});
