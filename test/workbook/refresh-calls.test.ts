import { describe, expect, it } from 'vitest';
import { refreshCalls, steadyRefreshCalls } from '../support/refresh-calls';

/**
 * The cost of a refresh in service calls depends on the workbook's shape, never on how many
 * key results it holds (docs/workbook.md#refresh). Data calls (test/support/data-calls.ts: those that move cell
 * data) are bounded; every call is counted too, and must not grow either. Counts only, never
 * timings.
 */
describe('Refresh progress service calls', () => {
  it('are the same for 1,000 and 10,000 key results, on the first refresh after typing', () => {
    const small = refreshCalls(1_000);
    const large = refreshCalls(10_000);
    console.log('first refresh (data / all):', small, large);
    expect(large).toEqual(small);
    // Reads: the OKR and KPI tables (values, formulas: a computed cell typed over is told by
    // its formula; the KPIs' number formats, which their register cells follow), the history
    // and the KPI history. Writes: IDs; computed cells in two runs (the template's
    // rows, whose roll-up ranges now end too early, and the rows typed below them), each
    // formulas and formats; the KRs' links to their objectives; the history grown, appended
    // and formatted; the dashboard's trend and health counts.
    expect(small.data).toBe(18);
  }, 120_000);

  // Sizes the emulation can evaluate: the next day's refresh reads the results of the roll-up
  // formulas the first one wrote, and HyperFormula's SUMIFS costs O(rows²) (emulation/README.md).
  // Both outgrow the history's sheet on the second day, as 10,000 would.
  // Both tables longer than a new sheet (1,000 rows): the refresh checks that the protection and
  // the colours reach their last row (refresh/extend.ts).
  it('are the same for 850 and 1,000 key results, on the next day’s refresh', () => {
    const small = steadyRefreshCalls(850);
    const large = steadyRefreshCalls(1_000);
    console.log('next day (data / all):', small, large);
    expect(large).toEqual(small);
    // The seven reads; the history grown, appended and formatted; the dashboard's trend and
    // health counts.
    expect(small.data).toBe(12);
  }, 120_000);
});
