import { describe, expect, it } from 'vitest';
import { loadBundle } from '../../emulation/load';
import { hostRealm } from '../../emulation/realm';
import type { CloseResult, NextPeriodState, NextResult } from '../../src/contract/cycle';
import type { SaveResult, SidebarState } from '../../src/contract/sidebar';
import { krScore } from '../../src/core/kr';
import { objectiveGrade } from '../../src/core/review';
import { OKRS } from '../../src/workbook/layout/tables';
import { cycleCalls } from '../support/cycle-calls';
import { emulatedServer } from '../support/emulated-server';

/**
 * The OKR cycle played out in the emulation with the real bundle (issue: the cycle): a quarter
 * set up in the sidebar, twelve weekly check-ins (from the sidebar, typed, and fed by a
 * formula), a KR nobody touches, the health checks on the days they should fire, the period
 * closed (twice, overrides kept), and the next period started. Run `npm run build` first.
 */

const START = new Date('2025-04-01T08:00:00Z');
const DAY = 86_400_000;
const OKR = 'OKRs';
const HISTORY = 'Check-in history';

function quarter() {
  const h = loadBundle({ now: START, timeZone: 'Europe/Paris', locale: 'en_US' });
  h.run('okapiCreateTemplate');
  const call = (name: string, ...args: unknown[]): unknown => emulatedServer(h)(name, args);
  const services = h.emulation.globals(h.emulation.gateway(hostRealm));
  const ss =
    services.SpreadsheetApp.getActiveSpreadsheet() as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  return { h, call, ss };
}

type Q = ReturnType<typeof quarter>;

/** The cells of a sheet's table by English header, from its header row. */
function rows(q: Q, sheet: string, headerRow: number): Record<string, unknown>[] {
  const [header = [], ...data] = q.h.spreadsheet.values(sheet, `A${headerRow}:AZ`);
  return data
    .map((r) => Object.fromEntries(header.map((hd, i) => [String(hd), r[i]])))
    .filter((r) => Object.values(r).some((v) => v !== ''));
}

function col(q: Q, sheet: string, header: string, headerRow = OKRS.headerRow): string {
  const row = q.h.spreadsheet.values(sheet, `A${headerRow}:AZ${headerRow}`)[0] ?? [];
  const at = row.indexOf(header);
  if (at < 0) throw new Error(`no ${header} in ${sheet}`);
  return String.fromCharCode(65 + at);
}

/** Sets up the quarter: one objective, four KRs, one fed by a formula from a person's sheet. */
function setUp(q: Q): SaveResult {
  q.ss.insertSheet('Feed').getRange('A1').setValue(10);
  const saved = q.call('okapiSidebarSave', {
    objectives: [
      {
        title: 'Win the inbound game',
        parent: '',
        owner: 'Camille',
        period: 'quarter',
        krs: [
          {
            title: 'Leads',
            owner: 'Hugo',
            unit: '',
            weight: null,
            kind: 'increase',
            baseline: 100,
            target: 200,
          },
          {
            title: 'Webinars',
            owner: 'Lea',
            unit: '',
            weight: null,
            kind: 'auto',
            baseline: 0,
            target: 6,
          },
          {
            title: 'Backlinks',
            owner: 'Max',
            unit: '',
            weight: null,
            kind: 'auto',
            baseline: 0,
            target: 10,
          },
          {
            title: 'Fed visits',
            owner: 'Ana',
            unit: '',
            weight: null,
            kind: 'auto',
            baseline: 0,
            target: 100,
          },
        ],
      },
    ],
    checkIns: [],
  }) as SaveResult;
  const fed = rows(q, OKR, OKRS.headerRow).findIndex((r) => r['Key result'] === 'Fed visits');
  q.h.spreadsheet.type(OKR, `${col(q, OKR, 'Current')}${OKRS.headerRow + 1 + fed}`, '=Feed!A1');
  return saved;
}

function krIds(state: SidebarState): Map<string, string> {
  return new Map(state.objectives.flatMap((o) => o.krs.map((k) => [k.title, k.id])));
}

