import {
  type FunctionEnv,
  kpiStatus,
  krProgress,
  okrScore,
  periodElapsed,
} from '../functions/custom-functions';
import { spreadsheetLocale } from './locale';

/**
 * The custom functions as Apps Script calls them. Parameter names here are the ones Sheets
 * shows in autocomplete; the build checks them against the JSDoc it generates (manifest.ts).
 */
const env: FunctionEnv = { readLocale: spreadsheetLocale, now: () => new Date() };

export function KR_PROGRESS(current: unknown, target: unknown, baseline?: unknown, kind?: unknown) {
  return krProgress(env, current, target, baseline, kind);
}

export function OKR_SCORE(
  current: unknown,
  target: unknown,
  baseline?: unknown,
  weight?: unknown,
  kind?: unknown,
) {
  return okrScore(env, current, target, baseline, weight, kind);
}

export function KPI_STATUS(
  actual: unknown,
  target: unknown,
  direction?: unknown,
  tolerance?: unknown,
  elapsed?: unknown,
  language?: unknown,
) {
  return kpiStatus(env, actual, target, direction, tolerance, elapsed, language);
}

export function PERIOD_ELAPSED(start: unknown, end: unknown, today?: unknown) {
  return periodElapsed(env, start, end, today);
}
