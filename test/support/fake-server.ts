import type {
  CloseResult,
  ClosingChoices,
  ClosingState,
  NextChoices,
  NextPeriodState,
  NextResult,
  PeriodName,
} from '../../src/contract/cycle';
import type { IsoDate } from '../../src/contract/json';
import type {
  CheckIn,
  Finding,
  KpiCheckIn,
  KpiState,
  KrState,
  NewKr,
  NewObjective,
  ObjectiveState,
  Progress,
  SaveBatch,
  SaveResult,
  SidebarState,
} from '../../src/contract/sidebar';
import { hasNumber, krCountAdvice } from '../../src/core/advice';
import { kpiStatus } from '../../src/core/kpi';
import { SUMMARIES } from '../../src/core/kpi-words';
import { krScore } from '../../src/core/kr';
import type { Lang } from '../../src/core/lang';
import { type CalendarDate, nextPeriod, periodLabel } from '../../src/core/period';
import { isProblem } from '../../src/core/problem';
import { finalScore, objectiveGrade, readingOf } from '../../src/core/review';
import { UI_TEXT } from '../../src/core/ui-text';
import { OKRS, REVIEW_NAME } from '../../src/workbook/layout/tables';
import type { SidebarServer } from './harness';
import { objectiveScore } from './scores';

/**
 * A stand-in for src/entry/sidebar-api.ts: the workbook is a SidebarState held in memory,
 * scored with the core's math, so the browser tests exercise the client alone. Every batch
 * it receives is kept for the tests to inspect (once its KPI check-ins pass the real server's
 * checks, which it repeats, and the KPIs its key results, new or not, take Current from are
 * the register's). The period's end works on the same rows: the overrides, reasons and notes
 * of the closing are kept beside them, graded by the core.
 */
export class FakeSidebarServer {
  readonly batches: SaveBatch[] = [];
  /** What okapiClosePeriod and okapiStartNextPeriod received, as received. */
  readonly closings: (ClosingChoices | undefined)[] = [];
  readonly starts: (NextChoices | undefined)[] = [];
  private state: SidebarState;
  private lastId = 100;
  private readonly overrides = new Map<string, { override: number; reason: string }>();
  private readonly notes = new Map<string, string>();
  private review: string | null = null;

  constructor(initial: SidebarState) {
    this.state = rescore(initial);
  }

  get current(): SidebarState {
    return this.state;
  }

  readonly handle: SidebarServer = (name, args) => {
    switch (name) {
      case 'okapiSidebarLoad':
        return this.state;
      case 'okapiSidebarSave':
        return this.save(args[0] as SaveBatch);
      case 'okapiSidebarRefresh':
        return this.result([], 0);
      case 'okapiSidebarRestore':
        // The computed cells get their formulas back: nothing is typed over any more.
        this.state = {
          ...this.state,
          findings: this.state.findings.filter((f) => f.code !== 'typed_over'),
        };
        return this.result([], 0);
      case 'okapiClosingLoad':
        return this.closingState();
      case 'okapiClosePeriod':
        return this.close(args[0] as ClosingChoices | undefined);
      case 'okapiNextPeriodLoad':
        return this.nextState();
      case 'okapiStartNextPeriod':
        return this.startNext(args[0] as NextChoices | undefined);
      default:
        throw new Error(`Script function not found: ${name}`);
    }
  };

