import { describe, expect, it } from 'vitest';
import type { SaveBatch, SidebarState } from '../../src/contract/sidebar';
import { columnLetter } from '../../src/workbook/layout/columns';
import { KPIS, OKRS } from '../../src/workbook/layout/tables';
import { emulatedServer } from '../support/emulated-server';
import {
  HISTORY_SHEET,
  OKR_SHEET,
  okrRows,
  typeRows,
  type World,
  world,
} from '../support/refresh-world';

/**
 * A person's workbook, edited for weeks, never breaks Okapi and never loses a cell a person
 * wrote: each case below is one way it broke before (own sheets and columns taken for Okapi's,
 * typed-over cells replaced, spills blocked by a check-in, formats that stop Sheets reading
 * typed dates, objectives losing their KRs, colliding IDs). Through the real bundle in the
 * strict emulation (npm run build first).
 */
const HEADER = OKRS.headerRow;
const KPI_SHEET = KPIS.name.en;

function state(w: World): SidebarState {
  return emulatedServer(w.h)('okapiSidebarLoad', []) as SidebarState;
}

function call(w: World, name: string, ...args: unknown[]): unknown {
  return emulatedServer(w.h)(name, args);
}

function codes(s: SidebarState): string[] {
  return s.findings.map((f) => f.code);
}

/** Every cell of a sheet as a person sees and wrote it: values and formulas. */
function sheetContents(w: World, name: string): unknown {
  return [w.h.spreadsheet.values(name), w.h.spreadsheet.formulas(name)];
}

function a1(w: World, sheet: string, header: string, row: number, headerRow = HEADER): string {
  return `${columnLetter(w.col(sheet, header, headerRow))}${row}`;
}

/** Two objectives of three KRs, typed, then refreshed (IDs, marks, formulas, history). */
function lived(): World {
  const w = world();
  typeRows(w, OKR_SHEET, HEADER, okrRows(2, 3));
  w.refresh();
  return w;
}

describe('1–3: a sheet or column without Okapi’s mark is a person’s, whatever its headers', () => {
  it('1: leaves a person’s sheet with KPI-like headers alone, even once a sheet is added', () => {
    const w = lived();
    w.ss
      .insertSheet('Campaigns')
      .getRange(1, 1, 3, 6)
      .setValues([
        ['Campaign', 'Owner', 'Target', 'Actual', 'Status', 'Direction'],
        ['Spring', 'Ana', 100, 80, 'behind — ask Ana', 'higher'],
        ['Summer', 'Ben', 50, 60, 'great', 'higher'],
      ]);
    const before = sheetContents(w, 'Campaigns');
    w.refresh();
    w.ss.insertSheet('Notes');
    w.refresh();
    expect(sheetContents(w, 'Campaigns')).toEqual(before);
  });

  it('2: writes no status formula into a person’s own Status column left of Okapi’s', () => {
    // Before the first refresh too: the template's columns are marked by the first one.
    const w = world();
    typeRows(w, OKR_SHEET, HEADER, okrRows(1, 3));
    const status = w.col(OKR_SHEET, 'Status');
    w.okr.insertColumnBefore(status);
    const own = w.okr.getRange(HEADER, status, 5, 1);
    own.setValues([['status'], ['ok'], ['waiting on legal'], [''], ['behind']]);
    const before = w.h.spreadsheet.values(OKR_SHEET, own.getA1Notation());
    w.refresh();
    w.refresh();
    expect(w.h.spreadsheet.values(OKR_SHEET, own.getA1Notation())).toEqual(before);
    expect(w.h.spreadsheet.formulas(OKR_SHEET, own.getA1Notation()).flat()).toEqual(
      Array(5).fill(''),
    );
    // Okapi's own Status, now one column to the right, has its formula on every row.
    const okapi = `${columnLetter(status + 1)}${HEADER + 1}`;
    expect(w.h.spreadsheet.formulas(OKR_SHEET, okapi)[0]?.[0]).toMatch(/^=/);
    expect(codes(state(w))).not.toContain('missing_columns');
  });

  it('3: writes the day’s check-ins into Okapi’s history, never into a person’s log', () => {
    const w = lived();
    const log = w.ss.insertSheet('My log', 0);
    log.getRange(1, 1, 2, 4).setValues([
      ['Date', 'ID', 'Note', 'Current'],
      ['2025-05-01', 'KR1', 'call with the agency', 12],
    ]);
    const before = sheetContents(w, 'My log');
    const history = w.h.spreadsheet.values(HISTORY_SHEET).length;
    w.h.setNow(new Date(Date.parse('2025-05-16T08:00:00Z')));
    w.h.spreadsheet.type(OKR_SHEET, a1(w, OKR_SHEET, 'Current', HEADER + 2), '180');
    w.refresh();
    w.refresh();
    expect(sheetContents(w, 'My log')).toEqual(before);
    expect(w.h.spreadsheet.values(HISTORY_SHEET).length).toBeGreaterThan(history);
    // The dashboard's trend still draws from the real history.
    const trend = w.h.spreadsheet.values('Dashboard').flat();
    expect(trend.filter((v) => v instanceof Date).length).toBeGreaterThanOrEqual(2);
  });
});

