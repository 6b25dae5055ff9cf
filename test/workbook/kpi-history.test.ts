import { describe, expect, it } from 'vitest';
import type { SaveResult, SidebarState } from '../../src/contract/sidebar';
import type { KpiEvent, KpiReading } from '../../src/core/kpi-series';
import { summariseKpi } from '../../src/core/kpi-summary';
import type { KpiSummary } from '../../src/core/kpi-words';
import { KPI_HISTORY, KPIS, OKRS } from '../../src/workbook/layout/tables';
import { dayNumber } from '../../src/workbook/sheets/banner';
import { dayOf } from '../../src/workbook/sheets/day';
import { dataCalls } from '../support/data-calls';
import { emulatedServer } from '../support/emulated-server';
import { kpiWorld } from '../support/kpi-calls';
import { eventsOf, rowsByHeader } from '../support/kpi-log';
import { NOW, typeRows, type World, world } from '../support/refresh-world';

/**
 * The KPI history (docs/workbook.md#kpi-history): the refresh gives each KPI an ID and records
 * each change of its Actual — typed, or fed by a formula — with the moment it saw it. The
 * register's formulas read it for each period's value. Run `npm run build` first.
 */

const KPI_SHEET = KPIS.name.en;
const LOG = KPI_HISTORY.name.en;

function log(w: World, sheet = LOG): Record<string, unknown>[] {
  return rowsByHeader(w, sheet, KPI_HISTORY.headerRow);
}

describe('the KPI history', () => {
  it('records each change of a KPI’s Actual, typed or fed, once, with its moment and source', () => {
    const w = world();
    w.sheet('Sheet1').getRange('A1').setValue(40);
    typeRows(
      w,
      KPI_SHEET,
      KPIS.headerRow,
      [
        { Measure: 'Qualified leads', Target: 600, Frequency: 'monthly', Actual: 120 },
        { Measure: 'Open rate', Target: 0.5, Frequency: 'weekly' },
        { Measure: 'Visits', Target: 1000, Frequency: 'monthly' },
      ],
      KPIS.headerRow,
    );
    const actual = w.col(KPI_SHEET, 'Actual', KPIS.headerRow);
    w.sheet(KPI_SHEET)
      .getRange(KPIS.headerRow + 3, actual)
      .setFormula('=Sheet1!A1');
    w.refresh();
    const ids = w.h.spreadsheet
      .values(KPI_SHEET, `A${KPIS.headerRow + 1}:A${KPIS.headerRow + 3}`)
      .flat();
    expect(ids).toEqual(['K1', 'K2', 'K3']);
    expect(log(w).map((r) => [r.ID, r.Measure, r.Actual, r.Source])).toEqual([
      ['K1', 'Qualified leads', 120, 'sheet'],
      ['K3', 'Visits', 40, 'formula'],
    ]);
    expect(log(w)[0]?.When).toEqual(NOW);

    // Nothing new: nothing recorded. A change typed, one fed: one row each, later.
    w.refresh();
    expect(log(w)).toHaveLength(2);
    w.h.setNow(new Date(NOW.getTime() + 3_600_000));
    w.sheet(KPI_SHEET)
      .getRange(KPIS.headerRow + 1, actual)
      .setValue(150);
    w.sheet('Sheet1').getRange('A1').setValue(55);
    w.refresh();
    expect(
      log(w)
        .slice(2)
        .map((r) => [r.ID, r.Actual, r.Source]),
    ).toEqual([
      ['K1', 150, 'sheet'],
      ['K3', 55, 'formula'],
    ]);
    expect(log(w)[2]?.When).toEqual(new Date(NOW.getTime() + 3_600_000));
  });
});

