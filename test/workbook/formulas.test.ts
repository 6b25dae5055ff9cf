import fc from 'fast-check';
import { DetailedCellError, HyperFormula } from 'hyperformula';
import { describe, expect, it } from 'vitest';
import { DONE_WORDS, KIND_LABELS, KIND_WORDS, KR_KINDS } from '../../src/core/kind';
import { DEFAULT_TOLERANCE, DIRECTION_LABELS, kpiStatus, STATUS_LABELS } from '../../src/core/kpi';
import { LANGS, type Lang } from '../../src/core/lang';
import { numberStyleOf } from '../../src/core/number';
import { WeightedMean } from '../../src/core/objective';
import { isProblem, type Problem } from '../../src/core/problem';
import { kpiStatusRow, readDirection, readKind, readWeight, scoreKrRow } from '../../src/core/rows';
import { formulaContext, templateLocation } from '../../src/workbook/layout/columns';
import { KPIS, OKRS, type TableSheet } from '../../src/workbook/layout/tables';

/**
 * The template's native formulas (formulas.ts, wired as layout.ts wires them) evaluated by
 * HyperFormula on generated rows, against the core: the same numbers to 1e-9, the same
 * statuses, and an error wherever the core reports a problem.
 */
type Value = number | string | boolean;
const style = () => numberStyleOf('en_US');
/** The columns evaluated here; the bar needs SPARKLINE and is not math. */
// The KPI's status reads its period's value, target and elapsed share: for a KPI without a
// frequency (these rows) the value is its Actual, the target its Target and the share 1,
// whatever the KPI history and the KPI targets hold.
const COMPUTED = new Set([
  'kindKey',
  'score',
  'weighted',
  'counted',
  'progress',
  'status',
  'value',
  'periodTarget',
  'frequencyKey',
  'measureKey',
  'elapsed',
]);

/** A sheet laid out as the template lays it out, with the given input rows below the header. */
function evaluate(
  table: TableSheet,
  lang: Lang,
  inputs: readonly Readonly<Record<string, Value>>[],
  named: Readonly<Record<string, Value>> = {},
): (key: string, i: number) => unknown {
  const at = templateLocation(table);
  const last = table.headerRow + inputs.length;
  const width = table.columns.length;
  const grid: (Value | null)[][] = Array.from({ length: last }, () => new Array(width).fill(null));
  for (const [key, v] of Object.entries(named)) {
    const [r, c] = at.named[key] ?? [0, 0];
    const row = grid[r - 1];
    if (row) row[c - 1] = v;
  }
  inputs.forEach((input, i) => {
    const r = table.headerRow + 1 + i;
    const row = grid[r - 1] ?? [];
    const ctx = formulaContext(at, r, last, lang, 'sheets');
    for (const column of table.columns) {
      const c = (at.columns[column.key] ?? 0) - 1;
      const v = input[column.key];
      if (column.formula && COMPUTED.has(column.key)) row[c] = `=${column.formula(ctx)}`;
      else if (v !== undefined && v !== '') row[c] = v;
    }
  });
  // Plain IEEE comparisons, as the core makes them: HyperFormula otherwise treats numbers
  // within 1e-13 of each other as equal and rounds results to 14 digits.
  const hf = HyperFormula.buildFromArray(grid, {
    licenseKey: 'gpl-v3',
    // As Sheets compares text: accents count, case does not.
    accentSensitive: true,
    smartRounding: false,
    precisionEpsilon: 0,
  });
  return (key, i) =>
    hf.getCellValue({ sheet: 0, row: table.headerRow + i, col: (at.columns[key] ?? 0) - 1 });
}

function expectSame(actual: unknown, expected: number | string | null | Problem, where: string) {
  if (expected === null) expect(actual === null || actual === '', where).toBe(true);
  else if (isProblem(expected)) expect(actual, where).toBeInstanceOf(DetailedCellError);
  else if (typeof expected === 'number') {
    expect(typeof actual, where).toBe('number');
    expect(Math.abs((actual as number) - expected), where).toBeLessThan(1e-9);
  } else expect(actual, where).toBe(expected);
}

