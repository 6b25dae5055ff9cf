import { describe, expect, it } from 'vitest';
import { KPI_HISTORY, KPIS } from '../../src/workbook/layout/tables';
import { NOW, typeRows, type World, world } from '../support/refresh-world';

/**
 * The KPI history (docs/workbook.md#kpi-history): the refresh gives each KPI an ID and records
 * each change of its Actual — typed, or fed by a formula — with the moment it saw it. The
 * register's formulas read it for each period's value. Run `npm run build` first.
 */

const KPI_SHEET = KPIS.name.en;
const LOG = KPI_HISTORY.name.en;

function log(w: World): Record<string, unknown>[] {
  const [header = [], ...rows] = w.h.spreadsheet.values(LOG, `A${KPI_HISTORY.headerRow}:F`);
  return rows
    .filter((r) => r.some((v) => v !== ''))
    .map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
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
