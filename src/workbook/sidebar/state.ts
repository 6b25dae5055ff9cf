import type { IsoDate } from '../../contract/json';
import type {
  Finding as FindingState,
  KpiState,
  KrState,
  PeriodState,
  SidebarState,
} from '../../contract/sidebar';
import { isBlank, readDone, readNumber, readWord } from '../../core/cell';
import { STATUS_LABELS, STATUSES, type Status } from '../../core/kpi';
import { parseFrequency, parseMeasure } from '../../core/kpi-words';
import { LANGS, type Lang, langOfLocale } from '../../core/lang';
import { numberStyleOf } from '../../core/number';
import { isProblem } from '../../core/problem';
import { readKind } from '../../core/rows';
import { KPIS, type KpiColumn, type OkrColumn, type OkrNamed } from '../layout/tables';
import { findingMessage, type LocatedFinding, type WordsOf } from '../refresh/findings';
import type { RefreshResult } from '../refresh/refresh';
import { cellAt, elapsedOf } from '../sheets/banner';
import { cellOf, formulaOf } from '../sheets/cells';
import { dayOf, isoDay } from '../sheets/day';
import {
  asTableOf,
  currentOkrTable,
  type OkrRead,
  okrTables,
  type TableRead,
} from '../sheets/found-table';

/**
 * The sidebar's state (src/sidebar/api.ts), drawn from what a refresh found: its objectives and
 * key results as the core scored them, and the cells of their rows as read in the same batch.
 * Only JSON-like data leaves: dates as "yyyy-mm-dd", text as text, unreadable numbers as null.
 */
export function sidebarState(
  found: RefreshResult,
  locale: string,
  timeZone: string,
  /** Called only when there are findings to put into words. */
  words: WordsOf,
): SidebarState {
  const lang = langOfLocale(locale);
  const style = numberStyleOf(locale);
  const okrs = okrTables(found.read.tables);
  // A cell the core cannot read as a number (a word, a date) is shown as none; a finding says why.
  const num = (v: unknown): number | null => {
    const n = readNumber(v, 'current', () => style);
    return isProblem(n) ? null : n;
  };
  const seen = (key: OkrColumn): string[] => {
    const words = new Set<string>();
    for (const t of okrs)
      for (let r = t.located.headerRow + 1; r <= t.values.length; r++) {
        const v = cellOf(t, r, key);
        if (!isBlank(v)) words.add(readWord(v).trim());
      }
    return [...words].sort();
  };

  // The current period's objectives: a closed period's are in its Review.
  const current = currentOkrTable(found.read.tables);
  const objectives = found.objectives.flatMap((o) => {
    const t = current?.sheet === o.sheet ? current : undefined;
    if (t === undefined) return [];
    const krs = o.krs.map((k): KrState => {
      const c = (key: OkrColumn): unknown => cellOf(t, k.row, key);
      const kind = readKind(c('kind'));
      return {
        id: k.id,
        title: readWord(c('keyResult')),
        owner: readWord(c('owner')),
        // An unknown word scores nothing (a finding says so); the form shows it as automatic.
        kind: isProblem(kind) ? 'auto' : kind,
        unit: readWord(c('unit')),
        baseline: num(c('baseline')),
        target: num(c('target')),
        current: kind === 'milestone' ? readDone(c('current')) : num(c('current')),
        currentIsFormula: formulaOf(t, k.row, 'current') !== '',
        weight: num(c('weight')),
        score: k.score,
        confidence: num(c('confidence')),
        note: readWord(c('note')),
      };
    });
    return [
      {
        id: o.id,
        title: o.title,
        parent: readWord(cellOf(t, o.row, 'parent')),
        owner: readWord(cellOf(t, o.row, 'owner')),
        progress:
          o.score === null
            ? ({ score: null, status: 'no_data' } as const)
            : { score: o.score, status: o.status },
        krs,
      },
    ];
  });

  return {
    lang,
    locale,
    period: current === null ? null : period(current, timeZone),
    objectives,
    owners: seen('owner'),
    companyObjectives: seen('parent'),
    findings: findingStates(found.findings, words, lang),
    kpis: kpiStates(found, num),
  };
}

/**
 * A KPI shown and checked in as a percentage: a rate (Measured as blank or a rate word) whose
 * target lies within ±1, as open and conversion rates do.
 */
function percentKpi(measuredAs: unknown, target: number | null): boolean {
  return (
    parseMeasure(readWord(measuredAs)) !== 'cumulative' && target !== null && Math.abs(target) <= 1
  );
}

/** The same, for a row of the KPIs sheet as read, its target read in the sheet's locale. */
export function kpiIsPercent(t: TableRead<KpiColumn>, row: number, locale: string): boolean {
  const target = readNumber(cellOf(t, row, 'target'), 'target', () => numberStyleOf(locale));
  return percentKpi(cellOf(t, row, 'measuredAs'), isProblem(target) ? null : target);
}

/** Every status label, in any language, to the status it names: how the sheet says it. */
const STATUS_OF_LABEL = new Map<string, Status>(
  LANGS.flatMap((l) => STATUSES.map((st) => [STATUS_LABELS[l][st], st] as const)),
);

/** The register's KPIs with an ID, from the first KPIs sheet, as the check-in shows them. */
function kpiStates(found: RefreshResult, num: (v: unknown) => number | null): KpiState[] {
  const t = found.read.tables.flatMap((x) => asTableOf(x, KPIS) ?? [])[0];
  if (t === undefined) return [];
  const rows: KpiState[] = [];
  for (let r = t.located.headerRow + 1; r <= t.values.length; r++) {
    const c = (key: KpiColumn): unknown => cellOf(t, r, key);
    const id = readWord(c('id')).trim();
    if (id === '' || isBlank(c('measure'))) continue;
    // The register's cell, where this period's own target shows; a KPIs sheet from before it,
    // or a row the refresh has not reached yet, has the Target only.
    const target = num(c('periodTarget')) ?? num(c('target'));
    rows.push({
      id,
      measure: readWord(c('measure')),
      frequency: parseFrequency(readWord(c('frequency'))),
      target,
      actual: num(c('actual')),
      percent: percentKpi(c('measuredAs'), target),
      actualIsFormula: formulaOf(t, r, 'actual') !== '',
      status: STATUS_OF_LABEL.get(readWord(c('status'))) ?? 'no_data',
    });
  }
  return rows;
}

/** The findings as the sidebar shows them; their words are read only when there are some. */
function findingStates(
  findings: readonly LocatedFinding[],
  words: WordsOf,
  lang: Lang,
): FindingState[] {
  if (findings.length === 0) return [];
  const said = words(lang);
  return findings.map((f) => ({
    code: f.code,
    message: findingMessage(f, said, lang),
    where:
      f.krId === null
        ? { objectiveId: f.objectiveId }
        : { objectiveId: f.objectiveId, krId: f.krId },
  }));
}

/** The banner's period; null while it holds no valid one (the refresh reads it the same way). */
function period(t: OkrRead, timeZone: string): PeriodState | null {
  const elapsed = elapsedOf(t, () => dayOf(Date.now(), timeZone));
  // elapsedOf is null unless both banner cells hold dates.
  const iso = (key: OkrNamed): IsoDate => isoDay((cellAt(t, key) as Date).getTime(), timeZone);
  return elapsed === null ? null : { start: iso('start'), end: iso('end'), elapsed };
}
