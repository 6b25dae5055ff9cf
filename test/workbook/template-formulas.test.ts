import { beforeAll, describe, expect, it } from 'vitest';
import { type BundleHandle, loadBundle } from '../../emulation/load';
import { numberStyleOf } from '../../src/core/number';
import { isProblem } from '../../src/core/problem';
import { readKind, readWeight, scoreKrRow } from '../../src/core/rows';
import { columnLetter, templateLocation } from '../../src/workbook/layout/columns';
import { OKRS, type OkrColumn } from '../../src/workbook/layout/tables';
import { objectiveScore } from '../support/scores';

/**
 * The template's native formulas against the core, on a table of cases typed into the
 * template the real bundle made: every KR's Progress must be the core's score of the same
 * cells (a problem shows as #N/A), every objective's Progress the core's weighted mean.
 */
const style = () => numberStyleOf('en_US');
const okrs = OKRS.name.en;
const at = templateLocation(OKRS);
const col = (key: OkrColumn): string => columnLetter(at.columns[key] ?? 0);
const KEYS = ['objective', 'keyResult', 'kind', 'baseline', 'target', 'current', 'weight'] as const;

type Row = Partial<Record<(typeof KEYS)[number], string>>;

/** One objective per case group, its KRs typed as a person would. */
const GROUPS: { objective: string; krs: Row[] }[] = [
  {
    objective: 'Grow',
    krs: [
      { keyResult: 'conversion 15 % → 20 %', baseline: '15%', target: '20%', current: '18%' },
      { keyResult: 'leads 600 → 750', baseline: '600', target: '750', current: '700', weight: '2' },
      {
        keyResult: 'double downloads',
        kind: 'increase',
        baseline: '1000',
        target: '2000',
        current: '2500',
      },
      {
        keyResult: 'below the baseline',
        kind: 'increase',
        baseline: '100',
        target: '200',
        current: '50',
      },
      { keyResult: 'not measured yet', baseline: '0', target: '5' },
    ],
  },
  {
    objective: 'Spend less',
    krs: [
      { keyResult: 'cost per lead 50 → 37.5', baseline: '50', target: '37.5', current: '45' },
      {
        keyResult: 'explicit decrease',
        kind: 'decrease',
        baseline: '10',
        target: '5',
        current: '4',
      },
      { keyResult: 'left out', baseline: '0', target: '10', current: '10', weight: '0' },
    ],
  },
  {
    objective: 'Broken',
    krs: [
      { keyResult: 'fine', baseline: '0', target: '10', current: '5' },
      { keyResult: 'wrong side', kind: 'decrease', baseline: '5', target: '10', current: '6' },
    ],
  },
  {
    objective: 'Hold the line',
    krs: [
      { keyResult: 'open rate at least 50 %', kind: 'at least', target: '50%', current: '50%' },
      { keyResult: 'bounce at most 2 %', kind: 'au plus', target: '2%', current: '3%' },
      { keyResult: 'white paper', kind: 'milestone', current: 'TRUE' },
      { keyResult: 'webinar', kind: 'jalon', current: 'fait' },
      { keyResult: 'podcast', kind: 'milestone', current: 'no' },
      { keyResult: 'no target yet', baseline: '3' },
      { keyResult: 'target equals baseline', baseline: '7', target: '7', current: '7' },
    ],
  },
  { objective: 'Nothing measurable yet', krs: [{ keyResult: 'a KR with no numbers' }] },
];

describe('the template’s formulas equal the core', () => {
  let h: BundleHandle;
  const krRows: number[] = [];
  const objectiveRows: { row: number; krs: number[] }[] = [];

  beforeAll(() => {
    h = loadBundle({ locale: 'en_US', now: new Date('2025-02-15T10:00:00Z') });
    h.run('okapiCreateTemplate');
    let row = OKRS.headerRow + 1;
    for (const g of GROUPS) {
      h.spreadsheet.type(okrs, `${col('objective')}${row}`, g.objective);
      const group = { row, krs: [] as number[] };
      row++;
      for (const kr of g.krs) {
        const typed: Partial<Record<OkrColumn, string>> = { objective: g.objective, ...kr };
        for (const [key, text] of Object.entries(typed) as [OkrColumn, string][])
          h.spreadsheet.type(okrs, `${col(key)}${row}`, text);
        group.krs.push(row);
        krRows.push(row);
        row++;
      }
      objectiveRows.push(group);
      row++; // a blank row between objectives
    }
  });

  const cells = (row: number) => {
    const get = (key: OkrColumn) => h.spreadsheet.value(okrs, `${col(key)}${row}`);
    return { get, progress: get('progress') };
  };

  const coreScore = (row: number) => {
    const { get } = cells(row);
    return scoreKrRow(get('current'), get('target'), get('baseline'), readKind(get('kind')), style);
  };

  it('scores every key result as krScore does', () => {
    expect(krRows.length).toBeGreaterThan(12);
    for (const row of krRows) {
      const expected = coreScore(row);
      const { progress } = cells(row);
      if (isProblem(expected)) expect(progress, `row ${row}`).toBe('#N/A');
      else if (expected === null) expect(progress, `row ${row}`).toBe('');
      else expect(progress, `row ${row}`).toBeCloseTo(expected, 9);
    }
  });

  it('rolls each objective up as the weighted mean of its scored key results', () => {
    for (const { row, krs } of objectiveRows) {
      const rows = krs.map((r) => ({
        score: coreScore(r),
        weight: readWeight(cells(r).get('weight'), style),
      }));
      const { progress } = cells(row);
      // As OKR_SCORE: one KR in error makes the objective's score an error.
      if (rows.some((r) => isProblem(r.score) || isProblem(r.weight))) {
        expect(progress, `row ${row}`).toBe('#N/A');
        continue;
      }
      const expected = objectiveScore(
        rows.flatMap((r) =>
          typeof r.score === 'number' && typeof r.weight === 'number'
            ? [{ score: r.score, weight: r.weight }]
            : [],
        ),
      );
      if (expected === null || isProblem(expected)) expect(progress, `row ${row}`).toBe('');
      else expect(progress, `row ${row}`).toBeCloseTo(expected, 9);
    }
  });

  it('leaves blank rows blank', () => {
    const blank = (objectiveRows[0]?.row ?? 0) + (GROUPS[0]?.krs.length ?? 0) + 1;
    for (const key of ['progress', 'bar', 'status'] as const)
      expect(h.spreadsheet.value(okrs, `${col(key)}${blank}`)).toBe('');
  });
});
