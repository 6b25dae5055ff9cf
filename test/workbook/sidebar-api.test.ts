import { describe, expect, it } from 'vitest';
import { loadBundle } from '../../emulation/load';
import type { CheckIn, NewObjective, SaveResult, SidebarState } from '../../src/contract/sidebar';
import { OKRS } from '../../src/workbook/layout/tables';
import { emulatedServer } from '../support/emulated-server';
import {
  HISTORY_SHEET,
  NOW,
  OKR_SHEET,
  okrRows,
  typeRows,
  type World,
  world,
} from '../support/refresh-world';
import { saveCalls } from '../support/save-calls';

/**
 * The sidebar's server side (src/entry/sidebar-api.ts) through the real bundle in the
 * emulation, called as google.script.run calls it. Run `npm run build` first.
 */

type Cells = Record<string, unknown>;

/** The OKR sheet's data rows (down to the last with a title), as cells by English header. */
function okrSheet(w: World): Cells[] {
  const [header = [], ...rows] = w.h.spreadsheet.values(OKR_SHEET, `A${OKRS.headerRow}:AZ`);
  return rows
    .map((r) => Object.fromEntries(header.map((hd, i) => [String(hd), r[i]])))
    .filter((r) => r.Objective !== '' || r['Key result'] !== '');
}

/** A call as google.script.run makes it (JSON both ways, no Date back, errors as Errors). */
function call(w: World, name: string, ...args: unknown[]): unknown {
  return emulatedServer(w.h)(name, args);
}

function load(w: World): SidebarState {
  return call(w, 'okapiSidebarLoad') as SidebarState;
}

function save(w: World, batch: unknown): SaveResult {
  return call(w, 'okapiSidebarSave', batch) as SaveResult;
}

/** Everything a person could see or have typed, every sheet: values and formulas. */
function contents(w: World): unknown {
  return w.h.spreadsheet
    .sheetNames()
    .map((s) => [s, w.h.spreadsheet.values(s), w.h.spreadsheet.formulas(s)]);
}

const newObjective = (title = 'Delight our readers'): NewObjective => ({
  title,
  parent: 'Grow revenue',
  owner: 'Camille',
  period: 'quarter',
  krs: [
    {
      title: 'Grow subscribers',
      owner: 'Hugo',
      unit: 'subscribers',
      weight: null,
      kind: 'increase',
      baseline: 100,
      target: 200,
    },
    {
      title: 'Raise the open rate',
      owner: 'Léa',
      unit: '%',
      weight: 2,
      kind: 'auto',
      baseline: 0.2,
      target: 0.3,
    },
    { title: 'Launch the podcast', owner: 'Camille', unit: '', weight: null, kind: 'milestone' },
  ],
});

describe('okapiSidebarLoad', () => {
  it('returns the whole state of a fresh template in one call, dates as yyyy-mm-dd', () => {
    const w = world();
    const state = load(w);
    expect(state).toEqual({
      lang: 'en',
      locale: 'en_US',
      period: { start: '2025-04-01', end: '2025-06-30', elapsed: expect.any(Number) },
      objectives: [],
      owners: [],
      companyObjectives: [],
      findings: [],
      kpis: [],
    });
    expect(state.period?.elapsed).toBeCloseTo(44 / 90, 6);
  });

  it('speaks the spreadsheet’s language and writes nothing', () => {
    const w = world({ locale: 'fr_FR' });
    const before = contents(w);
    expect(load(w).lang).toBe('fr');
    expect(contents(w)).toEqual(before);
  });

  it('answers on an empty workbook: no period, no objectives, a finding that says why', () => {
    const w = world({ template: false });
    const state = load(w);
    expect(state.period).toBeNull();
    expect(state.objectives).toEqual([]);
    expect(state.findings.map((f) => f.code)).toEqual(['no_okr_table']);
  });

  it('reads what people typed, scored by the core as the sheet’s formulas score it', () => {
    const w = world();
    typeRows(w, OKR_SHEET, OKRS.headerRow, okrRows(2, 3));
    w.refresh();
    const state = load(w);
    expect(state.objectives.map((o) => o.krs.length)).toEqual([3, 3]);
    const sheet = okrSheet(w);
    for (const o of state.objectives) {
      const row = sheet.find((r) => r.ID === o.id);
      expect(o.progress.score).toBeCloseTo(Number(row?.Progress), 9);
      for (const kr of o.krs) {
        const krRow = sheet.find((r) => r.ID === kr.id);
        expect(kr.score).toBeCloseTo(Number(krRow?.Progress), 9);
        expect([kr.title, kr.current, kr.confidence, kr.note]).toEqual([
          krRow?.['Key result'],
          krRow?.Current,
          krRow?.Confidence,
          krRow?.Note,
        ]);
      }
    }
    expect(state.owners).toEqual(['Ana', 'Ben']);
  });
});

