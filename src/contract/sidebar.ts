import type { KrKind } from '../core/kind';
import type { Status } from '../core/kpi';
import type { Frequency, KpiSummary } from '../core/kpi-words';
import type { Lang } from '../core/lang';
import type { Period } from '../core/period';
import type { Crossing, IsoDate } from './json';

/**
 * The contract between the sidebar and the server (src/entry/sidebar-api.ts). Everything here
 * crosses google.script.run, which only carries JSON-like data and fails on Date values:
 * dates travel as "yyyy-mm-dd" strings, blanks as null, free text as plain strings ('' when
 * blank). Types only: the client imports this file, so it must stay free of any runtime code.
 * Every type that crosses is checked by Crossing (json.ts), so a Date or a function in it fails
 * to compile.
 */

/** The period the OKR sheet covers, from its banner. */
export interface PeriodState {
  readonly start: IsoDate;
  readonly end: IsoDate;
  /** The share of the period elapsed today, 0–1. */
  readonly elapsed: number;
}

/**
 * A score and the status it gives by pace; no score means nothing measured, so no data. A score
 * has no status either while the sheet has no period to judge the pace by, as in the sheet.
 */
export type Progress =
  | { readonly score: number; readonly status: Status }
  | { readonly score: null; readonly status: 'no_data' };

export interface KrState {
  readonly id: string;
  readonly title: string;
  readonly owner: string;
  readonly kind: KrKind;
  readonly unit: string;
  readonly baseline: number | null;
  /** null when the row has none yet (a finding says so). A milestone needs none. */
  readonly target: number | null;
  /** A milestone's is 1 when done and 0 when not, as the core scores it. */
  readonly current: number | null;
  /** Current holds a formula (fed from another sheet): a check-in must not overwrite it. */
  readonly currentIsFormula: boolean;
  readonly weight: number | null;
  /** 0–1; null when the KR cannot be scored (no target, or a problem a finding reports). */
  readonly score: number | null;
  readonly confidence: number | null;
  readonly note: string;
}

export interface ObjectiveState {
  readonly id: string;
  readonly title: string;
  /** The company objective it aligns under; '' when none. */
  readonly parent: string;
  readonly owner: string;
  readonly progress: Progress;
  readonly krs: readonly KrState[];
}

/** What the refresh reports (docs/workbook.md#refresh, src/workbook/refresh/findings.ts). */
export type FindingCode =
  | 'objective_has_number'
  | 'too_few_krs'
  | 'too_many_krs'
  | 'kr_without_owner'
  | 'kr_without_target'
  | 'kr_invalid'
  | 'kr_orphan'
  | 'duplicate_id'
  | 'missing_columns'
  | 'no_okr_table'
  | 'no_history'
  | 'header_row_missing'
  | 'typed_over'
  | 'duplicate_objective'
  | 'objective_renamed'
  | 'kr_stale'
  | 'kr_not_started'
  | 'kr_behind'
  | 'kr_past_due'
  | 'objective_not_aligned';

/** No objective for what concerns none (a missing column, a KR naming no objective). */
export type FindingPlace =
  | { readonly objectiveId: string | null }
  | { readonly objectiveId: string | null; readonly krId: string };

export interface Finding {
  readonly code: FindingCode;
  /** Already in the state's language. */
  readonly message: string;
  readonly where: FindingPlace;
}

/** A KPI of the register (the KPIs sheet), as the check-in shows it. */
export interface KpiState {
  readonly id: string;
  readonly measure: string;
  /** How often it is measured; null when the row names no frequency Okapi reads. */
  readonly frequency: Frequency | null;
  /** This period's target, as the register shows it (its KPI targets row, else the Target). */
  readonly target: number | null;
  /** The Actual as read; null when blank or not a number. */
  readonly actual: number | null;
  /**
   * Shown and read as a percentage ("52 %" is 0.52): a rate (Measured as blank or a rate)
   * whose target lies within ±1, as open rates and conversion rates do.
   */
  readonly percent: boolean;
  /** Actual holds a formula (fed from another sheet): a check-in must not overwrite it. */
  readonly actualIsFormula: boolean;
  /** The register's status this period, as the sheet shows it. */
  readonly status: Status;
}