  private save(batch: SaveBatch): SaveResult {
    const kpiCheckIns = this.checkKpiCheckIns(batch.kpiCheckIns);
    this.checkKrKpis(batch.objectives);
    this.checkCheckInKpis(batch.checkIns);
    this.batches.push(batch);
    const created = batch.objectives.map((o) => this.objective(o));
    const byKr = new Map(batch.checkIns.map((c) => [c.krId, c]));
    const byKpi = new Map(kpiCheckIns.map((c) => [c.kpiId, c]));
    const objectives = [...this.state.objectives, ...created].map((o) => ({
      ...o,
      krs: o.krs.map((kr) => checkIn(kr, byKr.get(kr.id))),
    }));
    const seen = (values: readonly string[], more: readonly string[]): string[] =>
      [...new Set([...values, ...more])].filter((v) => v !== '').sort();
    this.state = rescore({
      ...this.state,
      objectives,
      kpis: this.state.kpis.map((kpi) => kpiCheckIn(kpi, byKpi.get(kpi.id))),
      owners: seen(
        this.state.owners,
        created.flatMap((o) => [o.owner, ...o.krs.map((k) => k.owner)]),
      ),
      companyObjectives: seen(
        this.state.companyObjectives,
        created.map((o) => o.parent),
      ),
    });
    return this.result(
      created.map((o) => o.id),
      batch.checkIns.length + kpiCheckIns.length,
    );
  }

  /**
   * The KPI check-ins as the real server checks them (src/workbook/sidebar/input.ts), in its
   * words and order: every field first, then every ID; one wrong, none kept. Stricter on one
   * point: `actual` must be there (a number or null), as the contract types it.
   */
  private checkKpiCheckIns(input: unknown): readonly KpiCheckIn[] {
    if (input === undefined) return [];
    if (!Array.isArray(input)) refuse('KPI', 'must be a list');
    const items: unknown[] = input;
    items.forEach((c, i) => {
      const where = `KPI ${i + 1}`;
      if (typeof c !== 'object' || c === null || Array.isArray(c))
        refuse(where, 'not a valid value');
      const { kpiId, actual } = c as Record<string, unknown>;
      if (typeof kpiId !== 'string') refuse(where, 'ID', 'must be text');
      if (kpiId.trim() === '') refuse(where, 'ID', 'cannot be empty');
      if (actual !== null && !(typeof actual === 'number' && Number.isFinite(actual)))
        refuse(where, 'Actual', 'must be a number (or blank)');
    });
    const checked = items as KpiCheckIn[];
    const known = new Set(this.state.kpis.map((kpi) => kpi.id));
    checked.forEach((c, i) => {
      if (!known.has(c.kpiId)) refuse(`KPI ${i + 1}`, 'ID', 'no KPI has this ID');
    });
    return checked;
  }

  /**
   * The KPI a new key result's Current comes from, if any. Key results are numbered within
   * their objective.
   */
  private checkKrKpis(objectives: readonly NewObjective[]): void {
    for (const o of objectives)
      o.krs.forEach((kr, i) => {
        this.checkFromKpi(kr.kpi, `Key result ${i + 1}`, 'KPI');
      });
  }

  /** The KPI a key result that exists takes its Current from from now on, if any. */
  private checkCheckInKpis(checkIns: readonly CheckIn[]): void {
    checkIns.forEach((c, i) => {
      this.checkFromKpi(c.kpi, `Check-in ${i + 1}`, 'Current from a KPI');
    });
  }

  /** A KPI for a key result's Current: one of the register's, read as one of the summaries. */
  private checkFromKpi(kpi: unknown, ...where: [string, ...string[]]): void {
    if (kpi === undefined) return;
    if (typeof kpi !== 'object' || kpi === null || Array.isArray(kpi))
      refuse(...where, 'not a valid value');
    const { kpiId, summary } = kpi as Record<string, unknown>;
    if (typeof kpiId !== 'string' || !this.state.kpis.some((k) => k.id === kpiId))
      refuse(...where, 'no KPI has this ID');
    if (!(SUMMARIES as readonly unknown[]).includes(summary))
      refuse(...where, 'Summary', 'must be last, sum or average');
  }

  private periods(): { current: PeriodName; next: PeriodName } | null {
    const { period, lang } = this.state;
    if (!period) return null;
    const start = calendarDate(period.start);
    const end = calendarDate(period.end);
    const after = nextPeriod(start, end);
    return {
      current: { start: period.start, end: period.end, label: periodLabel(start, end, lang) },
      next: {
        start: isoDate(after.start),
        end: isoDate(after.end),
        label: periodLabel(after.start, after.end, lang),
      },
    };
  }

  private finalOf(kr: KrState): number | null {
    return finalScore(kr.score, this.overrides.get(kr.id)?.override ?? null);
  }

