import type {
  CloseResult,
  ClosingChoices,
  ClosingKr,
  ClosingObjective,
  ClosingState,
} from '../../contract/cycle';
import { readWord } from '../../core/cell';
import { langOfLocale } from '../../core/lang';
import { numberStyleOf } from '../../core/number';
import { isProblem } from '../../core/problem';
import { finalScore, objectiveGrade, readingOf } from '../../core/review';
import { readWeight } from '../../core/rows';
import { BandRules } from '../layout/bands';
import { columnLetter } from '../layout/columns';
import { REVIEW_NAME } from '../layout/tables';
import { previewRefresh, type RefreshResult, refreshWorkbook } from '../refresh/refresh';
import { writeBlock } from '../sheets/block';
import { cellOf } from '../sheets/cells';
import { withDocumentLock } from '../sheets/document-lock';
import { currentOkrTable } from '../sheets/found-table';
import { markSheet } from '../sheets/marks';
import { insertFreeSheet } from '../sheets/sheet-names';
import { crossing } from '../sidebar/crossing';
import { inputError } from '../sidebar/input';
import { bannerPeriod, type PeriodDates } from './period-table';
import {
  DISTRIBUTION_ROWS,
  NO_INPUTS,
  planReview,
  REVIEW,
  REVIEW_FINAL,
  type ReviewInputs,
  type ReviewWords,
  reviewInputs,
} from './review-sheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Closing a period (docs/workbook.md#closing-a-period): the period's grades, from the current
 * OKR sheet as a refresh reads it, with what people wrote in its Review (overrides, reasons,
 * notes) and what they choose now. The OKR sheet stays as it is, editable: final numbers that
 * arrive late are taken by closing again, which rewrites the Review and keeps its inputs.
 */

/** The current period's grades: from a refresh's result and the Review's inputs. */
export function closingState(
  found: RefreshResult,
  inputs: ReviewInputs,
  locale: string,
  timeZone: string,
): ClosingState {
  const lang = langOfLocale(locale);
  const t = currentOkrTable(found.read.tables);
  const period = t === null ? null : bannerPeriod(t, timeZone, lang);
  const style = numberStyleOf(locale);
  const objectives = found.objectives
    .filter((o) => t !== null && o.sheet === t.sheet)
    .map((o): ClosingObjective => {
      const weights: number[] = [];
      const krs = o.krs.map((k): ClosingKr => {
        const cell = (key: 'keyResult' | 'owner' | 'weight'): unknown =>
          t === null ? '' : cellOf(t, k.row, key);
        const weight = readWeight(cell('weight'), () => style);
        weights.push(isProblem(weight) ? 0 : weight);
        const kept = inputs.krs.get(k.id);
        const override = kept?.override ?? null;
        return {
          id: k.id,
          title: readWord(cell('keyResult')),
          owner: readWord(cell('owner')),
          computed: k.score,
          override,
          reason: kept?.reason ?? '',
          final: finalScore(k.score, override),
        };
      });
      const grade = objectiveGrade(
        krs.map((k, i) => ({ owner: k.owner, final: k.final, weight: weights[i] ?? 1 })),
      );
      return {
        id: o.id,
        title: o.title,
        owner: t === null ? '' : readWord(cellOf(t, o.row, 'owner')),
        grade,
        reading: grade === null ? null : readingOf(grade),
        note: inputs.notes.get(o.id) ?? '',
        krs,
      };
    });
  const review = reviewOf(found, period);
  return {
    lang,
    locale,
    period: period?.name ?? null,
    review: review === undefined ? null : review.getName(),
    objectives,
  };
}

/** The Review sheet of that period, if the period was closed before. */
export function reviewOf(found: RefreshResult, period: PeriodDates | null): Sheet | undefined {
  if (period === null) return undefined;
  const r = found.read.reviews.find((x) => x.period === period.name.start);
  return r === undefined ? undefined : found.read.sheets[r.sheet];
}

/** What a Review holds, as its inputs; none when there is no Review yet. */
export function inputsOf(review: Sheet | undefined): { inputs: ReviewInputs; rows: number } {
  if (review === undefined) return { inputs: NO_INPUTS, rows: 0 };
  const values = review.getDataRange().getValues();
  return { inputs: reviewInputs(values), rows: values.length };
}