describe('4: a computed cell typed over is the person’s', () => {
  it('keeps text and numbers typed over Progress and Status, reports them by row, restores on a click', () => {
    const w = lived();
    const progress = a1(w, OKR_SHEET, 'Progress', HEADER + 2);
    const status = a1(w, OKR_SHEET, 'Status', HEADER + 3);
    w.h.spreadsheet.type(OKR_SHEET, progress, '0.9');
    w.h.spreadsheet.type(OKR_SHEET, status, 'Blocked by legal');
    w.refresh();
    expect(w.h.spreadsheet.values(OKR_SHEET, progress)[0]?.[0]).toBe(0.9);
    expect(w.h.spreadsheet.values(OKR_SHEET, status)[0]?.[0]).toBe('Blocked by legal');
    const typed = state(w).findings.filter((f) => f.code === 'typed_over');
    expect(typed.map((f) => f.message)).toEqual([
      expect.stringMatching(/“Progress” column in row 6/),
      expect.stringMatching(/“Status” column in row 7/),
    ]);
    // The sidebar's Restore computed cells: the person asked, the formulas come back.
    call(w, 'okapiSidebarRestore');
    expect(w.h.spreadsheet.formulas(OKR_SHEET, progress)[0]?.[0]).toMatch(/^=/);
    expect(w.h.spreadsheet.formulas(OKR_SHEET, status)[0]?.[0]).toMatch(/^=/);
    expect(codes(state(w))).not.toContain('typed_over');
  });

  it('tells a KPI status pasted as a value by its formula, not by its value', () => {
    const w = lived();
    const row = KPIS.headerRow + 1;
    w.h.spreadsheet.type(KPI_SHEET, a1(w, KPI_SHEET, 'Measure', row, KPIS.headerRow), 'Visits');
    w.h.spreadsheet.type(KPI_SHEET, a1(w, KPI_SHEET, 'Target', row, KPIS.headerRow), '100');
    w.h.spreadsheet.type(KPI_SHEET, a1(w, KPI_SHEET, 'Actual', row, KPIS.headerRow), '100');
    const status = a1(w, KPI_SHEET, 'Status', row, KPIS.headerRow);
    // A status pasted as a value, wrong (100 of 100 is on track).
    w.h.spreadsheet.type(KPI_SHEET, status, "'Off track");
    w.refresh();
    expect(w.h.spreadsheet.values(KPI_SHEET, status)[0]?.[0]).toBe('Off track');
    expect(state(w).findings.find((f) => f.code === 'typed_over')?.message).toMatch(/“Status”/);
  });
});

describe('5: a save writes only the cells it changes', () => {
  it('keeps a person’s spill in Current and a collaborator’s edit made while the sidebar was open', () => {
    const w = world();
    typeRows(w, OKR_SHEET, HEADER, okrRows(1, 4));
    w.refresh();
    // KR2's Current becomes a formula that spills into KR3's.
    const current = w.col(OKR_SHEET, 'Current');
    const spill = `${columnLetter(current)}${HEADER + 3}`;
    w.okr.getRange(`${columnLetter(current)}${HEADER + 4}`).setValue('');
    w.okr.getRange(spill).setFormula('=SEQUENCE(2,1,150,10)');
    const loaded = state(w);
    // A collaborator notes something on KR2 meanwhile.
    const note = a1(w, OKR_SHEET, 'Note', HEADER + 3);
    w.h.spreadsheet.type(OKR_SHEET, note, 'asked the agency');
    const krs = loaded.objectives[0]?.krs ?? [];
    const batch: SaveBatch = {
      objectives: [],
      checkIns: [krs[0], krs[3]].map((k) => ({
        krId: k?.id ?? '',
        confidence: 0.9,
        note: 'weekly',
      })),
    };
    call(w, 'okapiSidebarSave', batch);
    const column = columnLetter(current);
    expect(w.h.spreadsheet.formulas(OKR_SHEET, `${column}${HEADER + 3}`)[0]?.[0]).toBe(
      '=SEQUENCE(2,1,150,10)',
    );
    expect(
      w.h.spreadsheet.values(OKR_SHEET, `${column}${HEADER + 3}:${column}${HEADER + 4}`),
    ).toEqual([[150], [160]]);
    expect(w.h.spreadsheet.formulas(OKR_SHEET, `${column}${HEADER + 4}`)[0]?.[0]).toBe('');
    expect(w.h.spreadsheet.values(OKR_SHEET, note)[0]?.[0]).toBe('asked the agency');
  });
});

