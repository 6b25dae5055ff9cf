import { describe, expect, it } from 'vitest';
import { DASHBOARD, trendTable } from '../../src/workbook/dashboard/dashboard';

/** The block the refresh writes on the dashboard: one setValues of a fixed size. */
describe('trendTable', () => {
  const day = (d: number) => new Date(Date.UTC(2025, 0, d));
  const size = [DASHBOARD.trend.dates + 1, DASHBOARD.trend.series + 1];

  it('pivots the objectives’ snapshots: a row per date, a column per objective, text names', () => {
    const table = trendTable(
      [
        { date: day(8), objective: 'B', progress: 0.2 },
        { date: day(1), objective: 'A', progress: 0.1 },
        { date: day(8), objective: 'A', progress: 0.3 },
        { date: day(8), objective: 'A', progress: 0.35 },
      ],
      'fr',
    );
    expect([table.length, table[0]?.length]).toEqual(size);
    expect(table[0]?.slice(0, 4)).toEqual(["'Date", "'B", "'A", '']);
    expect(table[1]?.slice(0, 3)).toEqual([day(1), '', 0.1]);
    expect(table[2]?.slice(0, 3)).toEqual([day(8), 0.2, 0.35]);
    expect(table[3]?.every((v) => v === '')).toBe(true);
  });

  it('keeps the latest dates and the first objectives when there are too many', () => {
    const points = Array.from({ length: DASHBOARD.trend.dates + 5 }, (_, i) => ({
      date: day(i + 1),
      objective: `O${i % DASHBOARD.trend.series}`,
      progress: i / 100,
    }));
    const table = trendTable(
      [...points, { date: day(70), objective: 'One too many', progress: 1 }],
      'en',
    );
    expect([table.length, table[0]?.length]).toEqual(size);
    expect(table[1]?.[0]).toEqual(day(6));
    expect(table.flat()).not.toContain("'One too many");
    expect(table[0]?.[DASHBOARD.trend.series]).toBe(`'O${DASHBOARD.trend.series - 1}`);
  });
});
