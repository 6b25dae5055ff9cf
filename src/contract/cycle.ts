import type { Lang } from '../core/lang';
import type { Reading } from '../core/review';
import type { Crossing, IsoDate } from './json';

/**
 * The contract of the period's end (docs/workbook.md#the-cycle): the sidebar's closing view and
 * next-period view, and the server functions behind them. Types only, JSON-like, as in
 * sidebar.ts: dates as "yyyy-mm-dd", blanks as null, text as text ('' when blank).
 */

/** A period as the views name it: its dates and its label in the sheet's language. */
export interface PeriodName {
  readonly start: IsoDate;
  readonly end: IsoDate;
  /** "2026 Q4", "2026 T4"… */
  readonly label: string;
}

/** How the method reads a grade (docs/method.md#closing-a-period). */
export type { Reading };

export interface ClosingKr {
  readonly id: string;
  readonly title: string;
  readonly owner: string;
  /** The score the core computes from the sheet; null when the KR cannot be scored. */
  readonly computed: number | null;
  /** The owner's final score, 0–1, when they override the computed one; null when not. */
  readonly override: number | null;
  /** Why the override: required with one, kept in the review. */
  readonly reason: string;
  /** The score the review counts: the override, else the computed one. */
  readonly final: number | null;
}

export interface ClosingObjective {
  readonly id: string;
  readonly title: string;
  readonly owner: string;
  /** The weighted mean of its KRs' final scores; null when none can be scored. */
  readonly grade: number | null;
  readonly reading: Reading | null;
  /** The closing note: what was learned. */
  readonly note: string;
  readonly krs: readonly ClosingKr[];
}

export interface ClosingState {
  readonly lang: Lang;
  /** How numbers typed in the view are read ("fr_FR": "0,7"). */
  readonly locale: string;
  /** null while the OKR sheet's banner holds no valid period (nothing can be closed). */
  readonly period: PeriodName | null;
  /** The Review sheet of this period, when it was closed before; closing again rewrites it. */
  readonly review: string | null;
  readonly objectives: readonly ClosingObjective[];
}

/** What the person chose in the closing view; what is left out keeps what the review holds. */
export interface ClosingChoices {
  readonly krs?: readonly {
    readonly krId: string;
    /** 0–1; null removes an override. */
    readonly override: number | null;
    readonly reason: string;
  }[];
  readonly notes?: readonly { readonly objectiveId: string; readonly note: string }[];
}

export interface CloseResult {
  readonly state: ClosingState;
  /** The Review sheet's name. */
  readonly review: string;
}

export interface NextKr {
  readonly id: string;
  readonly title: string;
  /** As in the sheet ("%", "leads"): the view shows the baseline with it ("18 %", not 0.18). */
  readonly unit: string;
  /** The final score of the period ending; null when none. */
  readonly score: number | null;
  /** Reached (score 1): not carried unless chosen. */
  readonly reached: boolean;
  /** The next period's baseline if carried: the last value (null when none). */
  readonly baseline: number | null;
}

export interface NextObjective {
  readonly id: string;
  readonly title: string;
  readonly krs: readonly NextKr[];
}

export interface NextPeriodState {
  readonly lang: Lang;
  /** null while the OKR sheet's banner holds no valid period. */
  readonly current: PeriodName | null;
  readonly next: PeriodName | null;
  readonly objectives: readonly NextObjective[];
}

/** The KRs to carry (an objective comes with its KRs chosen); none left out: not reached. */
export interface NextChoices {
  readonly krIds: readonly string[];
}

export interface NextResult {
  /** The next period's OKR sheet. */
  readonly sheet: string;
  readonly objectives: number;
  readonly krs: number;
}

/** The functions the server declares at top level for the cycle's views. */
export interface CycleApi {
  okapiClosingLoad(): Crossing<ClosingState>;
  /** With no choices: closes with the computed grades (overrides and notes already kept stay). */
  okapiClosePeriod(choices?: Crossing<ClosingChoices>): Crossing<CloseResult>;
  okapiNextPeriodLoad(): Crossing<NextPeriodState>;
  /** With no choices: carries every KR not reached. */
  okapiStartNextPeriod(choices?: Crossing<NextChoices>): Crossing<NextResult>;
}
