import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { templateWorkbook } from '../../export/xlsx';
import { DONE_WORDS, KIND_LABELS, KIND_WORDS, KR_KINDS } from '../../src/core/kind';
import { DEFAULT_TOLERANCE, DIRECTION_LABELS, kpiStatus, STATUS_LABELS } from '../../src/core/kpi';
import type { Lang } from '../../src/core/lang';
import { numberStyleOf } from '../../src/core/number';
import { WeightedMean } from '../../src/core/objective';
import { elapsedShare } from '../../src/core/period';
import { isProblem, type Problem } from '../../src/core/problem';
import { kpiStatusRow, readDirection, readKind, readWeight, scoreKrRow } from '../../src/core/rows';
import { DASHBOARD } from '../../src/workbook/dashboard/dashboard';
import { KPIS, OKRS } from '../../src/workbook/layout/tables';
import {
  columnOf,
  expectCell,
  locate,
  plain,
  recalculate,
  sheetOf,
  typeInto,
  type Value,
} from '../support/libreoffice';

/**
 * The exported .xlsx, filled in and recalculated by LibreOffice: every Progress cell, every
 * objective's roll-up and every status must equal what the core computes.
 */

const style = () => numberStyleOf('en_US');

interface KrInput {
  readonly objective: string;
  readonly keyResult?: string;
  readonly kind?: string;
  readonly baseline?: Value;
  readonly target?: Value;
  readonly current?: Value;
  readonly weight?: Value;
}

/** The OKR rows typed into the template: objective rows, then their KRs, with blank rows. */
function okrInputs(lang: Lang): (KrInput | null)[] {
  const k = KIND_LABELS[lang];
  const kr = (objective: string, n: number, rest: Omit<KrInput, 'objective'>): KrInput => ({
    objective,
    keyResult: `${objective} KR ${n}`,
    ...rest,
  });
  const groups: Record<string, Omit<KrInput, 'objective'>[]> = {
    Growth: [
      { kind: k.increase, baseline: 600, target: 750, current: 660 },
      { baseline: 50, target: 37.5, current: 45 },
      { kind: k.decrease, baseline: 50, target: 37.5, current: 30 },
      { kind: k.increase, baseline: 600, target: 750, current: 500 },
      { kind: k.increase.toUpperCase(), baseline: 0.15, target: 0.2, current: 0.18 },
      { kind: k.decrease, baseline: 0.05, target: 0.035 },
      { target: 5, current: 2 },
    ],
    Guardrails: [
      { kind: k.at_least, target: 0.5, current: 0.53 },
      { kind: k.at_least, target: 0.5, current: 0.5 },
      { kind: k.at_least, target: 0.5, current: 0.49 },
      { kind: k.at_most, target: 4, current: 3 },
      { kind: k.at_most, target: 4, current: 4 },
      { kind: k.at_most, target: 4, current: 5 },
      { kind: k.at_most, target: 4 },
    ],
    Milestones: [
      { kind: k.milestone, current: true },
      { kind: k.milestone, current: 'done' },
      { kind: k.milestone, current: 'Fait' },
      { kind: k.milestone, current: false },
      { kind: k.milestone },
      { kind: k.milestone, target: 1 },
      { kind: k.milestone, current: 1 },
    ],
    Weights: [
      { kind: k.at_least, target: 1, current: 1, weight: 2 },
      { kind: k.increase, baseline: 0, target: 10, current: 0 },
      { kind: k.increase, baseline: 0, target: 10, current: 5, weight: 0 },
      { kind: k.increase, baseline: 0, target: 10, current: 7, weight: 1 },
    ],
    'Not counted': [{ kind: k.increase, baseline: 0, target: 10, current: 5, weight: 0 }],
    'No target': [{ kind: k.increase, baseline: 0, current: 3 }],
    'Equal bounds': [
      { kind: k.increase, baseline: 5, target: 5, current: 5 },
      { kind: k.increase, baseline: 0, target: 10, current: 5 },
    ],
    'Wrong side': [{ kind: k.increase, baseline: 10, target: 5, current: 7 }],
    'Negative weight': [{ kind: k.increase, baseline: 0, target: 10, current: 5, weight: -1 }],
    // Every word of the one vocabulary, as people type them (case, spaces), and done words.
    Vocabulary: [
      ...KR_KINDS.flatMap((kind, i) =>
        KIND_WORDS[kind].map((w, j) => ({
          kind: j % 2 === 0 ? ` ${w.toUpperCase().replace(/ /g, '  ')} ` : w,
          baseline: kind === 'decrease' ? 10 : 0,
          target: kind === 'decrease' ? 0 : 10,
          current: kind === 'milestone' ? DONE_WORDS[(i + j) % DONE_WORDS.length] : 3 + i,
        })),
      ),
      { kind: k.milestone, current: '  Done ' },
      { kind: k.milestone, current: 'later' },
    ],
    // Words outside it: an error in every path, so the objective refuses too.
    'Unknown words': [
      { kind: 'sideways', baseline: 0, target: 10, current: 5 },
      { kind: 'in*', baseline: 0, target: 10, current: 5 },
      { kind: 'reduíre', baseline: 10, target: 5, current: 7 },
    ],
  };
  const rows: (KrInput | null)[] = [];
  for (const [objective, krs] of Object.entries(groups)) {
    rows.push({ objective }, ...krs.map((r, i) => kr(objective, i + 1, r)), null);
  }
  rows.push({ objective: 'Alone' });
  return rows;
}

