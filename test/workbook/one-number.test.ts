import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SidebarState } from '../../src/contract/sidebar';
import { DONE_WORDS, KIND_WORDS, KR_KINDS } from '../../src/core/kind';
import { columnLetter } from '../../src/workbook/layout/columns';
import { OKRS } from '../../src/workbook/layout/tables';
import { emulatedServer } from '../support/emulated-server';
import { HISTORY_SHEET, OKR_SHEET, type Row, typeRows, world } from '../support/refresh-world';

/**
 * One number per key result, whatever path computes it: random KRs typed into the template
 * (every kind word of the vocabulary and words outside it, spaced and cased as people type,
 * done words, blanks, both directions), then the menu's refresh. Row by row, the sheet's native
 * Progress (evaluated by the emulation's engine), KR_PROGRESS typed in a cell, the sidebar's
 * score and the history's check-in are equal, or all refuse; and so are each objective's
 * native roll-up, OKR_SCORE over its rows, the sidebar's and the history's.
 */
const HEADER = OKRS.headerRow;
/** Spare columns right of the table, where a person types the custom functions. */
const FN = OKRS.columns.length + 3;

const spaced = (w: string) =>
  fc
    .tuple(fc.constantFrom('', ' ', '  '), fc.boolean(), fc.boolean())
    .map(([pad, upper, double]) => {
      const cased = upper ? w.toUpperCase() : w;
      return pad + (double ? cased.replace(/ /g, '  ') : cased) + pad;
    });

const kindWord = fc.oneof(
  fc.constant(''),
  fc.constantFrom(...KR_KINDS.flatMap((k) => KIND_WORDS[k])).chain(spaced),
  fc.constantFrom('sideways', 'in*', 'reduíre', 'constructor').chain(spaced),
);
const amount = fc.oneof(
  fc.constant(''),
  fc.integer({ min: -50, max: 250 }),
  fc.integer({ min: 0, max: 100 }).map((n) => n / 100),
);
const current = fc.oneof(
  amount,
  fc.boolean(),
  fc.constantFrom(...DONE_WORDS, 'no', 'later').chain(spaced),
);

const kr = fc.record({
  Kind: kindWord,
  Baseline: amount,
  Target: amount,
  Current: current,
  Weight: fc.constantFrom('', 0, 1, 2),
});

const sheetRows = fc.array(fc.array(kr, { minLength: 1, maxLength: 4 }), {
  minLength: 1,
  maxLength: 3,
});

/** A computed or custom-function cell as a comparable result: a number, blank, or refused. */
function result(v: unknown): number | '' | 'refused' {
  if (typeof v === 'number') return Math.round(v * 1e9) / 1e9;
  if (v === '' || v === null || v === undefined) return '';
  return 'refused';
}

describe('every path gives the same number for every word people type', () => {
  it('native Progress, KR_PROGRESS, OKR_SCORE, the sidebar and the history agree', () => {
    fc.assert(
      fc.property(sheetRows, (objectives) => {
        const w = world();
        const rows: Row[] = [];
        objectives.forEach((krs, o) => {
          const objective = `Objective ${'abc'[o]}`;
          rows.push({ Objective: objective, Owner: 'Ana' });
          krs.forEach((k, i) => {
            rows.push({ ...k, Objective: objective, 'Key result': `KR ${o}.${i}`, Owner: 'Ben' });
          });
        });
        typeRows(w, OKR_SHEET, HEADER, rows);
        const col = (h: string) => columnLetter(w.col(OKR_SHEET, h));
        const [cur, tgt, base, kind, weight] = [
          'Current',
          'Target',
          'Baseline',
          'Kind',
          'Weight',
        ].map(col);
        // A person's custom functions beside each row: KR_PROGRESS on KR rows, OKR_SCORE on an
        // objective's row over its KRs' rows.
        let r = HEADER + 1;
        const fns: { row: number; formula: string }[] = [];
        for (const krs of objectives) {
          const [a, b] = [r + 1, r + krs.length];
          const range = (c: string | undefined) => `${c}${a}:${c}${b}`;
          fns.push({
            row: r,
            formula: `=OKR_SCORE(${range(cur)},${range(tgt)},${range(base)},${range(weight)},${range(kind)})`,
          });
          for (let k = a; k <= b; k++)
            fns.push({
              row: k,
              formula: `=KR_PROGRESS(${cur}${k},${tgt}${k},${base}${k},${kind}${k})`,
            });
          r = b + 1;
        }
        for (const f of fns) w.okr.getRange(f.row, FN).setFormula(f.formula);
        w.refresh();

        const state = emulatedServer(w.h)('okapiSidebarLoad', []) as SidebarState;
        const history = w.h.spreadsheet.values(HISTORY_SHEET).slice(3);
        const snapshot = new Map(history.map((h) => [String(h[1]), h[5]]));
        const ids = w.h.spreadsheet.values(OKR_SHEET, `A1:A${r}`).map((x) => String(x[0]));
        const progress = w.h.spreadsheet.values(
          OKR_SHEET,
          `${col('Progress')}1:${col('Progress')}${r}`,
        );
        const fn = w.h.spreadsheet.values(
          OKR_SHEET,
          `${columnLetter(FN)}1:${columnLetter(FN)}${r}`,
        );
        for (const f of fns) {
          const id = ids[f.row - 1] ?? '';
          const where = `row ${f.row} ${id}: ${JSON.stringify(rows[f.row - HEADER - 1])}`;
          const native = result(progress[f.row - 1]?.[0]);
          const custom = result(fn[f.row - 1]?.[0]);
          const sidebar = id.startsWith('KR')
            ? (state.objectives.flatMap((o) => o.krs).find((k) => k.id === id)?.score ?? null)
            : (state.objectives.find((o) => o.id === id)?.progress.score ?? null);
          const kept = snapshot.get(id);
          // KR_PROGRESS and OKR_SCORE refuse where the sheet shows an error; the sidebar and the
          // history then have no score.
          expect(custom, where).toEqual(native);
          expect(
            sidebar === null ? native === '' || native === 'refused' : native === result(sidebar),
            where,
          ).toBe(true);
          // A check-in is recorded once a KR has a value (an objective once it has a score).
          if (kept !== undefined)
            expect(result(kept === '' ? null : kept), where).toEqual(
              native === 'refused' ? '' : native,
            );
        }
      }),
      { numRuns: 6 },
    );
  }, 180_000);
});