/**
 * Words as people type them: any case, spaces around and doubled inside, and words outside the
 * vocabulary (unaccented where the vocabulary has only accents, wildcards, the words of
 * another list). Core and formulas must read each alike: the same kind, or both refuse.
 */
const typed = (words: readonly string[]) =>
  fc
    .tuple(
      fc.constantFrom(...words),
      fc.constantFrom('lower', 'upper', 'title'),
      fc.constantFrom('', ' ', '  '),
      fc.boolean(),
    )
    .map(([w, c, pad, double]) => {
      const cased =
        c === 'upper'
          ? w.toUpperCase()
          : c === 'title'
            ? w.charAt(0).toUpperCase() + w.slice(1)
            : w;
      return pad + (double ? cased.replace(/ /g, '  ') : cased) + pad;
    });

const OUTSIDE = ['sideways', 'in*', 'incr?', '~up', 'constructor', '__proto__', 'reduíre', 'étapé'];
const kindWord = fc.oneof(
  fc.constant(''),
  typed(KR_KINDS.flatMap((k) => KIND_WORDS[k])),
  typed(LANGS.flatMap((l) => Object.values(KIND_LABELS[l]))),
  typed(OUTSIDE),
);

/**
 * Numbers a KR holds: small integers, cents and any double of a plausible size. Subnormal
 * numbers are left out: a span of 1e-320 overflows the formulas' division to #NUM! where the
 * core compares first (a limit no real KR reaches).
 */
const amount = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }),
  fc.integer({ min: -100_000, max: 100_000 }).map((n) => n / 100),
  fc
    .double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true })
    .map((x) => (Math.abs(x) < 1e-12 ? 0 : x)),
);
const maybe = <T>(a: fc.Arbitrary<T>) => fc.oneof(fc.constant(''), a);

const doneWord = fc.oneof(
  fc.boolean(),
  fc.constantFrom(0, 1, 2, 0.5),
  typed(DONE_WORDS),
  typed(['no', 'non', 'later', 'd*ne', '?', 'done|yes']),
);

const krRow = fc
  .record({
    kind: kindWord,
    baseline: maybe(amount),
    target: maybe(amount),
    current: maybe(amount),
    weight: maybe(fc.oneof(fc.constantFrom(0, 1, 2, 3), fc.integer({ min: -1, max: 5 }))),
    done: doneWord,
    sameBounds: fc.boolean(),
    milestoneWithDone: fc.boolean(),
  })
  .map(({ done, sameBounds, milestoneWithDone, ...r }): Record<string, Value> => {
    const kind = readKind(r.kind);
    const milestone = kind === 'milestone';
    return {
      ...r,
      // A target equal to the baseline is an error case worth reaching often.
      target: sameBounds && r.baseline !== '' ? r.baseline : r.target,
      current: milestone && milestoneWithDone ? done : r.current,
    };
  });

/** An objective: its own row, then 1–6 KR rows naming it, in some order with blank rows. */
const okrSheet = fc.array(
  fc.record({
    objective: fc.constantFrom('Grow', 'Keep', 'Ship', 'Please'),
    krs: fc.array(fc.option(krRow, { freq: 6 }), { minLength: 0, maxLength: 6 }),
  }),
  { minLength: 1, maxLength: 4 },
);

/** The core's KR score and objective roll-up, as KR_PROGRESS and OKR_SCORE compute them. */
function coreRows(rows: readonly Record<string, Value>[]): (number | null | Problem)[] {
  const scores = rows.map((r) =>
    r.keyResult
      ? scoreKrRow(r.current ?? '', r.target ?? '', r.baseline ?? '', readKind(r.kind ?? ''), style)
      : null,
  );
  return rows.map((r, i) => {
    if (r.keyResult) return scores[i] ?? null;
    if (!r.objective) return null;
    const mean = new WeightedMean();
    for (const [j, kr] of rows.entries()) {
      const score = scores[j];
      if (!kr.keyResult || kr.objective !== r.objective || score === null || score === undefined)
        continue;
      if (isProblem(score)) return score;
      const w = readWeight(kr.weight ?? '', style);
      const problem = isProblem(w) ? w : mean.add(score, w);
      if (problem) return problem;
    }
    return mean.score();
  });
}

