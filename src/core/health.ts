/**
 * The health checks of a key result during its period (docs/method.md#health-checks): what
 * OKR tools flag so a team knows where to look before the weekly review. Days are whole days
 * (day numbers in the spreadsheet's time zone); thresholds are the team's, with defaults.
 */
export interface HealthSettings {
  /** A KR not checked in for this many days is stale. */
  readonly staleDays: number;
  /** A KR with no value this many days after the period's start has not started. */
  readonly notStartedDays: number;
  /** A KR more than this many points (of 100) behind the period's elapsed share is behind. */
  readonly behindPoints: number;
}

export const HEALTH_DEFAULTS: HealthSettings = {
  staleDays: 7,
  notStartedDays: 7,
  behindPoints: 25,
};

export type KrHealth = 'stale' | 'not_started' | 'behind' | 'past_due';

export interface KrFacts {
  /** Whether Current holds anything (a value, a done word, a formula's result). */
  readonly measured: boolean;
  /** Its score, 0–1; null when it has none. */
  readonly score: number | null;
  /** The day of its last check-in in the history; null when it has none. */
  readonly lastCheckIn: number | null;
  /** Its due day; null when it has none. */
  readonly due: number | null;
}

export interface PeriodFacts {
  readonly today: number;
  /** The period's first day; null without a period. */
  readonly start: number | null;
  /** The share of it elapsed today, 0–1; null without a period. */
  readonly elapsed: number | null;
}

export function krHealth(kr: KrFacts, period: PeriodFacts, s: HealthSettings): KrHealth[] {
  const found: KrHealth[] = [];
  const { today, start, elapsed } = period;
  if (!kr.measured && start !== null && today - start >= s.notStartedDays)
    found.push('not_started');
  if (kr.measured && kr.lastCheckIn !== null && today - kr.lastCheckIn >= s.staleDays)
    found.push('stale');
  // Points of 100, compared in hundredths so that 0.7 − 0.45 is 25 points, not 24.999…; a KR
  // not measured yet is "not started", not also behind.
  if (
    kr.measured &&
    kr.score !== null &&
    elapsed !== null &&
    Math.round((elapsed - kr.score) * 10_000) > s.behindPoints * 100
  )
    found.push('behind');
  if (kr.due !== null && today > kr.due && (kr.score ?? 0) < 1) found.push('past_due');
  return found;
}

/** A threshold as typed in the workbook's settings: a whole number of 0 or more, else none. */
export function readThreshold(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : null;
}