describe('6–9: formats that leave typing alone, and no prepared-row ceiling', () => {
  it('6: reads a date typed in Due and a percent typed in Current as Sheets reads them', () => {
    const w = lived();
    const due = a1(w, OKR_SHEET, 'Due', HEADER + 2);
    const current = a1(w, OKR_SHEET, 'Current', HEADER + 3);
    w.h.spreadsheet.type(OKR_SHEET, due, '2025-06-30');
    w.h.spreadsheet.type(OKR_SHEET, current, '18%');
    w.refresh();
    expect(w.h.spreadsheet.values(OKR_SHEET, due)[0]?.[0]).toBeInstanceOf(Date);
    expect(w.h.spreadsheet.displayValues(OKR_SHEET, current)[0]?.[0]).toBe('18%');
    // A row typed below the prepared ones reads typing the same way.
    const far = a1(w, OKR_SHEET, 'Due', 400);
    w.h.spreadsheet.type(OKR_SHEET, far, '2025-06-30');
    expect(w.h.spreadsheet.values(OKR_SHEET, far)[0]?.[0]).toBeInstanceOf(Date);
  });

  it('7: writes no formula into a plain-text cell: every computed cell computes', () => {
    const w = lived();
    const rows = w.h.spreadsheet.values(OKR_SHEET).length;
    for (const header of ['Progress', 'Bar', 'Status']) {
      const column = columnLetter(w.col(OKR_SHEET, header));
      const formats = w.h.spreadsheet.numberFormats(OKR_SHEET, `${column}5:${column}${rows}`);
      expect(formats.flat()).not.toContain('@');
      const values = w.h.spreadsheet.values(OKR_SHEET, `${column}5:${column}${rows}`).flat();
      expect(values.filter((v) => typeof v === 'string' && v.startsWith('='))).toEqual([]);
    }
  });

  it('8: scores, colours, protects and lists an objective far below the prepared rows', () => {
    const w = world();
    typeRows(w, OKR_SHEET, 300, okrRows(1, 3));
    w.refresh();
    const progress = w.col(OKR_SHEET, 'Progress');
    expect(w.h.spreadsheet.values(OKR_SHEET, `${columnLetter(progress)}301`)[0]?.[0]).toEqual(
      expect.any(Number),
    );
    const covers = (a1: string): boolean => {
      const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(a1);
      return m !== null && Number(m[2]) <= 301 && Number(m[4]) >= 304;
    };
    expect(w.h.spreadsheet.protections(OKR_SHEET).every((p) => covers(p.range))).toBe(true);
    for (const r of w.h.spreadsheet.conditionalRules(OKR_SHEET))
      expect(r.ranges.every((x) => covers(x.a1))).toBe(true);
    // The dashboard lists it.
    expect(w.h.spreadsheet.values('Dashboard').flat()).toContain('Objective a');
  });

  it('8: stretches the protection and the colours when people grow the sheet past its rows', () => {
    const w = world();
    w.okr.insertRowsAfter(w.okr.getMaxRows(), 500);
    typeRows(w, OKR_SHEET, 1200, okrRows(1, 3));
    w.refresh();
    const covers = (a1: string): boolean => /:[A-Z]+1500$/.test(a1);
    expect(w.h.spreadsheet.protections(OKR_SHEET).every((p) => covers(p.range))).toBe(true);
    for (const r of w.h.spreadsheet.conditionalRules(OKR_SHEET))
      expect(r.ranges.every((x) => covers(x.a1))).toBe(true);
  });

  it('9: writes the history rows’ formats, not relying on inserted rows inheriting them', () => {
    const w = lived();
    const rows = w.h.spreadsheet.values(HISTORY_SHEET).length;
    const formats = w.h.spreadsheet.numberFormats(HISTORY_SHEET, `A5:H${rows}`);
    for (const line of formats) expect(line[0]).toBe('yyyy-mm-dd');
  });
});