/** The closing view's state: what a refresh finds now (nothing written), and the Review's inputs. */
export function loadClosing(ss: Spreadsheet): ClosingState {
  const locale = ss.getSpreadsheetLocale();
  const timeZone = ss.getSpreadsheetTimeZone();
  const found = previewRefresh(ss);
  const t = currentOkrTable(found.read.tables);
  const period = t === null ? null : bannerPeriod(t, timeZone, langOfLocale(locale));
  const review = reviewOf(found, period);
  return crossing(closingState(found, inputsOf(review).inputs, locale, timeZone));
}

/** The Review's inputs with the person's choices laid over them (a choice left out keeps its). */
function withChoices(inputs: ReviewInputs, choices: ClosingChoices): ReviewInputs {
  const krs = new Map(inputs.krs);
  for (const c of choices.krs ?? [])
    krs.set(c.krId, { override: c.override, reason: c.reason, unread: '' });
  const notes = new Map(inputs.notes);
  for (const n of choices.notes ?? []) notes.set(n.objectiveId, n.note);
  return { krs, notes };
}

/**
 * Closes the current period: a refresh first (so late numbers and the day's check-ins are in),
 * then, under the document lock, the Review written — a new sheet the first time, the same one
 * rewritten after. `choices` are checked (choices.ts) before anything is written.
 */
export function closePeriod(
  ss: Spreadsheet,
  choices: ClosingChoices,
  words: ReviewWords,
  failure: (reason: 'no_period') => Error,
): CloseResult {
  const locale = ss.getSpreadsheetLocale();
  const lang = langOfLocale(locale);
  const timeZone = ss.getSpreadsheetTimeZone();
  const found = refreshWorkbook(lang, ss);
  const t = currentOkrTable(found.read.tables);
  const period = t === null ? null : bannerPeriod(t, timeZone, lang);
  if (t === null || period === null) throw failure('no_period');
  const objectives = found.objectives.filter((o) => o.sheet === t.sheet);
  const krs = new Set(objectives.flatMap((o) => o.krs.map((k) => k.id)));
  const ids = new Set(objectives.map((o) => o.id));
  choices.krs?.forEach((k, i) => {
    if (!krs.has(k.krId)) throw inputError(lang, [`krs#${i}`, 'krId'], 'unknown');
  });
  choices.notes?.forEach((n, i) => {
    if (!ids.has(n.objectiveId))
      throw inputError(lang, [`notes#${i}`, 'objectiveId'], 'unknownObjective');
  });
  return withDocumentLock(lang, () => {
    const existing = reviewOf(found, period);
    const { inputs, rows } = inputsOf(existing);
    const kept = withChoices(inputs, choices);
    const state = closingState(found, kept, locale, timeZone);
    const title = `${REVIEW_NAME[lang]} ${period.name.label}`;
    const sheet = existing ?? insertFreeSheet(ss, title).sheet;
    const block = planReview(state, kept, title, new Date(), words, rows);
    writeBlock(sheet.getRange(1, 1, block.rows, block.columns), block);
    if (existing === undefined) {
      markSheet(sheet, 'review', lang, period.name.start);
      decorate(sheet);
    }
    return crossing({ state: { ...state, review: sheet.getName() }, review: sheet.getName() });
  });
}

/** A new Review's grade colours, frozen header and chart of the distribution. */
function decorate(sheet: Sheet): void {
  sheet.setFrozenRows(REVIEW.headerRow);
  const final = `${columnLetter(REVIEW_FINAL)}${REVIEW.headerRow + 1}`;
  new BandRules().apply(sheet, sheet.getRange(`${final}:${columnLetter(REVIEW_FINAL)}`), final);
  const { column, row } = REVIEW.side;
  const letters = `${columnLetter(column)}${row}:${columnLetter(column + 2)}${row + DISTRIBUTION_ROWS - 1}`;
  sheet.insertChart(
    sheet
      .newChart()
      .asColumnChart()
      .addRange(sheet.getRange(letters))
      .setPosition(REVIEW.chart.row, REVIEW.chart.column, 0, 0)
      .build(),
  );
}
