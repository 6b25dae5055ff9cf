import { hasNumber, krCountAdvice } from '../../core/advice';
import { isBlank, isDate, readWord } from '../../core/cell';
import {
  HEALTH_DEFAULTS,
  type HealthSettings,
  type KrHealth,
  krHealth,
  type PeriodFacts,
  readThreshold,
} from '../../core/health';
import type { KrKind } from '../../core/kind';
import { DEFAULT_TOLERANCE, kpiStatus, type Status } from '../../core/kpi';
import type { NumberStyle } from '../../core/number';
import { WeightedMean } from '../../core/objective';
import { isProblem, type Problem } from '../../core/problem';
import { readKind, readWeight, scoreKrRow, WordMemo } from '../../core/rows';
import type { OkrColumn } from '../layout/tables';
import { cellAt, dayNumber, elapsedOf, startDay } from '../sheets/banner';
import type { Day } from '../sheets/day';
import type { OkrRead } from '../sheets/found-table';
import type { IdAllocator, IdKind } from '../sheets/ids';
import { literal } from '../sheets/literal';
import type { FindingFacts, PlannedFinding } from './findings';
import { type LastRows, periodDay, type Snapshot } from './history';
import { type IdWrite, idOf } from './id-cells';

/**
 * Reading one OKR table the way its native formulas do, with the core's rules: which rows are
 * objectives and which are key results, each KR's score, each objective's weighted mean and
 * status by pace, the IDs to fill, the day's snapshots and what deserves a finding.
 */

/** An objective as the sidebar's summary and the menu's dialog show it. */
export interface ObjectiveSummary {
  readonly id: string;
  readonly title: string;
  /** 0–1, the weighted mean of its scored KRs; null when none is scored yet. */
  readonly score: number | null;
  /** By pace (the share of the period elapsed); no data without a score or a period. */
  readonly status: Status;
  /** Where its row is (the table's sheet, 1-based row): the sidebar reads its cells there. */
  readonly sheet: number;
  readonly row: number;
  /** The key results that roll up to it, in sheet order. */
  readonly krs: readonly KrSummary[];
}

/** A key result's row, its ID (new ones included) and its score by the core (null: none). */
export interface KrSummary {
  readonly id: string;
  readonly row: number;
  readonly score: number | null;
}

/** One cell to write (a KR's link to its objective, or its objective's new title). */
export interface CellWrite {
  readonly sheet: number;
  readonly row: number;
  readonly column: number;
  readonly value: unknown;
}

export interface OkrTableResult {
  readonly ids: IdWrite[];
  readonly cells: CellWrite[];
  readonly objectives: ObjectiveSummary[];
  readonly snapshots: Snapshot[];
  readonly findings: PlannedFinding[];
}

/** Context shared by every OKR table of the workbook. */
export interface OkrContext {
  readonly ids: IdAllocator;
  /**
   * IDs met so far in the OKR tables of the same period, new ones included: a second row with
   * one is a duplicate (a KR carried into the next period keeps its ID there).
   */
  readonly seen: (period: number | null) => Set<string>;
  readonly today: () => Day;
  readonly style: () => NumberStyle;
  /** Each KR's last row in the history, per period: its date is what makes a KR stale. */
  readonly history: LastRows;
}

interface Objective {
  readonly row: number;
  readonly id: string;
  readonly title: string;
  readonly mean: WeightedMean;
  /**
   * A KR of it could not be scored (or weighed): the objective has no score, as its native
   * roll-up shows an error and OKR_SCORE refuses; a finding says which KR.
   */
  failed: boolean;
  readonly krs: KrSummary[];
}

