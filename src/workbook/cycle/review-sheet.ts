import type { ClosingObjective, ClosingState, Reading } from '../../contract/cycle';
import { isBlank, readWord } from '../../core/cell';
import { byOwner, distribution, sweetSpotShare, TENTHS } from '../../core/review';
import { NUMBER_FORMATS } from '../layout/tables';
import { Block } from '../sheets/block';

/**
 * A closed period's Review sheet (docs/workbook.md#closing-a-period): every objective with its
 * grade and the method's reading, its key results with their computed score, the owner's
 * override and its reason, the closing notes; beside them the distribution of grades (with a
 * chart) and a summary per owner. The sheet is Okapi's and is written whole each time the
 * period is closed; what people write there — overrides, reasons, notes — is read back first
 * and kept.
 */

/** The Review's words, in content.html (no custom function needs them). */
export interface ReviewWords {
  readonly closedOn: string;
  readonly sweetSpot: string;
  readonly average: string;
  readonly perfect: string;
  readonly headers: Readonly<Record<ReviewColumn, string>>;
  readonly readings: Readonly<Record<Reading, string>>;
  readonly grade: string;
  readonly objectives: string;
  readonly krs: string;
  readonly owner: string;
  readonly chart: string;
}

const REVIEW_COLUMNS = [
  'id',
  'objective',
  'keyResult',
  'owner',
  'computed',
  'override',
  'reason',
  'final',
  'reading',
  'note',
] as const;
export type ReviewColumn = (typeof REVIEW_COLUMNS)[number];

/** Where each part sits (1-based). The table's columns are in REVIEW_COLUMNS order from A. */
export const REVIEW = {
  headerRow: 4,
  /** The distribution (grade, objectives, key results), then the owners below it. */
  side: { column: REVIEW_COLUMNS.length + 2, row: 4, width: 4 },
  chart: { column: REVIEW_COLUMNS.length + 7, row: 4 },
} as const;

const at = (key: ReviewColumn): number => REVIEW_COLUMNS.indexOf(key) + 1;

/** The column of final scores and grades: coloured by grade band. */
export const REVIEW_FINAL = at('final');

/** A KR's inputs in a Review. */
export interface KrInputs {
  readonly override: number | null;
  readonly reason: string;
  /**
   * An Override cell that holds no score 0–1 (a word, a date, 80 for 80 %): not counted, and
   * written back as it was, so that closing again never loses what a person typed.
   */
  readonly unread: unknown;
}

/** What people wrote in a Review, by ID: kept when the period is closed again. */
export interface ReviewInputs {
  readonly krs: ReadonlyMap<string, KrInputs>;
  readonly notes: ReadonlyMap<string, string>;
}

export const NO_INPUTS: ReviewInputs = { krs: new Map(), notes: new Map() };

/** The overrides, reasons and notes of a Review as read (getValues of its data range). */
export function reviewInputs(values: readonly (readonly unknown[])[]): ReviewInputs {
  const krs = new Map<string, KrInputs>();
  const notes = new Map<string, string>();
  for (const row of values.slice(REVIEW.headerRow)) {
    const cell = (key: ReviewColumn): unknown => row[at(key) - 1];
    const id = readWord(cell('id')).trim();
    if (id === '') continue;
    if (isBlank(cell('keyResult'))) {
      notes.set(id, readWord(cell('note')));
      continue;
    }
    const override = cell('override');
    const score = typeof override === 'number' && override >= 0 && override <= 1;
    krs.set(id, {
      override: score ? override : null,
      reason: readWord(cell('reason')),
      unread: score ? '' : override,
    });
  }
  return { krs, notes };
}

/**
 * The Review as a block from A1, at least `rows` high so that the rows of an earlier, longer
 * Review are blanked. Titles, notes and reasons are people's text: written as text.
 */