export interface SidebarState {
  readonly lang: Lang;
  /** The spreadsheet's locale ("fr_FR"): how numbers typed in the sidebar are read. */
  readonly locale: string;
  /** null while the OKR sheet's banner holds no valid period. */
  readonly period: PeriodState | null;
  readonly objectives: readonly ObjectiveState[];
  /** Every owner and company objective seen in the workbook, for the form's suggestions. */
  readonly owners: readonly string[];
  readonly companyObjectives: readonly string[];
  readonly findings: readonly Finding[];
  /** The KPIs of the register, in sheet order (those with an ID: the refresh gives them one). */
  readonly kpis: readonly KpiState[];
}

/**
 * A key result whose Current comes from a KPI of the register: over the KR's period, the KPI's
 * last period value, or the sum, or the average of its period values (the KPI's "summarise
 * as"). Written as a native formula in Current, which the refresh keeps.
 */
export interface KrFromKpi {
  readonly kpiId: string;
  readonly summary: KpiSummary;
}

/** A key result typed in the form. Numbers are already read in the sheet's locale. */
export type NewKr = {
  readonly title: string;
  readonly owner: string;
  readonly unit: string;
  readonly weight: number | null;
  /** Left out when the KR is checked in by hand. */
  readonly kpi?: KrFromKpi;
} & (
  | {
      readonly kind: Exclude<KrKind, 'milestone'>;
      readonly baseline: number | null;
      /** null is allowed: advice is not a gate, and the refresh reports the missing target. */
      readonly target: number | null;
    }
  | { readonly kind: 'milestone' }
);

export interface NewObjective {
  readonly title: string;
  readonly parent: string;
  readonly owner: string;
  /** The kind of period it runs over; the server sets the sheet's period when it has none. */
  readonly period: Period;
  readonly krs: readonly NewKr[];
}

export interface CheckIn {
  readonly krId: string;
  /**
   * The new Current value (null clears it). Left out when Current is not to change: the person
   * did not touch it, or the KR is fed by a formula, whose cell is kept. (JSON drops an absent
   * key, so "absent" survives the trip to the server.)
   */
  readonly current?: number | null;
  /** 0–1. */
  readonly confidence: number | null;
  readonly note: string;
  /**
   * Feed the KR's Current from a KPI from now on: Current becomes the native formula over the
   * KR's period (the sheet's), as for a new KR, in place of what it held; `current` is then
   * left out. Left out otherwise.
   */
  readonly kpi?: KrFromKpi;
}

/** A KPI's value for its current period, checked in from the sidebar. */
export interface KpiCheckIn {
  readonly kpiId: string;
  /** The new Actual (null clears it). A formula-fed Actual is not sent: its cell is kept. */
  readonly actual: number | null;
}

/** One save, one round trip: every new objective and every check-in of the moment. */
export interface SaveBatch {
  readonly objectives: readonly NewObjective[];
  readonly checkIns: readonly CheckIn[];
  /** Left out by a sidebar that checks in no KPI. */
  readonly kpiCheckIns?: readonly KpiCheckIn[];
}

export interface SaveResult {
  /** The workbook after the call (and its refresh): the sidebar redraws from it. */
  readonly state: SidebarState;
  readonly createdObjectiveIds: readonly string[];
  /** Key results and KPIs checked in. */
  readonly checkedIn: number;
}

/** The functions the server declares at top level for google.script.run. */
export interface SidebarApi {
  okapiSidebarLoad(): Crossing<SidebarState>;
  okapiSidebarSave(batch: Crossing<SaveBatch>): Crossing<SaveResult>;
  okapiSidebarRefresh(): Crossing<SaveResult>;
  /** Refresh, and rewrite the computed cells people typed over: only on an explicit click. */
  okapiSidebarRestore(): Crossing<SaveResult>;
}
