import { describe, expect, it } from 'vitest';
import { HISTORY } from '../../src/workbook/layout/tables';
import {
  HISTORY_SHEET,
  NOW,
  OKR_SHEET,
  okrRows,
  type Row,
  typeRows,
  type World,
  world,
} from '../support/refresh-world';

/**
 * Refresh progress through the real built bundle (npm run build first), in the emulation:
 * the template from "Create OKR template", then a person's edits, then the menu's refresh.
 */

const HEADER = 4;
const firstData = HEADER + 1;

function cell(w: World, header: string, row: number): unknown {
  return w.h.spreadsheet.values(OKR_SHEET, `A${row}:AZ${row}`)[0]?.[w.col(OKR_SHEET, header) - 1];
}
function formula(w: World, header: string, row: number): string {
  return (
    w.h.spreadsheet.formulas(OKR_SHEET, `A${row}:AZ${row}`)[0]?.[w.col(OKR_SHEET, header) - 1] ?? ''
  );
}
/** The history's rows below its header, down to the last one written (the template formats more). */
function historyRows(w: World): unknown[][] {
  const rows = w.h.spreadsheet.values(HISTORY_SHEET).slice(3);
  while (rows.length > 0 && rows[rows.length - 1]?.every((v) => v === '')) rows.pop();
  return rows;
}