  private closingState(): ClosingState {
    const { lang, locale } = this.state;
    return {
      lang,
      locale,
      period: this.periods()?.current ?? null,
      review: this.review,
      objectives: this.state.objectives.map((o) => {
        const grade = objectiveGrade(
          o.krs.map((kr) => ({ owner: kr.owner, final: this.finalOf(kr), weight: kr.weight ?? 1 })),
        );
        return {
          id: o.id,
          title: o.title,
          owner: o.owner,
          grade,
          reading: grade === null ? null : readingOf(grade),
          note: this.notes.get(o.id) ?? '',
          krs: o.krs.map((kr) => {
            const kept = this.overrides.get(kr.id);
            return {
              id: kr.id,
              title: kr.title,
              owner: kr.owner,
              computed: kr.score,
              override: kept?.override ?? null,
              reason: kept?.reason ?? '',
              final: this.finalOf(kr),
            };
          }),
        };
      }),
    };
  }

  /** Checks every choice first, in the real server's words and order: one wrong, none kept. */
  private close(choices: ClosingChoices | undefined): CloseResult {
    const periods = this.periods();
    if (!periods) throw new Error(UI_TEXT[this.state.lang].noPeriod);
    const krIds = new Set(this.state.objectives.flatMap((o) => o.krs.map((kr) => kr.id)));
    const objectiveIds = new Set(this.state.objectives.map((o) => o.id));
    const krs = choices?.krs ?? [];
    const notes = choices?.notes ?? [];
    if (choices?.krs !== undefined && !Array.isArray(choices.krs))
      refuse('Key result', 'must be a list');
    krs.forEach((c, i) => {
      if (
        c.override !== null &&
        !(Number.isFinite(c.override) && c.override >= 0 && c.override <= 1)
      )
        refuse(`Key result ${i + 1}`, 'Final score', 'must lie between 0 and 1 (0 % to 100 %)');
      if (typeof c.reason !== 'string') refuse(`Key result ${i + 1}`, 'Reason', 'must be text');
    });
    if (choices?.notes !== undefined && !Array.isArray(choices.notes))
      refuse('Closing note', 'must be a list');
    notes.forEach((n, i) => {
      if (typeof n.note !== 'string') refuse(`Closing note ${i + 1}`, 'Note', 'must be text');
    });
    krs.forEach((c, i) => {
      if (c.override !== null && c.reason.trim() === '')
        refuse(`Key result ${i + 1}`, 'Reason', 'cannot be empty');
    });
    krs.forEach((c, i) => {
      if (!krIds.has(c.krId)) refuse(`Key result ${i + 1}`, 'ID', 'no key result has this ID');
    });
    // The real server says "no key result has this ID" here too (reported, not copied).
    notes.forEach((n, i) => {
      if (!objectiveIds.has(n.objectiveId))
        refuse(`Closing note ${i + 1}`, 'Objective', 'no objective has this ID');
    });
    this.closings.push(choices);
    for (const c of choices?.krs ?? []) {
      if (c.override === null) this.overrides.delete(c.krId);
      else this.overrides.set(c.krId, { override: c.override, reason: c.reason });
    }
    for (const n of choices?.notes ?? []) this.notes.set(n.objectiveId, n.note);
    this.review = `${REVIEW_NAME[this.state.lang]} ${periods.current.label}`;
    return { state: this.closingState(), review: this.review };
  }

  private nextState(): NextPeriodState {
    const periods = this.periods();
    return {
      lang: this.state.lang,
      current: periods?.current ?? null,
      next: periods?.next ?? null,
      objectives: this.state.objectives.map((o) => ({
        id: o.id,
        title: o.title,
        krs: o.krs.map((kr) => {
          const score = this.finalOf(kr);
          return {
            id: kr.id,
            title: kr.title,
            unit: kr.unit,
            score,
            reached: score !== null && score >= 1,
            baseline: kr.current,
          };
        }),
      })),
    };
  }