export function analyseOkrTable(t: OkrRead, ctx: OkrContext): OkrTableResult {
  const { located, values } = t;
  const at = (key: OkrColumn): number => (located.columns[key] ?? 0) - 1;
  const col = {
    id: at('id'),
    objective: at('objective'),
    keyResult: at('keyResult'),
    owner: at('owner'),
    parent: at('parent'),
    kind: at('kind'),
    baseline: at('baseline'),
    target: at('target'),
    current: at('current'),
    weight: at('weight'),
    confidence: at('confidence'),
    note: at('note'),
    link: at('objectiveId'),
    due: at('due'),
  };
  // A missing column (index -1) reads as blank; the planner reports it.
  const get = (row: readonly unknown[], c: number): unknown => (c < 0 ? '' : row[c]);
  const findings: PlannedFinding[] = [];
  const found = (
    facts: FindingFacts,
    row: number,
    objectiveId: string | null,
    krId: string | null,
  ): void => {
    findings.push({ ...facts, sheet: t.sheet, row, objectiveId, krId });
  };

  const cells: CellWrite[] = [];
  const periodStart = cellAt(t, 'start');
  const seen = ctx.seen(periodDay(periodStart));
  // Pass 1: IDs, and the objectives KRs will refer to (an objective may sit below its KRs).
  const ids: IdWrite[] = [];
  const rowIds: string[] = [];
  const kinds: (IdKind | null)[] = [];
  const duplicates = new Set<number>();
  const objectives = new Map<string, Objective>();
  const byId = new Map<string, Objective>();
  const objectiveList: Objective[] = [];
  for (let r = located.headerRow; r < values.length; r++) {
    const row = values[r] ?? [];
    const kind: IdKind | null = !isBlank(get(row, col.keyResult))
      ? 'kr'
      : !isBlank(get(row, col.objective))
        ? 'objective'
        : null;
    kinds[r] = kind;
    const id = kind === null || col.id < 0 ? '' : idOf(t, r, col.id, kind, ctx.ids, seen, ids);
    if (id === null) {
      duplicates.add(r);
      found({ code: 'duplicate_id', id: readWord(get(row, col.id)).trim() }, r + 1, null, null);
    }
    rowIds[r] = id ?? readWord(get(row, col.id)).trim();
    if (kind !== 'objective') continue;
    const title = readWord(get(row, col.objective));
    const objective: Objective = {
      row: r + 1,
      id: rowIds[r] ?? '',
      title,
      mean: new WeightedMean(),
      failed: false,
      krs: [],
    };
    objectiveList.push(objective);
    // The native roll-up (SUMIFS) matches titles case-insensitively; the first row wins.
    if (!objectives.has(title.toLowerCase())) objectives.set(title.toLowerCase(), objective);
    else found({ code: 'duplicate_objective', title }, r + 1, objective.id, null);
    if (objective.id !== '' && !byId.has(objective.id)) byId.set(objective.id, objective);
    // An objective row links to itself: its table's link column is then one run of cells.
    const link = readWord(get(row, col.link)).trim();
    if (col.link >= 0 && objective.id !== '' && link !== objective.id)
      cells.push({
        sheet: t.sheet,
        row: r + 1,
        column: col.link + 1,
        value: literal(objective.id),
      });
  }

  // A KR rolls up to the objective its row names. The link column keeps the ID of that
  // objective: when the title a KR names is no objective's any more but its link is, the
  // objective was renamed in its own row, and the KR's Objective cell is given the new title
  // (the one person's cell Okapi writes, as the rename asked).
  const renamed = new Map<Objective, { from: string; count: number }>();
  const objectiveOf = (r: number, text: string, link: string): Objective | undefined => {
    const named = objectives.get(text.toLowerCase());
    const linked = byId.get(link);
    const objective = named ?? (linked !== undefined && text !== '' ? linked : undefined);
    if (objective === undefined) return undefined;
    if (named === undefined && col.objective >= 0) {
      cells.push({
        sheet: t.sheet,
        row: r + 1,
        column: col.objective + 1,
        value: literal(objective.title),
      });
      const seen = renamed.get(objective) ?? { from: text, count: 0 };
      renamed.set(objective, { ...seen, count: seen.count + 1 });
    }
    if (col.link >= 0 && link !== objective.id && objective.id !== '')
      cells.push({
        sheet: t.sheet,
        row: r + 1,
        column: col.link + 1,
        value: literal(objective.id),
      });
    return objective;
  };

  // The health checks, by the thresholds in the banner (their defaults where a cell is gone).
  const setting = (key: 'staleDays' | 'notStartedDays' | 'behindPoints'): number =>
    readThreshold(cellAt(t, key)) ?? HEALTH_DEFAULTS[key];
  const settings: HealthSettings = {
    staleDays: setting('staleDays'),
    notStartedDays: setting('notStartedDays'),
    behindPoints: setting('behindPoints'),
  };
  const period: PeriodFacts = {
    today: dayNumber(ctx.today().start),
    start: startDay(t),
    elapsed: elapsedOf(t, ctx.today),
  };

  // Pass 2: key results.
  const kindMemo = new WordMemo<KrKind | Problem>(readKind);
  const snapshots: Snapshot[] = [];
  const snapshot = (
    row: readonly unknown[],
    r: number,
    progress: number | null,
    kr: boolean,
  ): void => {
    const id = rowIds[r] ?? '';
    if (id === '' || duplicates.has(r)) return;
    snapshots.push({
      id,
      objective: get(row, col.objective),
      keyResult: kr ? get(row, col.keyResult) : '',
      current: kr ? get(row, col.current) : '',
      progress,
      confidence: kr ? get(row, col.confidence) : '',
      note: kr ? get(row, col.note) : '',
      // Typed in the sheet, or fed by a formula in Current (the sidebar's are told by the save).
      source: !kr ? null : (t.formulas?.[r]?.[col.current] ?? '') !== '' ? 'formula' : 'sheet',
      period: isDate(periodStart) ? periodStart : null,
    });
  };
  for (let r = located.headerRow; r < values.length; r++) {
    if (kinds[r] !== 'kr') continue;
    const row = values[r] ?? [];
    const id = rowIds[r] ?? '';
    const title = readWord(get(row, col.keyResult));
    const objectiveText = readWord(get(row, col.objective));
    const objective = objectiveOf(r, objectiveText, readWord(get(row, col.link)).trim());
    const objectiveId = objective?.id ?? null;
    const kind = kindMemo.read(get(row, col.kind));
    const target = get(row, col.target);
    const score = scoreKrRow(
      get(row, col.current),
      target,
      get(row, col.baseline),
      kind,
      ctx.style,
    );
    if (col.owner >= 0 && isBlank(get(row, col.owner)))
      found({ code: 'kr_without_owner', title }, r + 1, objectiveId, id);
    if (col.target >= 0 && isBlank(target) && kind !== 'milestone')
      found({ code: 'kr_without_target', title }, r + 1, objectiveId, id);
    if (isProblem(score))
      found({ code: 'kr_invalid', title, problem: score }, r + 1, objectiveId, id);
    if (objective === undefined)
      found({ code: 'kr_orphan', title, objective: objectiveText }, r + 1, null, id);
    const progress = typeof score === 'number' ? score : null;
    objective?.krs.push({ id, row: r + 1, score: progress });
    if (objective !== undefined && isProblem(score)) objective.failed = true;
    if (objective !== undefined && progress !== null) {
      const weight = readWeight(get(row, col.weight), ctx.style);
      const problem = isProblem(weight) ? weight : objective.mean.add(progress, weight);
      if (problem) {
        objective.failed = true;
        found({ code: 'kr_invalid', title, problem }, r + 1, objectiveId, id);
      }
    }
    const due = get(row, col.due);
    const checkedIn = ctx.history.get(id, period.start)?.date;
    // A closed period's KRs are graded, not tracked: no health check runs there.
    const health = t.closed
      ? []
      : krHealth(
          {
            measured: !isBlank(get(row, col.current)),
            score: progress,
            lastCheckIn: isDate(checkedIn) ? dayNumber(checkedIn.getTime()) : null,
            due: isDate(due) ? dayNumber(due.getTime()) : null,
          },
          period,
          settings,
        );
    for (const h of health) found(healthFinding(h, title, settings), r + 1, objectiveId, id);
    snapshot(row, r, progress, true);
  }

  for (const [o, { from, count }] of renamed)
    found({ code: 'objective_renamed', from, to: o.title, count }, o.row, o.id, null);

  // Objectives: their findings, summaries and snapshots. Alignment is checked only in a table
  // that uses company objectives at all.
  const aligned =
    !t.closed &&
    col.parent >= 0 &&
    objectiveList.some((o) => !isBlank(values[o.row - 1]?.[col.parent]));
  const elapsed = period.elapsed;
  const summaries = objectiveList.map((o): ObjectiveSummary => {
    if (hasNumber(o.title))
      found({ code: 'objective_has_number', title: o.title }, o.row, o.id, null);
    if (aligned && isBlank(values[o.row - 1]?.[col.parent]))
      found({ code: 'objective_not_aligned', title: o.title }, o.row, o.id, null);
    // Only the row the KRs roll up to owns them: a duplicate title's other rows count none.
    const krs = objectives.get(o.title.toLowerCase()) === o ? o.krs : [];
    const krCount = krs.length;
    const advice = krCountAdvice(krCount);
    if (advice !== 'ok')
      found({ code: `${advice}_krs`, title: o.title, count: krCount }, o.row, o.id, null);
    const owner = objectives.get(o.title.toLowerCase());
    // Scored KRs that all weigh 0 give no mean: refused, as OKR_SCORE and the sheet refuse it.
    const mean = owner?.mean.score() ?? null;
    const score = owner === undefined || owner.failed || isProblem(mean) ? null : mean;
    snapshot(values[o.row - 1] ?? [], o.row - 1, score, false);
    const status = paceStatus(score, elapsed);
    return { id: o.id, title: o.title, score, status, sheet: t.sheet, row: o.row, krs };
  });
  return { ids, cells, objectives: summaries, snapshots, findings };
}

/** The template's status column (paceStatusFormula), by the core's kpiStatus. */
function paceStatus(score: number | null, elapsed: number | null): Status {
  if (score === null || elapsed === null) return 'no_data';
  return kpiStatus(score, 1, 'higher', DEFAULT_TOLERANCE, elapsed);
}

/** A health check's finding, with the threshold it crossed. */
function healthFinding(health: KrHealth, title: string, s: HealthSettings): FindingFacts {
  switch (health) {
    case 'stale':
      return { code: 'kr_stale', title, days: s.staleDays };
    case 'not_started':
      return { code: 'kr_not_started', title, days: s.notStartedDays };
    case 'behind':
      return { code: 'kr_behind', title, points: s.behindPoints };
    case 'past_due':
      return { code: 'kr_past_due', title };
  }
}