describe('native formulas against the core (HyperFormula)', () => {
  it('Progress: every KR score and every objective roll-up', () => {
    fc.assert(
      fc.property(okrSheet, fc.constantFrom(...LANGS), (objectives, lang) => {
        const rows: Record<string, Value>[] = [];
        objectives.forEach(({ objective, krs }, o) => {
          rows.push({ objective });
          krs.forEach((kr, k) => {
            rows.push(kr === null ? {} : { ...kr, objective, keyResult: `KR ${o}.${k}` });
          });
        });
        const cell = evaluate(OKRS, lang, rows, { elapsed: 1 });
        coreRows(rows).forEach((expected, i) => {
          expectSame(cell('progress', i), expected, `row ${i}: ${JSON.stringify(rows[i])}`);
        });
      }),
      { numRuns: 150 },
    );
  });

  it('Status by pace: progress against the share of the period elapsed', () => {
    const fraction01 = fc.oneof(
      fc.integer({ min: 0, max: 100 }).map((n) => n / 100),
      fc.double({ min: 0, max: 1, noNaN: true }),
    );
    fc.assert(
      fc.property(
        fc.array(fraction01, { minLength: 1, maxLength: 10 }),
        fraction01,
        fc.constantFrom(...LANGS),
        (drawn, elapsed, lang) => {
          // Progress exactly on pace and exactly on the tolerance boundary below it, too.
          const progresses = [...drawn, elapsed, elapsed - elapsed / 10];
          // KRs going from 0 to 1: their current value is their progress.
          const rows = progresses.map((p, i) => ({
            objective: 'O',
            keyResult: `KR ${i}`,
            baseline: 0,
            target: 1,
            current: p,
          }));
          const cell = evaluate(OKRS, lang, rows, { elapsed });
          progresses.forEach((p, i) => {
            // The status reads Progress, which is the score rounded to 10 decimals.
            const progress = scoreKrRow(p, 1, 0, 'auto', style);
            if (typeof progress !== 'number') throw new Error('a 0–1 progress always scores');
            const expected =
              STATUS_LABELS[lang][kpiStatus(progress, 1, 'higher', DEFAULT_TOLERANCE, elapsed)];
            expect(cell('status', i), `progress ${p}, elapsed ${elapsed}`).toBe(expected);
          });
        },
      ),
      { numRuns: 100 },
    );
  });

  it('KPI status: every direction word, blanks, and the tolerance boundary', () => {
    const directionWord = fc.oneof(
      fc.constant(''),
      typed(LANGS.flatMap((l) => Object.values(DIRECTION_LABELS[l]))),
    );
    const kpiRow = fc
      .record({
        actual: maybe(amount),
        target: maybe(amount),
        direction: directionWord,
        // Put the actual on the tolerance boundary (target ± 10 %) or on the target itself.
        edge: fc.constantFrom('none', 'none', 'target', 'below', 'above'),
      })
      .map(({ edge, ...r }): Record<string, Value> => {
        const t = r.target;
        if (typeof t !== 'number' || edge === 'none') return r;
        const margin = Math.abs(t) / 10;
        return { ...r, actual: edge === 'target' ? t : edge === 'below' ? t - margin : t + margin };
      });
    fc.assert(
      fc.property(
        fc.array(kpiRow, { minLength: 1, maxLength: 8 }),
        fc.constantFrom(...LANGS),
        (rows, lang) => {
          const cell = evaluate(KPIS, lang, rows);
          rows.forEach((r, i) => {
            const status = kpiStatusRow(
              r.actual ?? '',
              r.target ?? '',
              readDirection(r.direction ?? ''),
              '',
              '',
              style,
            );
            const expected =
              status === null || isProblem(status) ? status : STATUS_LABELS[lang][status];
            expectSame(cell('status', i), expected, JSON.stringify(r));
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
