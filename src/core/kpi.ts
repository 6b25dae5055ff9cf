import { fold, type Lang } from './lang';

/** Whether a KPI is better high (visits, open rate) or low (cost per lead, spend). */
export type Direction = 'higher' | 'lower';

/** Words a person may type for each direction (compared case- and accent-insensitively). */
export const DIRECTION_WORDS: Readonly<Record<Direction, readonly string[]>> = {
  higher: [
    'higher',
    'higher is better',
    'high',
    'up',
    'increase',
    'more',
    'hausse',
    'haut',
    'plus haut',
    'augmenter',
    'maximiser',
    '>=',
    '≥',
    '>',
    '↑',
  ],
  lower: [
    'lower',
    'lower is better',
    'low',
    'down',
    'decrease',
    'less',
    'baisse',
    'bas',
    'plus bas',
    'diminuer',
    'réduire',
    'minimiser',
    '<=',
    '≤',
    '<',
    '↓',
  ],
};

const DIRECTION_ALIASES = new Map<string, Direction>();
for (const d of ['higher', 'lower'] as const)
  for (const w of DIRECTION_WORDS[d]) DIRECTION_ALIASES.set(fold(w), d);

/** The direction a person typed; blank means higher is better; null when unknown. */
export function parseDirection(text: string): Direction | null {
  const key = fold(text);
  return key === '' ? 'higher' : (DIRECTION_ALIASES.get(key) ?? null);
}

export const DIRECTION_LABELS: Record<Lang, Record<Direction, string>> = {
  en: { higher: 'higher is better', lower: 'lower is better' },
  fr: { higher: 'hausse', lower: 'baisse' },
};

export type Status = 'on_track' | 'at_risk' | 'off_track' | 'no_data';

/** The statuses from best to none, the order summaries list them in. */
export const STATUSES: readonly Status[] = ['on_track', 'at_risk', 'off_track', 'no_data'];

export const STATUS_LABELS: Record<Lang, Record<Status, string>> = {
  en: { on_track: 'On track', at_risk: 'At risk', off_track: 'Off track', no_data: 'No data' },
  fr: {
    on_track: 'En bonne voie',
    at_risk: 'À risque',
    off_track: 'En retard',
    no_data: 'Pas de données',
  },
};

// Bound once: a global lookup per row is slow where scripts run in a contextified global.
const { abs } = Math;

/** The default tolerance around the pace target: 10 %. */
export const DEFAULT_TOLERANCE = 0.1;

/**
 * A KPI's status (docs/method.md#status-by-pace). The pace target is target × elapsed (elapsed = 1 when the
 * target is not cumulative): a higher-is-better KPI is on track when it meets its target or
 * the pace target, a lower-is-better one when it stays at or under the pace target. Within
 * `tolerance` of the pace target (the boundary included) it is at risk; beyond, off track.
 * `actual` null means no data. Tolerance and elapsed are validated by the caller (0–1).
 */
export function kpiStatus(
  actual: number | null,
  target: number,
  direction: Direction,
  tolerance: number,
  elapsed: number,
): Status {
  if (actual === null) return 'no_data';
  const pace = target * elapsed;
  const margin = abs(pace) * tolerance;
  if (direction === 'higher') {
    if (actual >= target || actual >= pace) return 'on_track';
    return actual >= pace - margin ? 'at_risk' : 'off_track';
  }
  if (actual <= pace) return 'on_track';
  return actual <= pace + margin ? 'at_risk' : 'off_track';
}