describe('checking in KPIs from the sidebar', () => {
  it('writes each changed Actual in one save, records it as from the sidebar, and keeps a fed one', () => {
    const w = world({ locale: 'fr_FR' });
    const sheet = KPIS.name.fr;
    typeRows(
      w,
      sheet,
      KPIS.headerRow,
      [
        { Mesure: 'Taux d’ouverture', Cible: 0.5, Fréquence: 'hebdomadaire' },
        { Mesure: 'Leads qualifiés', Cible: 600, 'Mesuré comme': 'cumul', Fréquence: 'mensuelle' },
        { Mesure: 'Visites', Cible: 1000, Fréquence: 'mensuelle' },
      ],
      KPIS.headerRow,
    );
    const actual = w.col(sheet, 'Valeur réelle', KPIS.headerRow);
    w.sheet(sheet)
      .getRange(KPIS.headerRow + 3, actual)
      .setFormula('=Sheet1!A1');
    w.refresh();
    const call = (name: string, ...args: unknown[]): unknown => emulatedServer(w.h)(name, args);
    const state = call('okapiSidebarLoad') as SidebarState;
    expect(state.kpis.map((k) => [k.id, k.frequency, k.percent, k.actualIsFormula])).toEqual([
      ['K1', 'week', true, false],
      ['K2', 'month', false, false],
      ['K3', 'month', false, true],
    ]);
    const before = w.h.spreadsheet.values(sheet);
    expect(() =>
      call('okapiSidebarSave', {
        objectives: [],
        checkIns: [],
        kpiCheckIns: [{ kpiId: 'K9', actual: 1 }],
      }),
    ).toThrow(/KPI 1 › ID › aucun KPI n’a cet ID/);
    // A check-in without its Actual would clear the cell: refused.
    expect(() =>
      call('okapiSidebarSave', { objectives: [], checkIns: [], kpiCheckIns: [{ kpiId: 'K1' }] }),
    ).toThrow(/KPI 1 › Valeur réelle › doit être un nombre/);
    expect(w.h.spreadsheet.values(sheet)).toEqual(before);

    const saved = call('okapiSidebarSave', {
      objectives: [],
      checkIns: [],
      kpiCheckIns: [
        { kpiId: 'K1', actual: 0.525 },
        { kpiId: 'K2', actual: 1234 },
        { kpiId: 'K3', actual: 5 },
      ],
    }) as SaveResult;
    expect(saved.checkedIn).toBe(3);
    const cells = w.h.spreadsheet.values(sheet, `A${KPIS.headerRow + 1}:Z${KPIS.headerRow + 3}`);
    expect(cells.map((r) => r[actual - 1])).toEqual([0.525, 1234, '']);
    // The percent KPI's cell reads as a percentage, as if typed.
    expect(
      w.h.spreadsheet.displayValues(sheet, `${letter(actual)}${KPIS.headerRow + 1}`)[0]?.[0],
    ).toMatch(/^52,50?\s?%$/);
    expect(log(w, KPI_HISTORY.name.fr).map((r) => [r.ID, r.Source])).toEqual([
      ['K1', 'barre latérale'],
      ['K2', 'barre latérale'],
    ]);
    expect(saved.state.kpis.find((k) => k.id === 'K2')?.actual).toBe(1234);
  });
});

function letter(column: number): string {
  return String.fromCharCode(64 + column);
}

describe('the KPI history’s cost', () => {
  /**
   * A refresh's data calls after every KPI's Actual changed, with `kpis` KPIs whose history
   * already holds `periods` events each, in the refresh's own form (kpi-calls.ts).
   */
  function refreshAfterChange(kpis: number, periods: number): number {
    const w = kpiWorld(kpis, periods);
    w.refresh();
    expect(log(w)).toHaveLength(kpis * (periods + 1));
    return dataCalls(w.h.calls.byMethod());
  }

  it('is the same for 10 and 30 KPIs, after 2 and 4 periods', () => {
    const small = refreshAfterChange(10, 2);
    expect(refreshAfterChange(30, 2)).toBe(small);
    expect(refreshAfterChange(10, 4)).toBe(small);
  }, 120_000);
});