  private startNext(choices: NextChoices | undefined): NextResult {
    const next = this.nextState();
    if (!next.next) throw new Error(UI_TEXT[this.state.lang].noPeriod);
    const krs = next.objectives.flatMap((o) => o.krs);
    if (choices !== undefined && !Array.isArray(choices.krIds))
      refuse('Key result', 'must be a list');
    choices?.krIds.forEach((id, i) => {
      if (!krs.some((kr) => kr.id === id))
        refuse(`Key result ${i + 1}`, 'no key result has this ID');
    });
    this.starts.push(choices);
    const chosen = new Set(choices?.krIds ?? krs.filter((kr) => !kr.reached).map((kr) => kr.id));
    return {
      sheet: `${OKRS.name[this.state.lang]} ${next.next.label}`,
      objectives: next.objectives.filter((o) => o.krs.some((kr) => chosen.has(kr.id))).length,
      krs: chosen.size,
    };
  }

  private result(createdObjectiveIds: string[], checkedIn: number): SaveResult {
    return { state: this.state, createdObjectiveIds, checkedIn };
  }

  private id(prefix: string): string {
    this.lastId += 1;
    return `${prefix}${this.lastId}`;
  }

  private objective(o: NewObjective): ObjectiveState {
    return {
      id: this.id('O'),
      title: o.title,
      parent: o.parent,
      owner: o.owner,
      progress: { score: null, status: 'no_data' },
      krs: o.krs.map((kr) => this.kr(kr)),
    };
  }

  private kr(kr: NewKr): KrState {
    return {
      id: this.id('K'),
      title: kr.title,
      owner: kr.owner,
      kind: kr.kind,
      unit: kr.unit,
      baseline: kr.kind === 'milestone' ? null : kr.baseline,
      target: kr.kind === 'milestone' ? null : kr.target,
      current: null,
      // The real server writes a KPI-fed Current as a formula, which a check-in keeps.
      currentIsFormula: kr.kpi !== undefined,
      weight: kr.weight,
      score: null,
      confidence: null,
      note: '',
    };
  }
}

/** The real server's wording for a refused choice, in English: where, then why. */
function refuse(...where: [string, ...string[]]): never {
  throw new Error(`Nothing was saved: ${where.join(' › ')}.`);
}

function calendarDate(iso: IsoDate): CalendarDate {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
  return { year, month: month - 1, day };
}