describe('a quarter played out, closed, and the next one started', () => {
  it('records exactly the check-ins that happened, runs the health checks on their days, grades as the core does, and carries what was not reached', () => {
    const q = quarter();
    setUp(q);
    const ids = krIds(q.call('okapiSidebarLoad') as SidebarState);
    const id = (title: string): string => ids.get(title) ?? '';
    q.h.run('okapiRefresh');
    const events = (kr: string) => rows(q, HISTORY, 3).filter((r) => r.ID === id(kr));
    // The formula-fed KR's first value is an event (source formula); the others are blank.
    expect(events('Fed visits').map((r) => r.Source)).toEqual(['formula']);
    expect(events('Leads')).toEqual([]);

    const findingDays = new Map<string, number[]>();
    for (let week = 1; week <= 12; week++) {
      q.h.setNow(new Date(START.getTime() + week * 7 * DAY));
      // Leads: checked in from the sidebar every week.
      q.call('okapiSidebarSave', {
        objectives: [],
        checkIns: [
          { krId: id('Leads'), current: 100 + week * 8, confidence: 0.7, note: `week ${week}` },
        ],
      });
      // Webinars: typed in the sheet every other week.
      if (week % 2 === 0) {
        const at = rows(q, OKR, OKRS.headerRow).findIndex((r) => r['Key result'] === 'Webinars');
        q.h.spreadsheet.type(
          OKR,
          `${col(q, OKR, 'Current')}${OKRS.headerRow + 1 + at}`,
          String(week / 2),
        );
      }
      // Fed visits: the person's sheet changes on weeks 1–6 only.
      if (week <= 6)
        q.ss
          .getSheetByName('Feed')
          ?.getRange('A1')
          .setValue(10 + week * 10);
      q.h.run('okapiRefresh');
      const state = q.call('okapiSidebarLoad') as SidebarState;
      for (const f of state.findings)
        if ('krId' in f.where && f.where.krId === id('Backlinks'))
          findingDays.set(f.code, [...(findingDays.get(f.code) ?? []), week]);
    }
    expect(events('Leads').map((r) => r.Source)).toEqual(new Array(12).fill('sidebar'));
    expect(events('Webinars').map((r) => r.Source)).toEqual(new Array(6).fill('sheet'));
    expect(events('Fed visits').map((r) => r.Source)).toEqual(new Array(7).fill('formula'));
    expect(events('Backlinks')).toEqual([]);
    // Backlinks, never touched: not started from the second week (7 days after the start).
    expect(findingDays.get('kr_not_started')?.[0]).toBe(1);

    // Close with the computed grades.
    const closed = q.call('okapiClosePeriod') as CloseResult;
    expect(closed.review).toBe('Review 2025 Q2');
    const objective = closed.state.objectives[0];
    const leads = krScore('increase', 196, 200, 100);
    const webinars = krScore('auto', 6, 6, 0);
    expect(objective?.krs.map((k) => k.final)).toEqual([leads, webinars, 0, 0.7]);
    expect(objective?.grade).toBe(
      objectiveGrade(
        [leads, webinars, 0, 0.7].map((f) => ({ owner: '', final: f as number, weight: 1 })),
      ),
    );

    // Closing again with an override keeps it, and so does a third close with no choices.
    q.call('okapiClosePeriod', {
      krs: [{ krId: id('Backlinks'), override: 0.5, reason: '=HYPERLINK("x") came late' }],
      notes: [{ objectiveId: objective?.id, note: '+ we learned a lot' }],
    });
    // A word a person typed in another KR's Override is not counted, and stays as typed.
    const webinarsRow = 5 + rows(q, 'Review 2025 Q2', 4).findIndex((r) => r.ID === id('Webinars'));
    q.h.spreadsheet.type(
      'Review 2025 Q2',
      `${col(q, 'Review 2025 Q2', 'Override', 4)}${webinarsRow}`,
      'soon',
    );
    const again = q.call('okapiClosePeriod') as CloseResult;
    expect(again.review).toBe('Review 2025 Q2');
    const backlinks = again.state.objectives[0]?.krs.find((k) => k.id === id('Backlinks'));
    expect(backlinks).toMatchObject({
      override: 0.5,
      reason: '=HYPERLINK("x") came late',
      final: 0.5,
    });
    expect(again.state.objectives[0]?.note).toBe('+ we learned a lot');
    const review = rows(q, 'Review 2025 Q2', 4);
    expect(review.find((r) => r.ID === id('Backlinks'))?.Reason).toBe('=HYPERLINK("x") came late');
    expect(review.find((r) => r.ID === id('Webinars'))?.Override).toBe('soon');
    expect(again.state.objectives[0]?.krs.find((k) => k.id === id('Webinars'))?.final).toBe(
      webinars,
    );
    expect(q.h.spreadsheet.sheetNames().filter((s) => s.startsWith('Review'))).toEqual([
      'Review 2025 Q2',
    ]);

    // The next period: the KRs not reached, baseline = last value, Current blank, IDs kept.
    const before = { values: q.h.spreadsheet.values(OKR), formulas: q.h.spreadsheet.formulas(OKR) };
    const plan = q.call('okapiNextPeriodLoad') as NextPeriodState;
    expect(plan.next?.label).toBe('2025 Q3');
    const next = q.call('okapiStartNextPeriod') as NextResult;
    expect(next).toEqual({ sheet: 'OKRs 2025 Q3', objectives: 1, krs: 3 });
    const carried = rows(q, 'OKRs 2025 Q3', OKRS.headerRow).filter((r) => r['Key result'] !== '');
    expect(carried.map((r) => [r.ID, r['Key result'], r.Baseline, r.Current])).toEqual([
      [id('Leads'), 'Leads', 196, ''],
      [id('Backlinks'), 'Backlinks', 0, ''],
      [id('Fed visits'), 'Fed visits', 70, ''],
    ]);
    // The previous period's sheet is unchanged, and closed: the sidebar follows the new one.
    expect(q.h.spreadsheet.values(OKR)).toEqual(before.values);
    expect(q.h.spreadsheet.formulas(OKR)).toEqual(before.formulas);
    expect(q.h.spreadsheet.developerMetadata().some((m) => m.value === 'closed')).toBe(true);
    const after = q.call('okapiSidebarLoad') as SidebarState;
    expect(after.period?.start).toBe('2025-07-01');
    expect(after.objectives[0]?.krs.map((k) => k.title)).toEqual([
      'Leads',
      'Backlinks',
      'Fed visits',
    ]);
    // The dashboard reads the new sheet.
    const dashboard = q.h.spreadsheet.formulas('Dashboard').flat().join(' ');
    expect(dashboard).toContain("'OKRs 2025 Q3'!");
    expect(dashboard).not.toMatch(/'OKRs'!/);

    // The next day: the new period's objective starts its own series; a final number typed
    // late in the closed sheet is one event of the old period; the closed sheet gets no health
    // finding (and nothing is taken for a duplicate ID).
    q.h.setNow(new Date(START.getTime() + 92 * DAY));
    const history = rows(q, HISTORY, 3).length;
    const at = rows(q, OKR, OKRS.headerRow).findIndex((r) => r['Key result'] === 'Backlinks');
    q.h.spreadsheet.type(OKR, `${col(q, OKR, 'Current')}${OKRS.headerRow + 1 + at}`, '4');
    q.h.run('okapiRefresh');
    const added = rows(q, HISTORY, 3).slice(history);
    expect(added.map((r) => [r.ID, r.Current, r.Source])).toEqual([
      [id('Backlinks'), 4, 'sheet'],
      [objective?.id, '', ''],
      [objective?.id, '', ''],
    ]);
    const periods = added.map((r) => (r.Period as Date).getTime());
    expect(periods[0]).toBe(periods[1]);
    expect(periods[2]).toBeGreaterThan(periods[0] ?? 0);
    q.h.run('okapiRefresh');
    expect(rows(q, HISTORY, 3)).toHaveLength(history + 3);
    // The dashboard's trend follows the new period: its dates are the new period's.
    const dates = q.h.spreadsheet
      .values('Dashboard', 'N5:N64')
      .flat()
      .filter((v): v is Date => v instanceof Date);
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.every((d) => d.getTime() >= Date.UTC(2025, 5, 30))).toBe(true);
    const codes = (q.call('okapiSidebarLoad') as SidebarState).findings.map((f) => f.code);
    expect(codes).not.toContain('duplicate_id');
    expect(codes.filter((c) => c === 'kr_not_started')).toEqual([]);
  });
});