export function planReview(
  state: ClosingState,
  inputs: ReviewInputs,
  title: string,
  closedOn: Date,
  words: ReviewWords,
  rows: number,
): Block {
  const lines = state.objectives.flatMap((o) => [o, ...o.krs.map((k) => ({ o, k }))]);
  const krs = state.objectives.flatMap((o) => o.krs);
  const owners = byOwner(krs.map((k) => ({ owner: k.owner, final: k.final, weight: 1 })));
  const sideRows = REVIEW.side.row + TENTHS + 2 + owners.length;
  const height = Math.max(rows, REVIEW.headerRow + lines.length, sideRows);
  const b = new Block(height, REVIEW.side.column + REVIEW.side.width - 1);
  const score = NUMBER_FORMATS.score;

  b.text(1, 1, title).bold(1, 1);
  const grades = state.objectives.map((o) => o.grade);
  const graded = grades.filter((g): g is number => g !== null);
  b.text(2, 1, words.closedOn).value(2, 2, closedOn).format(2, 2, NUMBER_FORMATS.date);
  b.text(2, 3, words.sweetSpot);
  const spot = sweetSpotShare(grades);
  if (spot !== null) {
    b.value(2, 4, spot).format(2, 4, NUMBER_FORMATS.percent);
    b.text(2, 5, words.average);
    b.value(2, 6, graded.reduce((s, g) => s + g, 0) / graded.length).format(2, 6, score);
  }
  b.text(2, 7, words.perfect).value(2, 8, krs.filter((k) => (k.final ?? 0) >= 1).length);

  REVIEW_COLUMNS.forEach((key, i) => {
    b.text(REVIEW.headerRow, i + 1, words.headers[key]).bold(REVIEW.headerRow, i + 1);
  });
  lines.forEach((line, i) => {
    const r = REVIEW.headerRow + 1 + i;
    const put = (key: ReviewColumn, text: string): void => {
      b.text(r, at(key), text);
    };
    const number = (key: ReviewColumn, n: number | null): void => {
      if (n !== null) b.value(r, at(key), n);
    };
    // Scores from Computed to Final on every line, the reason's text between them unchanged by
    // it: one rectangle of formats (one call), whatever the number of objectives.
    for (let c = at('computed'); c <= at('final'); c++) b.format(r, c, score);
    if ('k' in line) {
      const { o, k } = line;
      put('id', k.id);
      put('objective', o.title);
      put('keyResult', k.title);
      put('owner', k.owner);
      number('computed', k.computed);
      number('override', k.override);
      const unread = inputs.krs.get(k.id)?.unread;
      if (k.override === null && !isBlank(unread))
        if (typeof unread === 'string') put('override', unread);
        else b.value(r, at('override'), unread);
      put('reason', k.reason);
      number('final', k.final);
      // A KR at 1.0 is flagged: one reached every time says the bar was low.
      if (k.final !== null && k.final >= 1) put('reading', words.readings.aim_higher);
      return;
    }
    const o: ClosingObjective = line;
    put('id', o.id);
    put('objective', o.title);
    put('owner', o.owner);
    number('final', o.grade);
    if (o.reading !== null) put('reading', words.readings[o.reading]);
    put('note', o.note);
    for (const key of REVIEW_COLUMNS) b.bold(r, at(key));
  });

  const { column: c, row } = REVIEW.side;
  b.text(row, c, words.grade)
    .text(row, c + 1, words.objectives)
    .text(row, c + 2, words.krs);
  for (let i = 0; i < 3; i++) b.bold(row, c + i);
  const objectives = distribution(grades);
  const results = distribution(krs.map((k) => k.final));
  for (let i = 0; i < TENTHS; i++) {
    // The grade as text: a category the chart labels its columns with.
    b.text(row + 1 + i, c, (i / 10).toFixed(1));
    b.value(row + 1 + i, c + 1, objectives[i] ?? 0).value(row + 1 + i, c + 2, results[i] ?? 0);
  }
  const top = row + TENTHS + 2;
  [words.owner, words.krs, words.perfect, words.average].forEach((h, i) => {
    b.text(top, c + i, h).bold(top, c + i);
  });
  owners.forEach((o, i) => {
    b.text(top + 1 + i, c, o.owner).value(top + 1 + i, c + 1, o.krs);
    b.value(top + 1 + i, c + 2, o.perfect).value(top + 1 + i, c + 3, o.average);
    b.format(top + 1 + i, c + 3, score);
  });
  return b;
}

/** The distribution's rows (header included), which the chart draws. */
export const DISTRIBUTION_ROWS = TENTHS + 1;
