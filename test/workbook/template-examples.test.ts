import { afterEach, describe, expect, it } from 'vitest';
import { createEmulation } from '../../emulation/emulation';
import { EXAMPLES } from '../../src/content/examples';
import { templateContents } from '../../src/content/template-content';
import { krScore } from '../../src/core/kr';
import { columnLetter, templateLocation } from '../../src/workbook/layout/columns';
import { OKRS, type OkrColumn } from '../../src/workbook/layout/tables';
import { createTemplate } from '../../src/workbook/template/template';

/**
 * The `examples` option, which no menu item passes: createTemplate driven from the host on
 * the emulated services (the same code the bundle runs), with the content built in memory
 * (the bundle reads the same from content.html).
 */
const contents = templateContents();
const g = globalThis as Record<string, unknown>;
afterEach(() => {
  for (const name of ['SpreadsheetApp', 'LockService', 'PropertiesService']) delete g[name];
});

function emulate(locale: string) {
  const { emulation, globals } = createEmulation({ locale, now: new Date('2025-05-15T08:00:00Z') });
  g.SpreadsheetApp = globals.SpreadsheetApp;
  g.LockService = globals.LockService;
  g.PropertiesService = globals.PropertiesService;
  return emulation;
}

describe('createTemplate({ examples: true })', () => {
  it('pre-fills the OKRs sheet as layout.ts lays it out, scores computed', () => {
    const emulation = emulate('fr_FR');
    const result = createTemplate(contents, { examples: true, today: new Date(2025, 4, 15) });
    expect(result.lang).toBe('fr');
    const okrs = result.sheets.okrs;
    expect(okrs).toBe('OKR');
    const at = templateLocation(OKRS);
    const cell = (key: OkrColumn, row: number) =>
      emulation.inspect.value(okrs, `${columnLetter(at.columns[key] ?? 0)}${row}`);
    let row = OKRS.headerRow + 1;
    for (const okr of EXAMPLES) {
      expect(cell('objective', row)).toBe(okr.objective.fr);
      expect(cell('keyResult', row)).toBe('');
      row++;
      for (const kr of okr.krs) {
        expect(cell('objective', row)).toBe(okr.objective.fr);
        expect(cell('keyResult', row)).toBe(kr.title.fr);
        if (kr.target !== null && typeof kr.current === 'number') {
          const expected = krScore(kr.kind, kr.current, kr.target, kr.baseline ?? 0);
          if (typeof expected === 'number') expect(cell('progress', row)).toBeCloseTo(expected, 9);
        }
        row++;
      }
    }
    // The period is the quarter around the given day.
    expect(emulation.inspect.displayValues(okrs, 'B2')[0]?.[0]).toBe('2025-04-01');
  });

  it('names the sheets it made and releases the document lock', () => {
    const emulation = emulate('en_US');
    createTemplate(contents);
    const second = createTemplate(contents);
    expect(second.sheets).toEqual({
      okrs: 'OKRs (2)',
      actions: 'Actions (2)',
      kpis: 'KPIs (2)',
      kpiTargets: 'KPI targets (2)',
      history: 'Check-in history (2)',
      kpiHistory: 'KPI history (2)',
      dashboard: 'Dashboard (2)',
      guide: 'Guide (2)',
    });
    expect(emulation.doc.documentLock.holder).toBeUndefined();
  }, 30_000);
});
