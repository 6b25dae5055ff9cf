import { isBlank, isDate, readNumber, readWord } from '../core/cell';
import { STATUS_LABELS, type Status } from '../core/kpi';
import { type Lang, parseLang } from '../core/lang';
import type { NumberStyle } from '../core/number';
import { WeightedMean } from '../core/objective';
import { elapsedShare } from '../core/period';
import { isProblem, type Problem } from '../core/problem';
import { kpiStatusRow, readDirection, readKind, readWeight, scoreKrRow } from '../core/rows';
import { CallContext } from './context';
import { elementWise, type Out } from './element-wise';
import { cellAt, commonShape, keywordAt, placeOf, shapeOf, single } from './grid';

// Bound once: a global lookup per row is slow where scripts run in a contextified global.
const { isFinite: finite } = Number;

/**
 * The custom functions, as plain functions of Sheets values. The spreadsheet locale comes in
 * through `readLocale` so this layer holds no Apps Script global; entry/ supplies the real one.
 */
export interface FunctionEnv {
  readonly readLocale: () => string;
  readonly now: () => Date;
}

export function krProgress(
  env: FunctionEnv,
  current: unknown,
  target: unknown,
  baseline: unknown,
  kind: unknown,
): Out | Out[][] {
  const ctx = new CallContext('KR_PROGRESS', env.readLocale);
  const kindAt = keywordAt(kind, readKind);
  return elementWise(ctx, { current, target, baseline, kind }, (r, c) =>
    scoreKrRow(
      cellAt(current, r, c),
      cellAt(target, r, c),
      cellAt(baseline, r, c),
      kindAt(r, c),
      ctx.style,
    ),
  );
}

export function okrScore(
  env: FunctionEnv,
  current: unknown,
  target: unknown,
  baseline: unknown,
  weight: unknown,
  kind: unknown,
): Out {
  const ctx = new CallContext('OKR_SCORE', env.readLocale);
  const args = { current, target, baseline, weight, kind };
  const shape = commonShape(args);
  if (isProblem(shape)) return ctx.fail(shape);
  const rows = shape?.rows ?? 1;
  const cols = shape?.cols ?? 1;
  const kindAt = keywordAt(kind, readKind);
  const mean = new WeightedMean();
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const score = scoreKrRow(
        cellAt(current, r, c),
        cellAt(target, r, c),
        cellAt(baseline, r, c),
        kindAt(r, c),
        ctx.style,
      );
      if (score === null) continue;
      const problem = isProblem(score)
        ? score
        : addWeighted(mean, score, cellAt(weight, r, c), ctx.style);
      if (problem) ctx.fail(problem, shape === null ? undefined : placeOf(shape, r, c));
    }
  }
  const score = mean.score();
  return isProblem(score) ? ctx.fail(score) : (score ?? '');
}

function addWeighted(
  mean: WeightedMean,
  score: number,
  weightCell: unknown,
  style: () => NumberStyle,
): Problem | undefined {
  const w = readWeight(weightCell, style);
  return isProblem(w) ? w : mean.add(score, w);
}

export function kpiStatus(
  env: FunctionEnv,
  actual: unknown,
  target: unknown,
  direction: unknown,
  tolerance: unknown,
  elapsed: unknown,
  language: unknown,
): Out | Out[][] {
  const ctx = new CallContext('KPI_STATUS', env.readLocale);
  const chosen = labelLanguage(language);
  if (isProblem(chosen)) return ctx.fail(chosen);
  // Without a language argument, labels follow the spreadsheet's, read only if one is shown.
  const label = (s: Status): string => STATUS_LABELS[chosen ?? ctx.lang()][s];
  const directionAt = keywordAt(direction, readDirection);
  return elementWise(ctx, { actual, target, direction, tolerance, elapsed }, (r, c) => {
    const status = kpiStatusRow(
      cellAt(actual, r, c),
      cellAt(target, r, c),
      directionAt(r, c),
      cellAt(tolerance, r, c),
      cellAt(elapsed, r, c),
      ctx.style,
    );
    return status === null || isProblem(status) ? status : label(status);
  });
}

/** KPI_STATUS's optional language: one value naming English or French, or blank. */
function labelLanguage(language: unknown): Lang | null | Problem {
  const v = single(language);
  if (shapeOf(v) !== null) return { code: 'needs_single_value', arg: 'language' };
  if (isBlank(v)) return null;
  const text = readWord(v);
  return parseLang(text) ?? { code: 'unknown_language', text };
}

/**
 * The share of a period elapsed, 0–1, element-wise. Dates arrive as Date objects (or as day
 * numbers from a number-formatted cell); `today` defaults to now.
 */
export function periodElapsed(
  env: FunctionEnv,
  start: unknown,
  end: unknown,
  today: unknown,
): Out | Out[][] {
  const ctx = new CallContext('PERIOD_ELAPSED', env.readLocale);
  const now = isBlank(single(today)) && shapeOf(today) === null ? env.now() : undefined;
  return elementWise(ctx, { start, end, today }, (r, c) => {
    const s = readDay(cellAt(start, r, c), 'start', ctx.style);
    const e = readDay(cellAt(end, r, c), 'end', ctx.style);
    const t = now === undefined ? readDay(cellAt(today, r, c), 'today', ctx.style) : toDay(now);
    if (isProblem(s) || s === null) return s ?? null;
    if (isProblem(e)) return e;
    if (e === null) return { code: 'missing', arg: 'end' };
    if (isProblem(t)) return t;
    return elapsedShare(s, e, t ?? toDay(env.now()));
  });
}

/** Sheets' day number of a Date (days since 1899-12-30), as a date cell holds it. */
function toDay(d: Date): number {
  return d.getTime() / 86_400_000 + 25_569;
}

function readDay(
  v: unknown,
  arg: 'start' | 'end' | 'today',
  style: () => NumberStyle,
): number | null | Problem {
  if (!isDate(v)) return readNumber(v, arg, style);
  const day = toDay(v);
  return finite(day) ? day : { code: 'not_finite', arg };
}