describe('a key result fed by a KPI', () => {
  it('reads the KPI over the KR’s period by a native formula the refresh keeps, as the core sums it', () => {
    const start = new Date('2025-01-06T09:00:00Z');
    const w = world({ now: start });
    typeRows(
      w,
      KPI_SHEET,
      KPIS.headerRow,
      [
        { Measure: 'Qualified leads', Target: 200, 'Measured as': 'total', Frequency: 'monthly' },
        { Measure: 'Open rate', Target: 0.5, Frequency: 'weekly' },
        // No frequency: read as it last stands.
        { Measure: 'Cost per lead', Target: 40 },
      ],
      KPIS.headerRow,
    );
    w.refresh();
    const call = (name: string, ...args: unknown[]): unknown => emulatedServer(w.h)(name, args);
    const kr = (title: string, kpiId: string, summary: string) => ({
      title,
      owner: 'Hugo',
      unit: '',
      weight: null,
      kind: 'auto',
      baseline: 0,
      target: 1000,
      kpi: { kpiId, summary },
    });
    const createObjective = (krs: readonly unknown[]): unknown =>
      call('okapiSidebarSave', {
        objectives: [
          { title: 'Fill the funnel', parent: '', owner: 'Ana', period: 'quarter', krs },
        ],
        checkIns: [],
      });
    expect(() => createObjective([kr('Leads', 'K7', 'sum')])).toThrow(
      /Key result 1 › ID › no KPI has this ID/,
    );
    createObjective([
      kr('Leads this quarter', 'K1', 'sum'),
      kr('Open rate lately', 'K2', 'last'),
      { ...kr('Leads a month', 'K1', 'sum'), kpi: undefined },
      kr('Cost lately', 'K3', 'sum'),
    ]);
    const actual = w.col(KPI_SHEET, 'Actual', KPIS.headerRow);
    const current = w.col(OKRS.name.en, 'Current');
    const krRow = (title: string): number =>
      OKRS.headerRow +
      1 +
      w.h.spreadsheet
        .values(OKRS.name.en, `C${OKRS.headerRow + 1}:C${OKRS.headerRow + 10}`)
        .findIndex((r) => r[0] === title);
    // A KR checked in by hand, then fed from a KPI from now on: its typed Current is replaced
    // by the formula, and a KPI the register lacks is refused with nothing written.
    const byHand = (call('okapiSidebarLoad') as SidebarState).objectives[0]?.krs[2]?.id ?? '';
    const checkIn = { krId: byHand, confidence: null, note: '' };
    call('okapiSidebarSave', { objectives: [], checkIns: [{ ...checkIn, current: 55 }] });
    expect(() =>
      call('okapiSidebarSave', {
        objectives: [],
        checkIns: [{ ...checkIn, kpi: { kpiId: 'K9', summary: 'average' } }],
      }),
    ).toThrow(/Check-in 1 › Current from a KPI › ID › no KPI has this ID/);
    expect(w.h.spreadsheet.value(OKRS.name.en, `${letter(current)}${krRow('Leads a month')}`)).toBe(
      55,
    );
    call('okapiSidebarSave', {
      objectives: [],
      checkIns: [{ ...checkIn, kpi: { kpiId: 'K1', summary: 'average' } }],
    });
    const fedRows = [
      krRow('Leads this quarter'),
      krRow('Open rate lately'),
      krRow('Leads a month'),
    ];
    const formulas = fedRows.map(
      (r) => w.h.spreadsheet.formulas(OKRS.name.en, `${letter(current)}${r}`)[0]?.[0],
    );
    expect(formulas.every((f) => typeof f === 'string' && f.startsWith('='))).toBe(true);

    let now = start;
    for (let d = 0; d <= 80; d += 9) {
      now = new Date(start.getTime() + d * 86_400_000);
      w.h.setNow(now);
      w.sheet(KPI_SHEET)
        .getRange(KPIS.headerRow + 1, actual)
        .setValue(20 + d * 3);
      w.sheet(KPI_SHEET)
        .getRange(KPIS.headerRow + 2, actual)
        .setValue(0.3 + (d % 20) / 100);
      w.sheet(KPI_SHEET)
        .getRange(KPIS.headerRow + 3, actual)
        .setValue(50 - d / 10);
      w.refresh();
    }
    const today = dayNumber(dayOf(now.getTime(), 'Europe/Paris').start);
    const qStart = Date.UTC(2025, 0, 1) / 86_400_000;
    const qEnd = Date.UTC(2025, 2, 31) / 86_400_000;
    const events = (id: string): KpiEvent[] => eventsOf(log(w), id, 'Europe/Paris');
    // The core's summary of a KPI over the KR's quarter, on the last day played.
    const summary = (id: string, kpi: KpiReading, how: KpiSummary) =>
      summariseKpi(events(id), kpi, how, qStart, qEnd, today);
    const monthlyTotal: KpiReading = { frequency: 'month', measure: 'cumulative' };
    const leads = summary('K1', monthlyTotal, 'sum');
    const rate = summary('K2', { frequency: 'week', measure: 'rate' }, 'last');
    expect(typeof leads).toBe('number');
    const read = (title: string): unknown =>
      w.h.spreadsheet.value(OKRS.name.en, `${letter(current)}${krRow(title)}`);
    expect(read('Leads this quarter') as number).toBeCloseTo(leads as number, 9);
    expect(read('Open rate lately') as number).toBeCloseTo(rate as number, 9);
    const monthly = summary('K1', monthlyTotal, 'average');
    expect(read('Leads a month') as number).toBeCloseTo(monthly as number, 9);
    expect(read('Cost lately')).toBe(events('K3').at(-1)?.value);
    // The refresh kept the formulas, and took them for no typed-over cell.
    expect(
      fedRows.map((r) => w.h.spreadsheet.formulas(OKRS.name.en, `${letter(current)}${r}`)[0]?.[0]),
    ).toEqual(formulas);
    const state = call('okapiSidebarLoad') as SidebarState;
    expect(state.findings.map((f) => f.code)).not.toContain('typed_over');
    expect(state.objectives[0]?.krs.map((k) => k.currentIsFormula)).toEqual([
      true,
      true,
      true,
      true,
    ]);
  }, 120_000);
});