describe('the cycle’s server functions check what they are given', () => {
  it('refuses an override outside 0–1, one without its reason, or an unknown KR, naming the field, and writes nothing', () => {
    const q = quarter();
    setUp(q);
    const ids = krIds(q.call('okapiSidebarLoad') as SidebarState);
    const krId = ids.get('Leads');
    const sheets = q.h.spreadsheet.sheetNames();
    const bad: [unknown, RegExp][] = [
      [{ krs: [{ krId, override: 1.5, reason: 'x' }] }, /Final score.*between 0 and 1/],
      [{ krs: [{ krId, override: 0.5, reason: ' ' }] }, /Reason.*cannot be empty/],
      [{ krs: [{ krId: 'KR-404', override: null, reason: '' }] }, /no key result has this ID/],
      [{ notes: 'all good' }, /Closing note.*list/],
    ];
    for (const [choices, message] of bad)
      expect(() => q.call('okapiClosePeriod', choices)).toThrow(message);
    expect(() => q.call('okapiStartNextPeriod', { krIds: ['KR-404'] })).toThrow(
      /no key result has this ID/,
    );
    expect(q.h.spreadsheet.sheetNames()).toEqual(sheets);
  });

  it('offers the next period, or the existing sheet, when the template is created again', () => {
    const q = quarter();
    const sheets = q.h.spreadsheet.sheetNames();
    q.h.ui.respond('NO');
    q.h.run('okapiCreateTemplate');
    expect(q.h.spreadsheet.sheetNames()).toEqual(sheets);
    expect(q.h.ui.alerts.at(-1)?.prompt).toContain('“OKRs”');
    q.h.ui.respond('YES');
    q.h.run('okapiCreateTemplate');
    expect(q.h.spreadsheet.sheetNames()).toEqual(sheets);
    expect(q.h.ui.sidebars.at(-1)?.content).toContain('<meta name="okapi-view" content="next">');
  });
});

describe('closing and starting a period cost a constant number of service calls', () => {
  it('is the same for 5 and 20 objectives', () => {
    expect(cycleCalls(20)).toEqual(cycleCalls(5));
  });
});
