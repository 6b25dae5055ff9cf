import { describe, expect, it } from 'vitest';
import { hasNumber } from '../../src/core/advice';
import { numberStyleOf } from '../../src/core/number';
import { DASHBOARD, HEALTH_CODES } from '../../src/workbook/dashboard/dashboard';
import { HISTORY, KPIS, OKRS, type TableSheet } from '../../src/workbook/layout/tables';
import { type PlanInput, planRefresh } from '../../src/workbook/refresh/plan';
import type { Day } from '../../src/workbook/sheets/day';
import { dayOf } from '../../src/workbook/sheets/day';
import type { TableRead } from '../../src/workbook/sheets/found-table';
import { locateTable } from '../../src/workbook/sheets/locate';

/** Unit tests of the pure planner: from grids of values (as getValues gives them) to writes. */

const DAY: Day = dayOf(Date.UTC(2025, 4, 15, 8), 'Europe/Paris');
const START = new Date(Date.UTC(2025, 2, 31, 22)); // 1 April, Paris midnight
const END = new Date(Date.UTC(2025, 5, 29, 22)); // 30 June

type Cells = Readonly<Record<string, unknown>>;

/** A sheet's values: banner, headers (in the given order and language), rows by column key. */
function grid(
  layout: TableSheet,
  rows: readonly Cells[],
  opts: { order?: string[]; lang?: 'en' | 'fr'; banner?: boolean } = {},
) {
  const keys = opts.order ?? layout.columns.map((c) => c.key);
  const width = keys.length;
  const blank = (): unknown[] => new Array<unknown>(width).fill('');
  const values: unknown[][] = Array.from({ length: layout.headerRow - 1 }, blank);
  if (opts.banner ?? layout.key === 'okrs') {
    const b = values[1] ?? blank();
    b[0] = 'Period start';
    b[1] = START;
    b[2] = 'Period end';
    b[3] = END;
    b[4] = 'Elapsed';
    b[5] = 0.49;
  }
  values.push(
    keys.map((k) => layout.columns.find((c) => c.key === k)?.header[opts.lang ?? 'en'] ?? k),
  );
  for (const r of rows) values.push(keys.map((k) => r[k] ?? ''));
  return values;
}

/**
 * A table as read.ts reads a marked sheet: here the layout is the one whose headers the grid
 * holds the largest share of (the marks say it in a workbook), its columns where they are.
 */
function read(values: unknown[][], sheet: number, formulas?: string[][]): TableRead {
  const candidates = [OKRS, KPIS, HISTORY].flatMap((layout) => {
    const located = locateTable(values, layout);
    return located === null
      ? []
      : [{ layout, located, share: Object.keys(located.columns).length / layout.columns.length }];
  });
  const best = candidates.sort((a, b) => b.share - a.share)[0];
  if (best === undefined) throw new Error('not a table');
  const header = values[best.located.headerRow - 1] ?? [];
  const lang = best.layout.columns.some(
    (c) => header.includes(c.header.fr) && c.header.fr !== c.header.en,
  )
    ? 'fr'
    : 'en';
  const f = formulas ?? values.map((row) => row.map(() => ''));
  return {
    layout: best.layout,
    located: best.located,
    lang,
    sheet,
    values,
    formulas: f,
    formats: null,
    closed: false,
  };
}

function input(tables: TableRead[]): PlanInput {
  return {
    tables,
    dashboards: [],
    trend: null,
    today: () => DAY,
    style: () => numberStyleOf('en_US'),
  };
}

const okrRows: Cells[] = [
  { objective: 'Delight our readers', owner: 'Ana' },
  {
    objective: 'Delight our readers',
    keyResult: 'Grow subscribers',
    owner: 'Ben',
    baseline: 100,
    target: 200,
    current: 150,
  },
  {
    objective: 'Delight our readers',
    keyResult: 'Cut churn',
    owner: 'Cy',
    baseline: 0.1,
    target: 0.05,
    current: 0.09,
    kind: 'decrease',
  },
  {
    objective: 'delight our readers',
    keyResult: 'Launch podcast',
    owner: 'Di',
    kind: 'milestone',
    current: 'done',
    weight: 2,
  },
];