function isoDate(d: CalendarDate): IsoDate {
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${d.year}-${two(d.month + 1)}-${two(d.day)}` as IsoDate;
}

/**
 * A KPI chosen for Current turns it into a formula, as on the real server; the fake computes
 * none, so Current keeps the value it had.
 */
function checkIn(kr: KrState, c: CheckIn | undefined): KrState {
  if (!c) return kr;
  const fed = kr.currentIsFormula || c.kpi !== undefined;
  const current = c.current === undefined || fed ? kr.current : c.current;
  return { ...kr, current, currentIsFormula: fed, confidence: c.confidence, note: c.note };
}

/**
 * A formula-fed Actual is the sheet's: it stays, as on the real server. The status stays too:
 * the state carries no direction nor measure to judge the new value by.
 */
function kpiCheckIn(kpi: KpiState, c: KpiCheckIn | undefined): KpiState {
  return c === undefined || kpi.actualIsFormula ? kpi : { ...kpi, actual: c.actual };
}

/** Scores, statuses and findings, recomputed from the rows as the refresh would. */
function rescore(state: SidebarState): SidebarState {
  const elapsed = state.period?.elapsed ?? 1;
  const objectives = state.objectives.map((o) => {
    const krs = o.krs.map((kr) => ({ ...kr, score: krScoreOf(kr) }));
    const mean = objectiveScore(
      krs.flatMap((kr) => (kr.score === null ? [] : [{ score: kr.score, weight: kr.weight ?? 1 }])),
    );
    return { ...o, krs, progress: progressOf(isProblem(mean) ? null : mean, elapsed) };
  });
  // The workbook's own findings (a computed cell typed over…) as given; the objectives' computed.
  const workbook = state.findings.filter((f) => f.where.objectiveId === null);
  return {
    ...state,
    objectives,
    findings: [...workbook, ...objectives.flatMap((o) => findings(o, state.lang))],
  };
}

function krScoreOf(kr: KrState): number | null {
  if (kr.kind === 'milestone') return (kr.current ?? 0) >= 1 ? 1 : 0;
  if (kr.target === null) return null;
  const s = krScore(kr.kind, kr.current, kr.target, kr.baseline ?? 0);
  return isProblem(s) ? null : s;
}

function progressOf(score: number | null, elapsed: number): Progress {
  if (score === null) return { score: null, status: 'no_data' };
  const status = kpiStatus(score, 1, 'higher', 0.1, elapsed);
  return { score, status: status === 'no_data' ? 'off_track' : status };
}

const WORDS: Record<Lang, Record<Finding['code'], string>> = {
  en: {
    objective_has_number: 'The objective has a number in it: keep numbers for the key results.',
    too_few_krs: 'Fewer than 3 key results.',
    too_many_krs: 'More than 5 key results.',
    kr_without_owner: 'This key result has no owner.',
    kr_without_target: 'This key result has no target.',
    kr_invalid: 'This key result cannot be scored.',
    kr_orphan: 'This key result names no objective of the sheet.',
    duplicate_id: 'This ID is on more than one row.',
    missing_columns: 'A column is missing.',
    no_okr_table: 'No OKR table found.',
    no_history: 'The check-in history is gone.',
    header_row_missing: 'A header row is gone.',
    typed_over: 'A computed cell was typed over.',
    duplicate_objective: 'Two objectives share a title.',
    objective_renamed: 'An objective was renamed.',
    kr_stale: 'No check-in for a while.',
    kr_not_started: 'Not started.',
    kr_behind: 'Behind pace.',
    kr_past_due: 'Past its due date.',
    objective_not_aligned: 'Not aligned.',
  },
  fr: {
    objective_has_number: 'L’objectif contient un chiffre : gardez-les pour les résultats clés.',
    too_few_krs: 'Moins de 3 résultats clés.',
    too_many_krs: 'Plus de 5 résultats clés.',
    kr_without_owner: 'Ce résultat clé n’a pas de responsable.',
    kr_without_target: 'Ce résultat clé n’a pas de cible.',
    kr_invalid: 'Ce résultat clé ne peut pas être noté.',
    kr_orphan: 'Ce résultat clé ne nomme aucun objectif de la feuille.',
    duplicate_id: 'Cet ID est sur plusieurs lignes.',
    missing_columns: 'Une colonne manque.',
    no_okr_table: 'Aucun tableau d’OKR trouvé.',
    no_history: 'L’historique des suivis a disparu.',
    header_row_missing: 'Une ligne d’en-têtes a disparu.',
    typed_over: 'Une cellule calculée a été remplacée.',
    duplicate_objective: 'Deux objectifs ont le même titre.',
    objective_renamed: 'Un objectif a été renommé.',
    kr_stale: 'Pas de suivi depuis un moment.',
    kr_not_started: 'Pas démarré.',
    kr_behind: 'En retard.',
    kr_past_due: 'Échéance dépassée.',
    objective_not_aligned: 'Pas rattaché.',
  },
};

function findings(o: ObjectiveState, lang: Lang): Finding[] {
  const out: Finding[] = [];
  const add = (code: Finding['code'], krId?: string): void => {
    out.push({
      code,
      message: WORDS[lang][code],
      where: krId === undefined ? { objectiveId: o.id } : { objectiveId: o.id, krId },
    });
  };
  if (hasNumber(o.title)) add('objective_has_number');
  const count = krCountAdvice(o.krs.length);
  if (count === 'too_few') add('too_few_krs');
  if (count === 'too_many') add('too_many_krs');
  for (const kr of o.krs) {
    if (kr.owner === '') add('kr_without_owner', kr.id);
    if (kr.kind !== 'milestone' && kr.target === null) add('kr_without_target', kr.id);
  }
  return out;
}