describe('okapiSidebarSave', () => {
  it('adds an objective and its three key results as rows, then refreshes', () => {
    const w = world();
    const result = save(w, { objectives: [newObjective()], checkIns: [] });
    expect(result.createdObjectiveIds).toEqual(['O1']);
    const rows = okrSheet(w);
    expect(
      rows.map((r) => [r.ID, r.Objective, r['Key result'], r['Company objective'], r.Owner]),
    ).toEqual([
      ['O1', 'Delight our readers', '', 'Grow revenue', 'Camille'],
      ['KR1', 'Delight our readers', 'Grow subscribers', '', 'Hugo'],
      ['KR2', 'Delight our readers', 'Raise the open rate', '', 'Léa'],
      ['KR3', 'Delight our readers', 'Launch the podcast', '', 'Camille'],
    ]);
    expect(rows.slice(1).map((r) => [r.Kind, r.Unit, r.Baseline, r.Target, r.Weight])).toEqual([
      ['increase', 'subscribers', 100, 200, ''],
      ['auto', '%', 0.2, 0.3, 2],
      ['milestone', '', '', '', ''],
    ]);

    // The refresh ran: formulas compute, the history has the day's snapshot.
    // The milestone not done yet scores 0, as every path scores it.
    expect(rows.slice(1).map((r) => r.Progress)).toEqual([0, 0, 0]);
    const history = w.h.spreadsheet.values(HISTORY_SHEET, 'B4:B');
    // New KRs have no value yet, so no check-in; their objective's first score is recorded.
    expect(history.flat().filter((v) => v !== '')).toEqual(['O1']);

    const o = result.state.objectives[0];
    expect(o?.title).toBe('Delight our readers');
    expect(o?.krs.map((k) => [k.id, k.kind, k.baseline, k.target, k.weight])).toEqual([
      ['KR1', 'increase', 100, 200, null],
      ['KR2', 'auto', 0.2, 0.3, 2],
      ['KR3', 'milestone', null, null, null],
    ]);
    expect(result.state.owners).toEqual(['Camille', 'Hugo', 'Léa']);
    expect(result.state.companyObjectives).toEqual(['Grow revenue']);
  });

  it('puts a second objective below the first', () => {
    const w = world();
    save(w, { objectives: [newObjective()], checkIns: [] });
    const result = save(w, {
      objectives: [newObjective('Be the podcast of our niche')],
      checkIns: [],
    });
    expect(result.createdObjectiveIds).toEqual(['O2']);
    expect(okrSheet(w).map((r) => r.ID)).toEqual([
      'O1',
      'KR1',
      'KR2',
      'KR3',
      'O2',
      'KR4',
      'KR5',
      'KR6',
    ]);
  });

  it('creates the template first in a workbook without one', () => {
    const w = world({ template: false });
    const result = save(w, { objectives: [newObjective()], checkIns: [] });
    expect(w.h.spreadsheet.sheetNames()).toContain(OKR_SHEET);
    expect(result.createdObjectiveIds).toEqual(['O1']);
    expect(result.state.period).not.toBeNull();
    expect(okrSheet(w)).toHaveLength(4);
  });

  it('checks in: writes only the cells that change, keeps a formula in Current', () => {
    const w = world();
    save(w, { objectives: [newObjective()], checkIns: [] });
    const current = w.col(OKR_SHEET, 'Current');
    // A person feeds the second KR's Current from a formula.
    w.h.spreadsheet.type(OKR_SHEET, `${letter(current)}7`, '=1/4');
    const state = load(w);
    expect(state.objectives[0]?.krs.map((k) => k.currentIsFormula)).toEqual([false, true, false]);
    const before = {
      values: w.h.spreadsheet.values(OKR_SHEET),
      formulas: w.h.spreadsheet.formulas(OKR_SHEET),
    };

    const checkIns: CheckIn[] = [
      { krId: 'KR1', current: 150, confidence: 0.7, note: 'Webinars' },
      // Sent anyway: the server keeps the formula.
      { krId: 'KR2', current: 0.9, confidence: 0.5, note: '' },
      { krId: 'KR3', current: 1, confidence: null, note: 'Recorded' },
    ];
    const result = save(w, { objectives: [], checkIns });
    expect(result.checkedIn).toBe(3);
    const after = {
      values: w.h.spreadsheet.values(OKR_SHEET),
      formulas: w.h.spreadsheet.formulas(OKR_SHEET),
    };

    const changed: string[] = [];
    const computed = new Set(OKRS.columns.filter((c) => c.formula).map((c) => c.header.en));
    const header = before.values[OKRS.headerRow - 1] ?? [];
    after.values.forEach((row, r) => {
      row.forEach((v, c) => {
        const name = String(header[c]);
        if (computed.has(name) || r < OKRS.headerRow) return;
        const was = before.values[r]?.[c];
        const date = Object.prototype.toString.call(v) === '[object Date]';
        if (date ? String(v) !== String(was) : v !== was)
          changed.push(`${name}${r + 1}=${date ? 'date' : String(v)}`);
        if (after.formulas[r]?.[c] !== before.formulas[r]?.[c])
          changed.push(`${name}${r + 1} formula`);
      });
    });
    expect(changed.sort()).toEqual(
      [
        'Current6=150',
        'Confidence6=0.7',
        'Note6=Webinars',
        'Last check-in6=date',
        'Confidence7=0.5',
        'Last check-in7=date',
        'Current8=1',
        'Note8=Recorded',
        'Last check-in8=date',
      ].sort(),
    );
    expect(w.h.spreadsheet.formulas(OKR_SHEET, `${letter(current)}7`)).toEqual([['=1/4']]);
    const krs = result.state.objectives[0]?.krs ?? [];
    expect(krs.map((k) => [k.current, k.confidence, k.note, k.score])).toEqual([
      [150, 0.7, 'Webinars', 0.5],
      [0.25, 0.5, '', 0.5],
      [1, null, 'Recorded', 1],
    ]);
    // Progress computes from what was saved: (0.5 + 2 × 0.5 + 1) / 4.
    expect(okrSheet(w)[0]?.Progress).toBeCloseTo(0.625, 9);
    expect(result.state.objectives[0]?.progress.score).toBeCloseTo(0.625, 9);
  });

  it('stores a percentage of any size as the number it is, never "Infinity%" or 0', () => {
    const w = world();
    const krs = [
      { ...newObjective().krs[1], title: 'Huge', baseline: 1e-13, target: 1e300 },
      { ...newObjective().krs[1], title: 'Largest', baseline: 0, target: 1.7e308 },
    ];
    save(w, { objectives: [{ ...newObjective(), krs }], checkIns: [] });
    const [huge, largest] = okrSheet(w).slice(1);
    expect(huge?.Baseline).toBeCloseTo(1e-13, 25);
    expect(huge?.Target).toBe(1e300);
    expect(largest?.Target).toBe(1.7e308);
  });

  it('stores text typed in every field as that exact text, never a formula', () => {
    const payloads = ['=1+1', '+cmd', '-2+3', '@SUM(A1)', '<img src=x onerror=alert(1)>'];
    const w = world();
    const objectives = payloads.map(
      (p): NewObjective => ({
        title: p,
        parent: p,
        owner: p,
        period: 'quarter',
        krs: [
          { title: p, owner: p, unit: p, weight: null, kind: 'increase', baseline: 0, target: 10 },
        ],
      }),
    );
    const created = save(w, { objectives, checkIns: [] });
    const krIds = created.state.objectives.map((o) => o.krs[0]?.id ?? '');
    const result = save(w, {
      objectives: [],
      checkIns: payloads.map((p, i) => ({ krId: krIds[i] ?? '', confidence: null, note: p })),
    });
    const rows = okrSheet(w);
    const text = ['Objective', 'Key result', 'Company objective', 'Owner', 'Unit', 'Note'];
    payloads.forEach((p, i) => {
      const objective = rows[i * 2] ?? {};
      const kr = rows[i * 2 + 1] ?? {};
      expect([objective.Objective, objective['Company objective'], objective.Owner]).toEqual([
        p,
        p,
        p,
      ]);
      expect(text.filter((t) => t !== 'Company objective').map((t) => kr[t])).toEqual(
        text.filter((t) => t !== 'Company objective').map(() => p),
      );
    });
    const formulas = w.h.spreadsheet.formulas(OKR_SHEET);
    for (const header of text) {
      const c = w.col(OKR_SHEET, header) - 1;
      expect(formulas.every((row) => (row[c] ?? '') === '')).toBe(true);
    }
    for (const state of [created.state, result.state, load(w)])
      state.objectives.forEach((o, i) => {
        const p = payloads[i];
        const kr = o.krs[0];
        expect([o.title, o.parent, o.owner, kr?.title, kr?.owner, kr?.unit]).toEqual([
          p,
          p,
          p,
          p,
          p,
          p,
        ]);
      });
    expect(result.state.objectives.map((o) => o.krs[0]?.note)).toEqual(payloads);
  });

  const bad: [string, unknown, RegExp][] = [
    ['no batch', null, /^Nothing was saved: not a valid value\.$/],
    ['a string', 'objectives', /^Nothing was saved: not a valid value\.$/],
    ['objectives not a list', { objectives: {}, checkIns: [] }, /Objective › must be a list\./],
    [
      'too many objectives',
      { objectives: Array(21).fill(newObjective()), checkIns: [] },
      /Objective › too many \(20 at most\)\./,
    ],
    [
      'too many key results',
      {
        objectives: [{ ...newObjective(), krs: Array(21).fill(newObjective().krs[0]) }],
        checkIns: [],
      },
      /Objective 1 › Key result › too many \(20 at most\)\./,
    ],
    [
      'too many check-ins',
      {
        objectives: [],
        checkIns: Array(2001).fill({ krId: 'KR1', confidence: 0.5, note: '' }),
      },
      /Check-in › too many \(2000 at most\)\./,
    ],
    [
      'a title that is not text',
      { objectives: [{ ...newObjective(), title: 42 }], checkIns: [] },
      /Objective 1 › Title › must be text\./,
    ],
    [
      'a blank title',
      { objectives: [{ ...newObjective(), title: '  ' }], checkIns: [] },
      /Objective 1 › Title › cannot be empty/,
    ],
    [
      'a huge string',
      { objectives: [{ ...newObjective(), owner: 'x'.repeat(100_000) }], checkIns: [] },
      /Objective 1 › Owner › too long \(2000 characters at most\)/,
    ],
    [
      'Infinity',
      { objectives: [], checkIns: [{ krId: 'KR1', current: Infinity, confidence: 1, note: '' }] },
      /Check-in 1 › Current › must be a number \(or blank\)\./,
    ],
    [
      'NaN',
      {
        objectives: [
          { ...newObjective(), krs: [{ ...newObjective().krs[0], target: Number.NaN }] },
        ],
        checkIns: [],
      },
      /Objective 1 › Key result 1 › Target › must be a number \(or blank\)\./,
    ],
    [
      'a number as text',
      {
        objectives: [{ ...newObjective(), krs: [{ ...newObjective().krs[0], baseline: '12' }] }],
        checkIns: [],
      },
      /Key result 1 › Baseline › must be a number \(or blank\)\./,
    ],
    [
      'an unknown kind',
      {
        objectives: [{ ...newObjective(), krs: [{ ...newObjective().krs[0], kind: 'sideways' }] }],
        checkIns: [],
      },
      /Key result 1 › Kind › not a valid value/,
    ],
    [
      'an unknown period',
      { objectives: [{ ...newObjective(), period: 'decade' }], checkIns: [] },
      /Period › not a valid value/,
    ],
    [
      'a negative weight',
      {
        objectives: [{ ...newObjective(), krs: [{ ...newObjective().krs[0], weight: -1 }] }],
        checkIns: [],
      },
      /Weight › must be 0 or more\./,
    ],
    [
      'a confidence above 1',
      { objectives: [], checkIns: [{ krId: 'KR1', confidence: 70, note: '' }] },
      /Check-in 1 › Confidence › must lie between 0 and 1 \(0 % to 100 %\)\./,
    ],
    [
      'an unknown key result',
      {
        objectives: [newObjective('Win the podcast crowd')],
        checkIns: [
          { krId: 'KR1', confidence: 0.5, note: '' },
          { krId: 'KR999', confidence: 0.5, note: '' },
        ],
      },
      /Check-in 2 › ID › no key result has this ID/,
    ],
  ];
  for (const [what, batch, message] of bad)
    it(`refuses ${what} with a clear message, writing nothing`, () => {
      const w = world();
      save(w, { objectives: [newObjective()], checkIns: [] });
      const before = contents(w);
      w.h.calls.reset();
      let error: unknown;
      try {
        // Called directly, not through JSON: NaN would arrive as null from a browser, but any
        // script function of the project could pass it.
        w.h.run('okapiSidebarSave', batch);
      } catch (e) {
        error = e;
      }
      // The bundle's Error is its own realm's.
      expect(Object.prototype.toString.call(error)).toBe('[object Error]');
      expect((error as Error).message).toMatch(/^Nothing was saved: /);
      expect((error as Error).message).toMatch(message);
      expect(contents(w)).toEqual(before);
      expect(Object.keys(w.h.calls.byMethod()).filter((m) => /\.(set|insert)/.test(m))).toEqual([]);
    });

  it('says what is wrong in the spreadsheet’s language', () => {
    const w = world({ locale: 'fr_FR' });
    expect(() => save(w, { objectives: [{ ...newObjective(), title: '' }], checkIns: [] })).toThrow(
      'Rien n’a été enregistré : Objectif 1 › Titre › ne peut pas être vide.',
    );
  });

  it('costs the same service calls for 200 key results as for 400', () => {
    // Both past the template's prepared rows (the refresh writes the new rows' formulas alike),
    // both within the history sheet's first 1,000 rows (no rows to insert there).
    const [small, large] = [saveCalls(200), saveCalls(400)];
    expect([small.checkedIn, large.checkedIn]).toEqual([200, 400]);
    expect(large).toEqual({ ...small, checkedIn: 400 });
  }, 60_000);
});

describe('okapiSidebarRefresh', () => {
  it('refreshes and returns the new state, with no Date anywhere', () => {
    const w = world();
    save(w, { objectives: [newObjective()], checkIns: [] });
    w.h.setNow(new Date(NOW.getTime() + 86_400_000));
    const result = call(w, 'okapiSidebarRefresh') as SaveResult;
    expect(result.state.objectives.map((o) => o.id)).toEqual(['O1']);
    // Nothing changed since yesterday: no new row.
    expect(
      w.h.spreadsheet
        .values(HISTORY_SHEET, 'B4:B')
        .flat()
        .filter((v) => v === 'O1'),
    ).toHaveLength(1);
  });
});

describe('Open sidebar', () => {
  it('shows the sidebar page titled Okapi', () => {
    const h = loadBundle();
    h.run('okapiOpenSidebar');
    expect(h.ui.dialogs.map((d) => [d.kind, d.title])).toEqual([['sidebar', 'Okapi']]);
    expect(h.ui.dialogs[0]?.content).toContain('okapi');
    expect(h.ui.alerts).toEqual([]);
  });
});

function letter(column: number): string {
  return String.fromCharCode(64 + column);
}