interface KpiInput {
  readonly actual?: Value;
  readonly target?: Value;
  readonly direction?: string;
}

function kpiInputs(lang: Lang): (KpiInput | null)[] {
  const { higher, lower } = DIRECTION_LABELS[lang];
  return [
    { actual: 120, target: 100, direction: higher },
    { actual: 100, target: 100 },
    { actual: 95, target: 100, direction: higher },
    { actual: 90, target: 100, direction: higher },
    { actual: 89, target: 100, direction: higher },
    { actual: 95, target: 100, direction: lower },
    { actual: 110, target: 100, direction: lower },
    { actual: 111, target: 100, direction: lower },
    { target: 100, direction: lower },
    null,
    { actual: 5, direction: higher },
  ];
}

const LANG_CASES: readonly Lang[] = ['en', 'fr'];
let recalculated: Partial<Record<Lang, ExcelJS.Workbook>> = {};

describe('the .xlsx template recalculated by LibreOffice', () => {
  beforeAll(async () => {
    const filled = Object.fromEntries(
      LANG_CASES.map((lang) => {
        const { workbook } = templateWorkbook({ lang });
        fill(workbook, lang);
        return [lang, workbook];
      }),
    );
    recalculated = await recalculate(filled);
  }, 180_000);

  function fill(workbook: ExcelJS.Workbook, lang: Lang): void {
    const okrs = sheetOf(workbook, OKRS, lang);
    const at = locate(okrs, OKRS);
    okrInputs(lang).forEach((input, i) => {
      if (input === null) return;
      const r = at.headerRow + 1 + i;
      typeInto(okrs, r, columnOf(at, 'objective'), input.objective);
      typeInto(okrs, r, columnOf(at, 'keyResult'), input.keyResult);
      typeInto(okrs, r, columnOf(at, 'kind'), input.kind);
      typeInto(okrs, r, columnOf(at, 'baseline'), input.baseline);
      typeInto(okrs, r, columnOf(at, 'target'), input.target);
      typeInto(okrs, r, columnOf(at, 'current'), input.current);
      typeInto(okrs, r, columnOf(at, 'weight'), input.weight);
    });
    const kpis = sheetOf(workbook, KPIS, lang);
    const kp = locate(kpis, KPIS);
    kpiInputs(lang).forEach((input, i) => {
      if (input === null) return;
      const r = kp.headerRow + 1 + i;
      typeInto(kpis, r, columnOf(kp, 'actual'), input.actual);
      typeInto(kpis, r, columnOf(kp, 'target'), input.target);
      typeInto(kpis, r, columnOf(kp, 'direction'), input.direction);
    });
  }

  /** The core's result for every OKR input row: a KR's score, or its objective's roll-up. */
  function coreProgress(inputs: readonly (KrInput | null)[]): (number | null | Problem)[] {
    const scores = inputs.map((r) =>
      r?.keyResult
        ? scoreKrRow(
            r.current ?? '',
            r.target ?? '',
            r.baseline ?? '',
            readKind(r.kind ?? ''),
            style,
          )
        : null,
    );
    return inputs.map((r, i) => {
      if (r === null) return null;
      if (r.keyResult) return scores[i] ?? null;
      // As OKR_SCORE over the objective's KR rows: one KR in error fails the roll-up.
      const mean = new WeightedMean();
      for (const [j, kr] of inputs.entries()) {
        const score = scores[j];
        if (!kr?.keyResult || kr.objective !== r.objective || score === null || score === undefined)
          continue;
        if (isProblem(score)) return score;
        const w = readWeight(kr.weight ?? '', style);
        const problem = isProblem(w) ? w : mean.add(score, w);
        if (problem) return problem;
      }
      return mean.score();
    });
  }

  for (const lang of LANG_CASES) {
    it(`computes every Progress and roll-up as the core does (${lang})`, () => {
      const wb = recalculated[lang];
      if (!wb) throw new Error('not recalculated');
      const sheet = sheetOf(wb, OKRS, lang);
      const at = locate(sheet, OKRS);
      const inputs = okrInputs(lang);
      const expected = coreProgress(inputs);
      expected.forEach((e, i) => {
        const r = at.headerRow + 1 + i;
        expectCell(plain(sheet.getCell(r, columnOf(at, 'progress'))), e, `${lang} row ${r}`);
      });
      // The prepared rows below the inputs stay blank.
      const last = at.headerRow + OKRS.preparedRows;
      expect(plain(sheet.getCell(last, columnOf(at, 'progress')))).toBe('');
    });

    it(`shows each row's status by pace as the core does (${lang})`, () => {
      const wb = recalculated[lang];
      if (!wb) throw new Error('not recalculated');
      const sheet = sheetOf(wb, OKRS, lang);
      const at = locate(sheet, OKRS);
      const cellOf = (key: string) => {
        const [r, c] = at.named[key] ?? [0, 0];
        return plain(sheet.getCell(r, c));
      };
      const [start, end, elapsed] = [cellOf('start'), cellOf('end'), cellOf('elapsed')];
      if (typeof start !== 'number' || typeof end !== 'number' || typeof elapsed !== 'number')
        throw new Error('period cells are not numbers');
      // TODAY() was read by LibreOffice a moment ago: today's day number, or yesterday's at midnight.
      const dayMs = 86_400_000;
      const now = new Date();
      const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / dayMs;
      const share = (day: number) => elapsedShare(start / dayMs, end / dayMs, day);
      expect([share(today), share(today - 1)]).toContainEqual(elapsed);
      const labels = STATUS_LABELS[lang];
      const inputs = okrInputs(lang);
      inputs.forEach((_, i) => {
        const r = at.headerRow + 1 + i;
        const progress = plain(sheet.getCell(r, columnOf(at, 'progress')));
        const status = plain(sheet.getCell(r, columnOf(at, 'status')));
        if (progress === '') expect(status).toBe('');
        else if (typeof progress === 'number')
          expect(status, `row ${r}`).toBe(
            labels[kpiStatus(progress, 1, 'higher', DEFAULT_TOLERANCE, elapsed)],
          );
        else expect(status).toHaveProperty('error');
      });
    });

    it(`lists the objectives and their scores on the dashboard (${lang})`, () => {
      const wb = recalculated[lang];
      if (!wb) throw new Error('not recalculated');
      const inputs = okrInputs(lang);
      const expected = coreProgress(inputs);
      const objectives = inputs.flatMap((r, i) =>
        r !== null && !r.keyResult ? [{ name: r.objective, score: expected[i] ?? null }] : [],
      );
      const dashboard = wb.worksheets.find(
        (w) => w.name === (lang === 'en' ? 'Dashboard' : 'Tableau de bord'),
      );
      if (!dashboard) throw new Error('no dashboard');
      objectives.forEach((o, n) => {
        const r = 5 + n;
        expect(plain(dashboard.getCell(r, 1))).toBe(o.name);
        expectCell(plain(dashboard.getCell(r, 2)), o.score, `dashboard ${o.name}`);
      });
      expect(plain(dashboard.getCell(5 + objectives.length, 1))).toBe('');
      // The KPIs counted by status.
      const statuses = kpiInputs(lang).map((r) => {
        const s = kpiStatusRow(
          r?.actual ?? '',
          r?.target ?? '',
          readDirection(r?.direction ?? ''),
          '',
          '',
          style,
        );
        return s === null || isProblem(s) ? null : s;
      });
      const { kpis } = DASHBOARD;
      (['on_track', 'at_risk', 'off_track', 'no_data'] as const).forEach((status, i) => {
        const r = kpis.headerRow + 1 + i;
        expect(plain(dashboard.getCell(r, kpis.column))).toBe(STATUS_LABELS[lang][status]);
        expect(plain(dashboard.getCell(r, kpis.column + 1)), status).toBe(
          statuses.filter((s) => s === status).length,
        );
      });
    });

    it(`gives every KPI the core's status (${lang})`, () => {
      const wb = recalculated[lang];
      if (!wb) throw new Error('not recalculated');
      const sheet = sheetOf(wb, KPIS, lang);
      const at = locate(sheet, KPIS);
      kpiInputs(lang).forEach((input, i) => {
        const r = at.headerRow + 1 + i;
        const status = kpiStatusRow(
          input?.actual ?? '',
          input?.target ?? '',
          readDirection(input?.direction ?? ''),
          '',
          '',
          style,
        );
        const expected =
          status === null || isProblem(status) ? status : STATUS_LABELS[lang][status];
        expectCell(
          plain(sheet.getCell(r, columnOf(at, 'status'))),
          expected,
          `${lang} KPI row ${r}`,
        );
      });
    });
  }
});
