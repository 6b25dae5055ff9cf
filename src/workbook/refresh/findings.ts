import type { Lang } from '../../core/lang';
import { problemMessage } from '../../core/messages';
import type { Problem } from '../../core/problem';
import type { MarkedRole } from '../sheets/marks';

/**
 * The sentences of the refresh's findings, with {placeholders} that findingMessage fills. They
 * live in content.html (src/content/finding-words.ts), not in the bundle every custom function loads: only a refresh that
 * found something reads them.
 */
export interface FindingWords {
  readonly objective_has_number: string;
  readonly too_few_krs_one: string;
  readonly too_few_krs_other: string;
  readonly too_many_krs: string;
  readonly kr_without_owner: string;
  readonly kr_without_target: string;
  readonly kr_invalid: string;
  readonly kr_orphan: string;
  readonly kr_orphan_none: string;
  readonly duplicate_id: string;
  readonly missing_columns_one: string;
  readonly missing_columns_other: string;
  readonly no_okr_table: string;
  readonly no_history: string;
  readonly kr_stale: string;
  readonly kr_not_started: string;
  readonly kr_behind: string;
  readonly kr_past_due: string;
  readonly objective_not_aligned: string;
  readonly header_row_missing: string;
  readonly typed_over_one: string;
  readonly typed_over_other: string;
  readonly duplicate_objective: string;
  readonly objective_renamed_one: string;
  readonly objective_renamed_other: string;
  /** The names of Okapi's sheets, for the sentences that name one that is gone. */
  readonly roles: Readonly<Record<MarkedRole, string>>;
  /** Where, appended to the sentence: the sheet alone, or the sheet and a row. */
  readonly at_sheet: string;
  readonly at_row: string;
}

/**
 * What a refresh found worth a person's attention (docs/workbook.md#refresh), as data for the sidebar and
 * as sentences for the menu's dialog. The planner states the facts and where they are; the
 * words are added once the sheet names are known (they cost a service call each).
 */
export type FindingFacts =
  | { readonly code: 'objective_has_number'; readonly title: string }
  | {
      readonly code: 'too_few_krs' | 'too_many_krs';
      readonly title: string;
      readonly count: number;
    }
  | { readonly code: 'kr_without_owner' | 'kr_without_target'; readonly title: string }
  | { readonly code: 'kr_invalid'; readonly title: string; readonly problem: Problem }
  /** A KR naming an objective no row of its sheet holds ('' when it names none). */
  | { readonly code: 'kr_orphan'; readonly title: string; readonly objective: string }
  | { readonly code: 'duplicate_id'; readonly id: string }
  /** Headers (or banner labels) the refresh needs and did not find, in the table's language. */
  | {
      readonly code: 'missing_columns';
      readonly table: string;
      readonly headers: readonly string[];
    }
  | { readonly code: 'no_okr_table' }
  /** Health checks, with the threshold crossed (the banner's settings). */
  | { readonly code: 'kr_stale' | 'kr_not_started'; readonly title: string; readonly days: number }
  | { readonly code: 'kr_behind'; readonly title: string; readonly points: number }
  | { readonly code: 'kr_past_due'; readonly title: string }
  | { readonly code: 'objective_not_aligned'; readonly title: string }
  | { readonly code: 'no_history' }
  /** A marked table whose header row is gone (deleted, or every header renamed). */
  | { readonly code: 'header_row_missing'; readonly role: MarkedRole }
  /** Computed cells of a column that a person typed over: kept, and listed by row. */
  | {
      readonly code: 'typed_over';
      readonly column: string;
      readonly rows: string;
      readonly count: number;
    }
  /** A second objective row with the same title (compared ignoring case). */
  | { readonly code: 'duplicate_objective'; readonly title: string }
  /** An objective renamed in its row: its key results' Objective cells now say the new title. */
  | {
      readonly code: 'objective_renamed';
      readonly from: string;
      readonly to: string;
      readonly count: number;
    };

export type FindingCode = FindingFacts['code'];

/** Where a finding is: a sheet (by index until its name is read), a row, the IDs involved. */
export interface FindingPlace {
  readonly sheet: number | null;
  readonly row: number | null;
  readonly objectiveId: string | null;
  readonly krId: string | null;
}

export type PlannedFinding = FindingFacts & FindingPlace;

/** A planned finding once its sheet's name is known: what a refresh returns. */
export type LocatedFinding = FindingFacts & {
  readonly sheet: string | null;
  readonly row: number | null;
  readonly objectiveId: string | null;
  readonly krId: string | null;
};

/** The findings' sentences in a language, read from content.html only when there are findings. */
export type WordsOf = (lang: Lang) => FindingWords;

/** Fills a sentence's {placeholders}; a name the sentence does not hold is left out. */
function fill(sentence: string, values: Readonly<Record<string, string | number>>): string {
  return sentence.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}

const q = (text: string): string => `“${text.length > 60 ? `${text.slice(0, 57)}…` : text}”`;

function sentence(f: FindingFacts, words: FindingWords, lang: Lang): string {
  switch (f.code) {
    case 'objective_has_number':
    case 'kr_without_owner':
    case 'kr_without_target':
    case 'kr_past_due':
    case 'objective_not_aligned':
      return fill(words[f.code], { title: q(f.title) });
    case 'kr_stale':
    case 'kr_not_started':
      return fill(words[f.code], { title: q(f.title), days: f.days });
    case 'kr_behind':
      return fill(words.kr_behind, { title: q(f.title), points: f.points });
    case 'too_few_krs':
      return fill(words[f.count === 1 ? 'too_few_krs_one' : 'too_few_krs_other'], {
        title: q(f.title),
        count: f.count,
      });
    case 'too_many_krs':
      return fill(words.too_many_krs, { title: q(f.title), count: f.count });
    case 'kr_invalid':
      return fill(words.kr_invalid, {
        title: q(f.title),
        problem: problemMessage(f.problem, lang),
      });
    case 'kr_orphan':
      return f.objective === ''
        ? fill(words.kr_orphan_none, { title: q(f.title) })
        : fill(words.kr_orphan, { title: q(f.title), objective: q(f.objective) });
    case 'duplicate_id':
      return fill(words.duplicate_id, { id: f.id });
    case 'missing_columns':
      return fill(words[f.headers.length > 1 ? 'missing_columns_other' : 'missing_columns_one'], {
        table: f.table,
        headers: f.headers.map(q).join(', '),
      });
    case 'no_okr_table':
    case 'no_history':
      return words[f.code];
    case 'header_row_missing':
      return fill(words.header_row_missing, { sheet: q(words.roles[f.role]) });
    case 'typed_over':
      return fill(words[f.count === 1 ? 'typed_over_one' : 'typed_over_other'], {
        column: q(f.column),
        rows: f.rows,
        count: f.count,
      });
    case 'duplicate_objective':
      return fill(words.duplicate_objective, { title: q(f.title) });
    case 'objective_renamed':
      return fill(words[f.count === 1 ? 'objective_renamed_one' : 'objective_renamed_other'], {
        from: q(f.from),
        to: q(f.to),
        count: f.count,
      });
  }
}

/**
 * A finding's sentence in the user's language, its place included. The words come from
 * content.html (finding-words.ts), read by the caller only when there is something to say.
 */
export function findingMessage(f: LocatedFinding, words: FindingWords, lang: Lang): string {
  const at =
    f.sheet === null
      ? ''
      : fill(f.row === null ? words.at_sheet : words.at_row, { sheet: f.sheet, row: f.row ?? '' });
  return sentence(f, words, lang) + at;
}
