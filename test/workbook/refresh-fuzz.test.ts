import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OKRS } from '../../src/workbook/layout/tables';
import { NOW, OKR_SHEET, okrRows, typeRows, type World, world } from '../support/refresh-world';

/**
 * Randomised sequences of a person's edits (values, formulas, notes, extra columns, inserted
 * rows, sorting, own sheets with Okapi-like headers, values typed over computed cells, rows far
 * below the prepared ones, days passing) and refreshes, through the real bundle: every cell
 * the person wrote is still exactly as written. Each edit writes a unique marker into an empty cell, so the check needs
 * no position tracking: every marker must be found once, unchanged, wherever rows moved.
 */
const HEADER = 4;
const PERSON = [
  'ID',
  'Objective',
  'Key result',
  'Owner',
  'Baseline',
  'Target',
  'Current',
  'Weight',
  'Confidence',
  'Note',
];
const NUMERIC = new Set(['Baseline', 'Target', 'Current', 'Weight', 'Confidence']);

type Edit =
  | { kind: 'value' | 'formula' | 'note'; row: number; column: number }
  /** A person's own ID on a row that has content: the refresh must keep it. */
  | { kind: 'id'; row: number }
  | { kind: 'extraColumn'; at: number }
  | { kind: 'insertRows'; at: number; count: number }
  | { kind: 'sort'; column: number; ascending: boolean }
  /** A person's own sheet whose headers look like Okapi's KPI table. */
  | { kind: 'ownSheet' }
  /** A value typed over a computed cell: the person's from then on. */
  | { kind: 'typeOver'; row: number; column: number }
  /** A key result typed far below the template's prepared rows. */
  | { kind: 'far'; row: number }
  | { kind: 'nextDay' }
  | { kind: 'refresh' };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constantFrom('value', 'formula', 'note'),
    row: fc.nat(9),
    column: fc.nat(40),
  }),
  fc.record({ kind: fc.constant('id'), row: fc.nat(7) }),
  fc.record({ kind: fc.constant('extraColumn'), at: fc.nat(25) }),
  fc.record({
    kind: fc.constant('insertRows'),
    at: fc.nat(12),
    count: fc.integer({ min: 1, max: 2 }),
  }),
  fc.record({ kind: fc.constant('sort'), column: fc.nat(12), ascending: fc.boolean() }),
  fc.constant({ kind: 'ownSheet' } as const),
  fc.record({ kind: fc.constant('typeOver'), row: fc.nat(7), column: fc.nat(2) }),
  fc.record({ kind: fc.constant('far'), row: fc.nat(300) }),
  fc.constant({ kind: 'nextDay' } as const),
  fc.constant({ kind: 'refresh' } as const),
);

const COMPUTED = ['Progress', 'Bar', 'Status'];

interface Written {
  readonly values: Map<string, unknown>;
  readonly formulas: Set<string>;
  readonly notes: Set<string>;
  /** The person's own sheets as they wrote them. */
  readonly sheets: Map<string, unknown[][]>;
  /** Days passed since NOW. */
  days: number;
}

function personColumns(w: World): number[] {
  const header = w.h.spreadsheet.values(OKR_SHEET, `A${HEADER}:AZ${HEADER}`)[0] ?? [];
  return header.flatMap((h, i) =>
    typeof h === 'string' && (PERSON.includes(h) || h.startsWith('Extra')) ? [i + 1] : [],
  );
}