describe('Refresh progress', () => {
  it('fills IDs, computes progress on rows typed below the prepared ones, and snapshots the day', () => {
    const w = world();
    const rows = okrRows(2, 3);
    typeRows(w, OKR_SHEET, HEADER, rows.slice(0, 4));
    // Rows added far below the template's prepared 200 rows.
    typeRows(w, OKR_SHEET, 260, rows.slice(4));
    w.refresh();
    expect(cell(w, 'ID', firstData)).toBe('O1');
    expect(cell(w, 'ID', firstData + 1)).toBe('KR1');
    expect(cell(w, 'ID', 261)).toBe('O2');
    expect(cell(w, 'ID', 263)).toBe('KR5');
    // Current 100 + ((2*7 + 2*13) % 120) = 140 of 100 → 200: 0.4, by the native formula.
    expect(cell(w, 'Progress', 263)).toBe(0.4);
    expect(formula(w, 'Progress', 263)).toContain('$B$5:$B$264');
    expect(cell(w, 'Status', 263)).not.toBe('');
    const history = historyRows(w);
    expect(history.map((r) => r[1])).toEqual([
      'KR1',
      'KR2',
      'KR3',
      'KR4',
      'KR5',
      'KR6',
      'O1',
      'O2',
    ]);
    expect(history[4]?.[5]).toBe(0.4);
    expect(history[4]?.[3]).toBe('KR b.2');
    // The one health finding: KR a.1 at 0.2 is more than 25 points behind the 49 % elapsed.
    expect(w.h.ui.alerts.at(-1)?.prompt).toMatch(/“KR a\.1” is more than 25 points behind/);
    expect(w.h.ui.alerts.at(-1)?.prompt.match(/Key result/g)).toHaveLength(1);
    // The dashboard counts it among the health checks.
    expect(w.h.spreadsheet.values('Dashboard', 'J4:K9')).toEqual([
      ['Health checks', 'Flagged'],
      ['Not started', 0],
      ['No recent check-in', 0],
      ['Behind pace', 1],
      ['Past due', 0],
      ['Objectives not aligned', 0],
    ]);
    // The dashboard's progress-over-time block follows the history's objective rows.
    const trend = w.h.spreadsheet.values('Dashboard', 'N4:P5');
    expect(trend[0]).toEqual(['Date', 'Objective a', 'Objective b']);
    expect(trend[1]?.slice(1)).toEqual([history[6]?.[5], history[7]?.[5]]);
  });

  it('gives the history its formats, on the rows the template made and on rows it inserts', () => {
    const w = world();
    // 400 check-ins a day (every KR's Current moves): the third day's outgrow the sheet.
    typeRows(w, OKR_SHEET, HEADER, okrRows(80, 4));
    const current = w.col(OKR_SHEET, 'Current');
    const rows400 = okrRows(80, 4);
    ['2025-05-14', '2025-05-15', '2025-05-16'].forEach((day, d) => {
      w.h.setNow(new Date(`${day}T08:00:00Z`));
      if (d > 0)
        w.okr
          .getRange(firstData, current, rows400.length, 1)
          .setValues(rows400.map((r) => [r['Key result'] === undefined ? '' : 100 + d]));
      w.refresh();
    });
    const rows = historyRows(w).length;
    // 320 KRs and 80 objectives the first day; then the KRs, and the objectives whose score moved.
    expect(rows).toBeGreaterThan(1000);
    const formats = w.h.spreadsheet.numberFormats(HISTORY_SHEET, `A4:I${rows + 3}`);
    const formatOf = (header: string, row: number): string | undefined =>
      formats[row]?.[w.col(HISTORY_SHEET, header, HISTORY.headerRow) - 1];
    for (const row of [0, 996, rows - 1]) {
      expect(formatOf('Date', row)).toBe('yyyy-mm-dd');
      expect(formatOf('Progress', row)).toBe('0.00');
      expect(formatOf('Confidence', row)).toBe('0.0%');
    }
  });

  it('leaves no cell of any sheet showing a formula error, the bars included', () => {
    const w = world();
    typeRows(w, OKR_SHEET, HEADER, okrRows(2, 3));
    w.refresh();
    const errors = w.h.spreadsheet.sheetNames().flatMap((name) =>
      w.h.spreadsheet
        .values(name)
        .flat()
        .filter((v) => typeof v === 'string' && /^#[A-Z/0!?]+/.test(v))
        .map((v) => `${name}: ${v}`),
    );
    expect(errors).toEqual([]);
  });

  it('records a check-in each time a value changes, and nothing when none did', () => {
    const w = world();
    typeRows(w, OKR_SHEET, HEADER, okrRows(1, 3));
    w.refresh();
    // Three KRs with values, and their objective's score.
    expect(historyRows(w).map((r) => r[1])).toEqual(['KR1', 'KR2', 'KR3', 'O1']);
    w.refresh();
    w.h.setNow(new Date('2025-05-16T08:00:00Z'));
    w.refresh();
    expect(historyRows(w)).toHaveLength(4);
    // The same day twice: each change is its own row, the objective's too when its score moves.
    const current = w.okr.getRange(firstData + 1, w.col(OKR_SHEET, 'Current'));
    current.setValue(199);
    w.refresh();
    current.setValue(150);
    w.refresh();
    const rows = historyRows(w).slice(4);
    expect(rows.map((r) => [r[1], r[4], r[8]])).toEqual([
      ['KR1', 199, 'sheet'],
      ['O1', '', ''],
      ['KR1', 150, 'sheet'],
      ['O1', '', ''],
    ]);
    // Nothing already in the history was rewritten.
    expect(
      historyRows(w)
        .slice(0, 4)
        .map((r) => r[1]),
    ).toEqual(['KR1', 'KR2', 'KR3', 'O1']);
  });

  it('keeps a formula a person put in Current, and snapshots its value', () => {
    const w = world();
    typeRows(w, OKR_SHEET, HEADER, okrRows(1, 3));
    w.sheet('Sheet1').getRange('A1').setValue(175);
    const current = w.okr.getRange(firstData + 1, w.col(OKR_SHEET, 'Current'));
    current.setFormula('=Sheet1!A1');
    w.refresh();
    expect(current.getFormula()).toBe('=Sheet1!A1');
    expect(cell(w, 'Progress', firstData + 1)).toBe(0.75);
    expect(historyRows(w).find((r) => r[1] === 'KR1')?.[4]).toBe(175);
  });

  it('follows inserted rows, moved and extra columns, and sorting', () => {
    const w = world();
    typeRows(w, OKR_SHEET, HEADER, okrRows(2, 3));
    w.refresh();
    // A person inserts a column in the middle of the computed block and one before everything,
    w.okr.insertColumnBefore(w.col(OKR_SHEET, 'Bar'));
    w.okr.getRange(HEADER, w.col(OKR_SHEET, 'Bar') - 1).setValue('My notes');
    w.okr.insertColumnBefore(1);
    w.okr.getRange(HEADER, 1).setValue('Team');
    // inserts a KR in the middle, and sorts the data rows by Key result.
    w.okr.insertRowsBefore(firstData + 2, 1);
    typeRows(w, OKR_SHEET, firstData + 1, [
      { Objective: 'Objective a', 'Key result': 'KR a.new', Owner: 'Eve', Target: 10, Current: 5 },
    ]);
    const last = w.okr.getLastRow();
    w.okr
      .getRange(firstData, 1, last - HEADER, w.okr.getLastColumn())
      .sort(w.col(OKR_SHEET, 'Key result'));
    w.refresh();
    for (let r = firstData; r <= last; r++) {
      const kr = cell(w, 'Key result', r);
      if (kr === 'KR a.new') {
        expect(cell(w, 'ID', r)).toBe('KR7');
        expect(cell(w, 'Progress', r)).toBe(0.5);
      }
      if (kr === '' && cell(w, 'Objective', r) === 'Objective a') {
        // The objective's roll-up now counts its fourth KR.
        expect(cell(w, 'Progress', r)).toBeCloseTo((0.2 + 0.33 + 0.46 + 0.5) / 4, 10);
      }
    }
    expect(formula(w, 'Progress', firstData)).toMatch(/^=IF\(D5<>"",R5,/);
    expect(
      w.h.spreadsheet
        .values(OKR_SHEET, `A${firstData}:A${last}`)
        .flat()
        .every((v) => v === ''),
    ).toBe(true);
  });

  it('reports findings in the user’s language', () => {
    const w = world({ locale: 'fr_FR' });
    const rows: Row[] = [
      { Objectif: 'Doubler le trafic en 2025', Responsable: 'Ana' },
      {
        Objectif: 'Doubler le trafic en 2025',
        'Résultat clé': 'Visites',
        Cible: 10,
        'Valeur actuelle': 'beaucoup',
      },
      { Objectif: 'Inconnu', 'Résultat clé': 'Orphelin', Responsable: 'Bo', Cible: 3 },
    ];
    typeRows(w, 'OKR', HEADER, rows);
    w.refresh();
    const alert = w.h.ui.alerts.at(-1);
    expect(alert?.title).toMatch(/progression actualisée/);
    expect(alert?.prompt).toContain('n’a pas de responsable');
    expect(alert?.prompt).toContain('current (valeur actuelle) doit être un nombre');
    expect(alert?.prompt).toContain('contient un chiffre');
    expect(alert?.prompt).toContain('qui n’existe pas');
    expect(alert?.prompt).toContain('(OKR, ligne 6)');
  });

  it('knows its sheets by their marks: renamed, moved, properties cleared, others added', () => {
    const w = world();
    typeRows(w, OKR_SHEET, HEADER, okrRows(1, 3));
    w.refresh();
    // The first refresh marks the template's columns, found by their headers, once.
    expect(w.h.calls.count('Range.addDeveloperMetadata')).toBeGreaterThan(20);
    expect(cell(w, 'ID', firstData)).toBe('O1');
    const okr = w.okr;
    okr.setName('Our OKRs');
    w.ss.setActiveSheet(okr);
    w.ss.moveActiveSheet(1);
    w.h.emulation.doc.documentProperties.clear();
    w.ss.insertSheet('Team OKRs');
    w.h.setNow(new Date(NOW.getTime() + 86_400_000));
    okr.getRange(firstData + 1, w.col('Our OKRs', 'Current')).setValue(42);
    w.refresh();
    expect(w.h.calls.count('Range.addDeveloperMetadata')).toBe(0);
    // Never read every sheet: the marks say which are Okapi's.
    expect(w.h.calls.count('Spreadsheet.getSheets')).toBe(0);
    // The check-in typed in the renamed, moved sheet: KR1's row and its objective's.
    expect(
      historyRows(w)
        .slice(4)
        .map((r) => r[1]),
    ).toEqual(['KR1', 'O1']);
  });

  it('adopts a workbook made before the marks once, from the sheets its properties name', () => {
    const w = world();
    typeRows(w, OKR_SHEET, HEADER, okrRows(1, 3));
    // As a workbook of the previous version: no marks, a registry of sheets by ID.
    for (const m of w.ss.createDeveloperMetadataFinder().withKey('okapi').find()) m.remove();
    const ids = Object.fromEntries(w.ss.getSheets().map((s) => [s.getName(), s.getSheetId()]));
    const roles = [
      { id: ids[OKR_SHEET], key: 'okrs', lang: 'en' },
      { id: ids[HISTORY_SHEET], key: 'history', lang: 'en' },
    ];
    w.h.emulation.doc.documentProperties.set(
      'okapi.tables',
      JSON.stringify({ sheets: w.ss.getNumSheets(), roles }),
    );
    w.refresh();
    expect(cell(w, 'ID', firstData)).toBe('O1');
    expect(historyRows(w)).toHaveLength(4);
    expect(w.h.emulation.doc.documentProperties.has('okapi.tables')).toBe(false);
    const marks = w.ss.createDeveloperMetadataFinder().withKey('okapi').find();
    expect(marks.filter((m) => m.getValue()?.startsWith('sheet')).map((m) => m.getValue())).toEqual(
      ['sheet okrs en', 'sheet history en'],
    );
  });

  it('takes nothing for its own without a mark: a workbook with no template is left alone', () => {
    const w = world({ template: false });
    const people = w.ss.insertSheet('Campaigns');
    people.getRange(1, 1, 3, 6).setValues([
      ['Campaign', 'Owner', 'Target', 'Actual', 'Status', 'Direction'],
      ['Spring', 'Ana', 100, 80, 'behind — ask Ana', 'higher'],
      ['Summer', 'Ben', 50, 60, 'great', 'higher'],
    ]);
    const before = w.h.spreadsheet.values('Campaigns');
    w.h.calls.reset();
    w.h.run('okapiRefresh');
    expect(w.h.spreadsheet.values('Campaigns')).toEqual(before);
    expect(w.h.ui.alerts.map((a) => a.prompt).join()).toMatch(/No OKR table found/);
  });

  it('serialises two refreshes with the document lock', () => {
    const w = world();
    typeRows(w, OKR_SHEET, HEADER, okrRows(1, 3));
    // A second refresh starts while the first is reading.
    w.h.calls.after('Range.getValues', () => w.h.run('okapiRefresh'), { once: true });
    w.h.run('okapiRefresh');
    expect(w.h.ui.alerts.map((a) => a.prompt).join()).toMatch(/Another Okapi refresh/);
    expect(historyRows(w)).toHaveLength(4);
    expect(w.h.emulation.doc.documentLock.holder).toBeUndefined();
  });
});