describe('planRefresh', () => {
  it('finds tables by header whatever the column order and language', () => {
    const order = [...OKRS.columns.map((c) => c.key)].reverse();
    const t = read(grid(OKRS, okrRows, { order, lang: 'fr' }), 0);
    expect(t.layout.key).toBe('okrs');
    expect(t.lang).toBe('fr');
    expect(read(grid(HISTORY, []), 1).layout.key).toBe('history');
  });

  it('scores with the core: KR scores, the weighted objective score and its status', () => {
    const plan = planRefresh(input([read(grid(OKRS, okrRows), 0)]));
    // KRs: 0.5, 0.2, 1 (weight 2) → (0.5 + 0.2 + 2) / 4.
    expect(plan.objectives).toEqual([
      {
        id: 'O1',
        title: 'Delight our readers',
        score: 0.675,
        status: 'on_track',
        sheet: 0,
        row: 5,
        krs: [
          { id: 'KR1', row: 6, score: 0.5 },
          { id: 'KR2', row: 7, score: 0.2 },
          { id: 'KR3', row: 8, score: 1 },
        ],
      },
    ]);
  });

  it('fills missing IDs in runs, keeps existing ones, and never reuses a number', () => {
    const rows = okrRows.map((r, i) => (i === 2 ? { ...r, id: 'KR7' } : r));
    const plan = planRefresh(input([read(grid(OKRS, rows), 0)]));
    const idCol = OKRS.columns.findIndex((c) => c.key === 'id') + 1;
    expect(plan.ids).toEqual([
      { sheet: 0, row: 5, column: idCol, values: [['O1'], ['KR8']] },
      { sheet: 0, row: 8, column: idCol, values: [['KR9']] },
    ]);
  });

  it('treats an ID cell holding a formula as a person’s, even when it shows nothing', () => {
    const values = grid(OKRS, okrRows.slice(0, 2));
    const formulas = values.map((row) => row.map(() => ''));
    const idCol = OKRS.columns.findIndex((c) => c.key === 'id');
    (formulas[4] as string[])[idCol] = '=IF(FALSE,"x","")';
    const plan = planRefresh(input([read(values, 0, formulas)]));
    expect(plan.ids.map((w) => w.row)).toEqual([6]);
  });

  it('writes every computed column as one block, down to the last row, and only when it changed', () => {
    const t = read(grid(OKRS, okrRows), 0);
    const plan = planRefresh(input([t]));
    expect(plan.formulas).toHaveLength(1);
    const block = plan.formulas[0];
    expect(block?.row).toBe(5);
    expect(block?.formulas).toHaveLength(4);
    expect(block?.formulas[0]?.[0]).toMatch(/^=IF\(C5<>"",P5,IF\(B5="","",.*\$B\$5:\$B\$8/);
    // Once the formulas are there, nothing is planned.
    const formulas = t.values.map((row) => row.map(() => ''));
    for (const [i, line] of (block?.formulas ?? []).entries())
      line.forEach((f, j) => {
        (formulas[4 + i] as string[])[(block?.column ?? 0) - 1 + j] = f;
      });
    expect(planRefresh(input([{ ...t, formulas }])).formulas).toEqual([]);
  });

  it('follows moved columns: one block per run of adjacent computed columns', () => {
    const keys = OKRS.columns.map((c) => c.key);
    const order = [...keys.filter((k) => k !== 'status'), 'status'];
    const plan = planRefresh(input([read(grid(OKRS, okrRows, { order }), 0)]));
    // Progress, Bar and the hidden helpers stay together; Status, moved to the end, alone.
    const together = OKRS.columns.filter(
      (c) => c.formula && c.key !== 'status' && order.indexOf(c.key) >= order.indexOf('progress'),
    );
    expect(plan.formulas.map((w) => [w.column, w.formulas[0]?.length])).toEqual([
      [order.indexOf('progress') + 1, together.length],
      [order.length, 1],
    ]);
  });

  it('reports what deserves a look', () => {
    const rows: Cells[] = [
      { objective: 'Grow revenue by 20%', owner: 'Ana' },
      { objective: 'Grow revenue by 20%', keyResult: 'No owner', target: 5 },
      { objective: 'Grow revenue by 20%', keyResult: 'No target', owner: 'Ben' },
      {
        objective: 'Grow revenue by 20%',
        keyResult: 'Bad',
        owner: 'Ben',
        target: 5,
        current: 'lots',
      },
      { objective: 'Nowhere', keyResult: 'Orphan', owner: 'Ben', target: 5 },
    ];
    const plan = planRefresh(input([read(grid(OKRS, rows), 0)]));
    // The health checks have a test of their own.
    const health = new Set(['kr_not_started', 'kr_behind', 'kr_stale', 'kr_past_due']);
    const findings = plan.findings.filter((f) => !health.has(f.code));
    expect(findings.map((f) => [f.code, f.row])).toEqual([
      ['kr_without_owner', 6],
      ['kr_without_target', 7],
      ['kr_invalid', 8],
      ['kr_orphan', 9],
      ['objective_has_number', 5],
      // An OKR table and no history: today's check-ins have nowhere to go.
      ['no_history', null],
    ]);
    const bad = plan.findings.find((f) => f.code === 'kr_invalid');
    expect(bad).toMatchObject({
      problem: { code: 'not_a_number', arg: 'current', text: 'lots' },
      krId: 'KR3',
      objectiveId: 'O1',
    });
  });

  it('flags a number in an objective by the rule the sidebar’s form uses, digits of any script', () => {
    const titles = ['Grow in ٣ markets', 'Win ５ awards', 'Grow 3×', 'Delight our readers'];
    const rows: Cells[] = titles.map((objective) => ({ objective }));
    const plan = planRefresh(input([read(grid(OKRS, rows), 0)]));
    const flagged = plan.findings.filter((f) => f.code === 'objective_has_number');
    expect(flagged.map((f) => f.row)).toEqual(
      titles.flatMap((t, i) => (hasNumber(t) ? [OKRS.headerRow + 1 + i] : [])),
    );
    expect(flagged).toHaveLength(3);
  });

  it('runs the health checks with the thresholds set in the banner', () => {
    const due = (days: number) => new Date(DAY.start + days * 86_400_000);
    const rows: Cells[] = [
      { objective: 'Delight our readers', owner: 'Ana', parent: 'Grow' },
      { objective: 'Be known', owner: 'Ana' },
      // 15 May, 49 % of the quarter elapsed.
      { objective: 'Delight our readers', keyResult: 'Untouched', owner: 'B', target: 10 },
      {
        objective: 'Delight our readers',
        keyResult: 'Behind',
        owner: 'B',
        target: 100,
        current: 20,
      },
      {
        objective: 'Delight our readers',
        keyResult: 'Late',
        owner: 'B',
        target: 10,
        current: 5,
        due: due(-1),
      },
      { objective: 'Be known', keyResult: 'Quiet', owner: 'B', target: 10, current: 9 },
    ];
    const okr = read(grid(OKRS, rows), 0);
    // Quiet's last check-in, 8 days ago, with the value it still has.
    const history = read(
      grid(HISTORY, [{ date: due(-8), id: 'KR4', keyResult: 'Quiet', current: 9 }]),
      1,
    );
    const codes = (p: ReturnType<typeof planRefresh>) =>
      p.findings
        .filter((f) => f.code.startsWith('kr_') || f.code === 'objective_not_aligned')
        .map((f) => [f.code, 'title' in f ? f.title : '']);
    expect(codes(planRefresh(input([okr, history])))).toEqual([
      ['kr_not_started', 'Untouched'],
      ['kr_behind', 'Behind'],
      ['kr_past_due', 'Late'],
      ['objective_not_aligned', 'Be known'],
      ['kr_stale', 'Quiet'],
    ]);
    // Stricter and looser thresholds typed in the banner's settings.
    const banner = grid(OKRS, rows);
    const settings = banner[2] ?? [];
    settings[0] = 'Stale after (days)';
    settings[1] = 30;
    settings[2] = 'Not started after (days)';
    settings[3] = 60;
    settings[4] = 'Behind pace by (points)';
    settings[5] = 40;
    expect(codes(planRefresh(input([read(banner, 0), history])))).toEqual([
      ['kr_past_due', 'Late'],
      ['objective_not_aligned', 'Be known'],
    ]);
  });

  it('reports objectives with fewer than 3 or more than 5 KRs, and missing columns', () => {
    const order = OKRS.columns.map((c) => c.key).filter((k) => k !== 'owner');
    const rows: Cells[] = [
      { objective: 'Be loved' },
      { objective: 'Be loved', keyResult: 'One', target: 1 },
    ];
    const plan = planRefresh(input([read(grid(OKRS, rows, { order }), 0)]));
    expect(plan.findings).toContainEqual(
      expect.objectContaining({ code: 'too_few_krs', count: 1, row: 5 }),
    );
    expect(plan.findings).toContainEqual(
      expect.objectContaining({ code: 'missing_columns', headers: ['Owner'] }),
    );
  });

  it('records a check-in per KR and objective whose values changed, scored by the core', () => {
    const okr = read(grid(OKRS, okrRows), 0);
    const empty = read(grid(HISTORY, []), 1, undefined);
    const plan = planRefresh(input([okr, empty]));
    expect(plan.history?.after).toBe(3);
    const rows = plan.history?.runs[0]?.values ?? [];
    expect(rows.map((r) => [r[1], r[5], r[8]])).toEqual([
      ["'KR1", 0.5, "'sheet"],
      ["'KR2", 0.2, "'sheet"],
      ["'KR3", 1, "'sheet"],
      ["'O1", 0.675, ''],
    ]);
    // Text is written so that setValues keeps it as text.
    expect(rows[0]?.[3]).toBe("'Grow subscribers");
    expect(rows[0]?.[0]).toEqual(new Date(DAY.start));
    // The history as read back (no apostrophes): nothing changed, nothing to record, any day.
    const plain = (v: unknown): unknown => (typeof v === 'string' ? v.replace(/^'/, '') : v);
    const keys = HISTORY.columns.map((c) => c.key);
    const back = (day: Date) =>
      grid(
        HISTORY,
        rows.map((r) => ({
          ...Object.fromEntries(keys.map((k, i) => [k, plain(r[i])])),
          date: day,
        })),
      );
    expect(planRefresh(input([okr, read(back(new Date(DAY.start)), 1)])).history).toBeNull();
    expect(planRefresh(input([okr, read(back(new Date(DAY.start - 1)), 1)])).history).toBeNull();
    // One KR's Current moved: its row, and its objective's whose score moved with it.
    const moved = read(
      grid(
        OKRS,
        okrRows.map((r) => (r.keyResult === 'Grow subscribers' ? { ...r, current: 200 } : r)),
      ),
      0,
    );
    const next = planRefresh(input([moved, read(back(new Date(DAY.start)), 1)])).history;
    expect(next?.runs[0]?.values.map((r) => r[1])).toEqual(["'KR1", "'O1"]);
    // Marked as the sidebar's when the save checked it in.
    const saved = planRefresh({
      ...input([moved, read(back(new Date(DAY.start)), 1)]),
      checkedIn: new Set(['KR1']),
    }).history;
    expect(saved?.runs[0]?.values[0]?.[8]).toBe("'sidebar");
  });

  it('keeps IDs unique across several OKR sheets and flags duplicates', () => {
    const a = read(grid(OKRS, [{ ...okrRows[0], id: 'O1' }]), 0);
    const b = read(grid(OKRS, [{ ...okrRows[0], id: 'O1' }, { objective: 'Other' }]), 1);
    const plan = planRefresh(input([a, b]));
    expect(plan.ids).toEqual([expect.objectContaining({ sheet: 1, row: 6, values: [['O2']] })]);
    expect(plan.findings).toContainEqual(
      expect.objectContaining({ code: 'duplicate_id', id: 'O1', sheet: 1 }),
    );
  });

  it('redraws the dashboards’ trend and health counts only when their digest changed', () => {
    const okr = read(grid(OKRS, okrRows), 0);
    const dashboards = [{ sheet: 2, lang: 'en' as const }];
    const first = planRefresh({ ...input([okr]), dashboards });
    expect(first.trends.map((t) => [t.sheet, t.row, t.column])).toEqual([
      [2, DASHBOARD.trend.row, DASHBOARD.trend.column],
      [2, DASHBOARD.health.headerRow + 1, DASHBOARD.health.column + 1],
    ]);
    // One count per check, in HEALTH_CODES' order: as many as the findings say.
    const counted = HEALTH_CODES.map(
      (code) => first.findings.filter((f) => f.code === code).length,
    );
    expect(first.trends[1]?.values).toEqual(counted.map((n) => [n]));
    expect(counted.some((n) => n > 0)).toBe(true);
    expect(first.trend).toEqual(expect.any(String));
    const again = planRefresh({ ...input([okr]), dashboards, trend: first.trend });
    expect(again.trends).toEqual([]);
    expect(again.trend).toBe(first.trend);
  });
});

describe('dayOf', () => {
  it('gives the spreadsheet zone’s midnights, 23 hours apart on a spring-forward day', () => {
    const d = dayOf(Date.UTC(2025, 2, 30, 12), 'Europe/Paris');
    expect(new Date(d.start).toISOString()).toBe('2025-03-29T23:00:00.000Z');
    expect(d.end - d.start).toBe(23 * 3_600_000);
    expect(dayOf(Date.UTC(2025, 4, 15, 23, 30), 'America/New_York').start).toBe(
      Date.UTC(2025, 4, 15, 4),
    );
  });
});
