import { describe, expect, it } from 'vitest';
import { localesOf, parseArgs } from '../../playground/options';
import { PlaygroundSession } from '../../playground/session';
import { DASHBOARD } from '../../src/workbook/dashboard/dashboard';
import { HISTORY, OKRS } from '../../src/workbook/layout/tables';

/**
 * `npm start` opens on a lived-in workbook made through the real add-on (playground/demo.ts):
 * three objectives, weeks of check-ins in the history, KPIs and actions, and findings.
 * Needs `npm run build`.
 */
describe('the demo workbook', () => {
  for (const lang of ['en', 'fr'] as const)
    it(`is the template with objectives, weeks of check-ins and no cell in error (${lang})`, () => {
      // Mid-quarter, so that the weeks of check-ins fit in it whatever the day the test runs.
      const session = new PlaygroundSession(localesOf(lang), { today: new Date(2026, 10, 20, 9) });
      const sheets = session.handle.spreadsheet;
      const names = sheets.sheetNames();
      expect(names).toEqual(expect.arrayContaining([OKRS.name[lang], HISTORY.name[lang]]));
      const errors = names.flatMap((n) =>
        sheets
          .values(n)
          .flat()
          .filter((v) => typeof v === 'string' && /^#[A-Z/0!?]+/.test(v))
          .map((v) => `${n}: ${v}`),
      );
      expect(errors).toEqual([]);
      const state = session.handle.run('okapiSidebarLoad') as {
        objectives: { krs: unknown[] }[];
        findings: { code: string }[];
      };
      expect(state.objectives).toHaveLength(3);
      expect(state.objectives.every((o) => o.krs.length >= 3)).toBe(true);
      // Weeks of check-ins: the history's dates, and the dashboard's trend drawn from them.
      const dates = new Set(
        sheets
          .values(HISTORY.name[lang])
          .slice(HISTORY.headerRow)
          .flatMap((r) => (r[0] instanceof Date ? [r[0].getTime()] : [])),
      );
      expect(dates.size).toBeGreaterThanOrEqual(3);
      const trend = sheets.values(DASHBOARD_SHEET[lang]).slice(DASHBOARD.trend.row);
      expect(trend.filter((r) => r[DASHBOARD.trend.column - 1] instanceof Date).length).toBe(
        dates.size,
      );
      // Something to show the refresh's report with.
      expect(state.findings.map((f) => f.code)).toEqual(
        expect.arrayContaining(['kr_without_owner']),
      );
    }, 60_000);
});

const DASHBOARD_SHEET = { en: 'Dashboard', fr: 'Tableau de bord' } as const;

describe('the playground’s command line', () => {
  it('opens the demo by default, an empty spreadsheet with --blank, in the language asked', () => {
    expect(parseArgs([], {})).toEqual({ port: 8080, lang: 'en', blank: false });
    expect(parseArgs(['--blank', '--lang', 'fr'], { PORT: '9000' })).toEqual({
      port: 9000,
      lang: 'fr',
      blank: true,
    });
    expect(() => parseArgs(['--demo'], {})).toThrow(/--lang <en\|fr\|xx_YY> and --blank/);
  });
});