describe('12–15: safe lookups, objectives that keep their KRs, IDs, clear refusals', () => {
  it('12: a Kind of “Constructor” or “__proto__” is an unknown word, and the sidebar still loads', () => {
    const w = lived();
    w.h.spreadsheet.type(OKR_SHEET, a1(w, OKR_SHEET, 'Kind', HEADER + 2), 'Constructor');
    w.h.spreadsheet.type(OKR_SHEET, a1(w, OKR_SHEET, 'Kind', HEADER + 3), '__proto__');
    const s = state(w);
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
    expect(s.objectives[0]?.krs.map((k) => typeof k.kind)).toEqual(['string', 'string', 'string']);
    w.refresh();
    expect(codes(state(w)).filter((c) => c === 'kr_invalid')).toHaveLength(2);
  });

  it('13: refuses a second objective titled the same ignoring case, and reports one typed', () => {
    const w = lived();
    expect(() =>
      call(w, 'okapiSidebarSave', {
        objectives: [
          {
            title: 'OBJECTIVE A',
            parent: '',
            owner: '',
            period: 'quarter',
            krs: [],
          },
        ],
        checkIns: [],
      }),
    ).toThrow(/Objective 1 › Title › an objective with this title exists already/);
    const rows = w.h.spreadsheet.values(OKR_SHEET).length;
    w.h.spreadsheet.type(OKR_SHEET, a1(w, OKR_SHEET, 'Objective', rows + 1), 'objective A');
    w.refresh();
    expect(codes(state(w))).toContain('duplicate_objective');
  });

  it('13: carries an objective’s new title to its KRs, which keep their progress', () => {
    const w = lived();
    const objective = a1(w, OKR_SHEET, 'Objective', HEADER + 1);
    w.h.spreadsheet.type(OKR_SHEET, objective, 'Delight our readers');
    w.refresh();
    const column = columnLetter(w.col(OKR_SHEET, 'Objective'));
    expect(
      w.h.spreadsheet.values(OKR_SHEET, `${column}${HEADER + 2}:${column}${HEADER + 4}`).flat(),
    ).toEqual(['Delight our readers', 'Delight our readers', 'Delight our readers']);
    const progress = a1(w, OKR_SHEET, 'Progress', HEADER + 1);
    expect(w.h.spreadsheet.values(OKR_SHEET, progress)[0]?.[0]).toEqual(expect.any(Number));
    // Said by the refresh that carried the title (the menu's dialog).
    expect(w.h.ui.alerts.map((a) => a.prompt).join()).toMatch(
      /“Objective a” was renamed “Delight our readers”: its 3 key results/,
    );
  });

  it('14: gives new IDs that never collide, whatever ID was typed', () => {
    const w = lived();
    w.h.spreadsheet.type(OKR_SHEET, a1(w, OKR_SHEET, 'ID', HEADER + 2), 'KR99999999999999999999');
    const rows = w.h.spreadsheet.values(OKR_SHEET).length;
    typeRows(w, OKR_SHEET, rows, [
      { Objective: 'Objective a', 'Key result': 'One more', Owner: 'Ana', Target: 5 },
      { Objective: 'Objective a', 'Key result': 'And another', Owner: 'Ana', Target: 5 },
    ]);
    w.refresh();
    const column = columnLetter(w.col(OKR_SHEET, 'ID'));
    const ids = w.h.spreadsheet.values(OKR_SHEET, `${column}${rows + 1}:${column}${rows + 2}`);
    expect(ids.flat()).toEqual(['KR100000000000000000000', 'KR100000000000000000001']);
  });

  it('15: says when the history sheet or a header row is gone, and what to do', () => {
    const w = lived();
    w.ss.deleteSheet(w.sheet(HISTORY_SHEET));
    w.okr.deleteRow(HEADER);
    w.refresh();
    const found = state(w).findings;
    expect(found.map((f) => f.code)).toEqual(
      expect.arrayContaining(['no_history', 'header_row_missing']),
    );
    expect(found.find((f) => f.code === 'header_row_missing')?.message).toMatch(
      /header row of the “OKRs” sheet was not found/,
    );
  });
});