function apply(w: World, e: Edit, n: number, written: Written): void {
  const okr = w.okr;
  const last = Math.max(okr.getLastRow(), HEADER + 1);
  switch (e.kind) {
    case 'refresh':
      w.refresh();
      return;
    case 'nextDay':
      written.days += 1;
      w.h.setNow(new Date(NOW.getTime() + written.days * 86_400_000));
      return;
    case 'ownSheet': {
      const name = `Campaigns ${n}`;
      const rows = [
        ['Measure', 'Target', 'Actual', 'Status', 'Direction', 'Owner'],
        [`Visits ${n}`, 100, 80, `behind ${n}`, 'higher', 'Ana'],
      ];
      w.ss.insertSheet(name).getRange(1, 1, 2, 6).setValues(rows);
      written.sheets.set(name, w.h.spreadsheet.values(name));
      return;
    }
    case 'typeOver': {
      const column = w.col(OKR_SHEET, COMPUTED[e.column % COMPUTED.length] ?? 'Progress');
      const cell = okr.getRange(HEADER + 1 + e.row, column);
      // Typed over a cell that shows a result, as a person would: blank ones stay Okapi's.
      if (cell.getFormula() === '' || cell.getValue() === '') return;
      cell.setValue(`typed ${n}`);
      written.values.set(`typed ${n}`, `typed ${n}`);
      return;
    }
    case 'far': {
      const row = 210 + e.row;
      if (
        w.h.spreadsheet
          .values(OKR_SHEET, `A${row}:Z${row}`)
          .flat()
          .some((v) => v !== '')
      )
        return;
      typeRows(w, OKR_SHEET, row - 1, [
        { Objective: `Far ${n}`, 'Key result': `Far KR ${n}`, Owner: 'Ana', Target: 1000 + n },
      ]);
      for (const v of [`Far ${n}`, `Far KR ${n}`, 1000 + n]) written.values.set(`${v}`, v);
      return;
    }
    case 'extraColumn': {
      const at = 2 + (e.at % okr.getLastColumn());
      okr.insertColumnBefore(at);
      okr.getRange(HEADER, at).setValue(`Extra${n}`);
      written.values.set(`Extra${n}`, `Extra${n}`);
      return;
    }
    case 'insertRows':
      okr.insertRowsBefore(HEADER + 1 + (e.at % (last - HEADER)), e.count);
      return;
    case 'sort': {
      const columns = personColumns(w);
      const by = columns[e.column % columns.length] ?? 2;
      okr
        .getRange(HEADER + 1, 1, last - HEADER, okr.getLastColumn())
        .sort({ column: by, ascending: e.ascending });
      return;
    }
    default: {
      const columns = personColumns(w);
      const column =
        e.kind === 'id' ? w.col(OKR_SHEET, 'ID') : (columns[e.column % columns.length] ?? 2);
      const header = String(okr.getRange(HEADER, column).getValue());
      const cell = okr.getRange(HEADER + 1 + e.row, column);
      if (e.kind === 'note') {
        if (cell.getNote() !== '') return;
        cell.setNote(`note${n}`);
        written.notes.add(`note${n}`);
        return;
      }
      // A person overwrites a cell only in the sense of typing into an empty one here, so each
      // marker is unique; a typed ID replaces the one Okapi gave (people may rename IDs).
      const held = cell.getValue();
      if (
        cell.getFormula() !== '' ||
        (held !== '' && !(e.kind === 'id' && /^(O|KR)\d+$/.test(String(held))))
      )
        return;
      if (e.kind === 'formula') {
        cell.setFormula(`=${1000 + n}+0`);
        written.formulas.add(cell.getFormula());
        return;
      }
      const value = NUMERIC.has(header) ? 1000 + n : header === 'ID' ? `X${n}` : `${header} ${n}`;
      cell.setValue(value);
      written.values.set(`${value}`, value);
    }
  }
}

/** The header of the links Okapi writes (each objective's ID again on its KRs' rows). */
const LINKS = new Set(OKRS.columns.filter((c) => c.written).map((c) => c.header.en));

function check(w: World, written: Written): void {
  const sheet = w.h.spreadsheet.snapshot(OKR_SHEET);
  const header = sheet.values[HEADER - 1] ?? [];
  const values = new Map<string, number>();
  const formulas = new Map<string, number>();
  sheet.formulas.forEach((row, i) => {
    row.forEach((f, j) => {
      if (LINKS.has(String(header[j]))) return;
      if (f !== '') formulas.set(f, (formulas.get(f) ?? 0) + 1);
      else {
        const v = sheet.values[i]?.[j];
        values.set(`${v}`, (values.get(`${v}`) ?? 0) + 1);
      }
    });
  });
  for (const [key, value] of written.values) {
    expect(values.get(key), `value ${key}`).toBe(1);
    expect(sheet.values.flat()).toContain(value);
  }
  for (const f of written.formulas) expect(formulas.get(f), `formula ${f}`).toBe(1);
  for (const [name, values] of written.sheets)
    expect(w.h.spreadsheet.values(name), `sheet ${name}`).toEqual(values);
  const notes = sheet.notes.flat().filter((x) => x !== '');
  for (const note of written.notes)
    expect(
      notes.filter((x) => x === note),
      `note ${note}`,
    ).toHaveLength(1);
}

describe('Refresh progress never changes what a person wrote', () => {
  it('holds for random sequences of edits and refreshes', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 3, maxLength: 9 }), (edits) => {
        const w = world();
        const written: Written = {
          values: new Map(),
          formulas: new Set(),
          notes: new Set(),
          sheets: new Map(),
          days: 0,
        };
        typeRows(w, OKR_SHEET, HEADER, okrRows(2, 3));
        edits.forEach((e, n) => {
          apply(w, e, n, written);
        });
        w.refresh();
        check(w, written);
      }),
      { numRuns: 12 },
    );
  }, 180_000);
});
