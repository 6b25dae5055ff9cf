import { isBlank, readWord } from '../../core/cell';
import type { Lang } from '../../core/lang';
import type { Located } from '../layout/columns';
import { KPI_HISTORY, type KpiColumn, type KpiHistoryColumn } from '../layout/tables';
import type { TableRead } from '../sheets/found-table';
import type { IdAllocator } from '../sheets/ids';
import { literal } from '../sheets/literal';
import { appendRuns, type HistoryRun, SOURCE_WORDS, type Source, same } from './history';
import { type IdWrite, idOf } from './id-cells';

/**
 * The KPI register as the refresh reads it (docs/workbook.md#kpi-history): every KPI row (one
 * with a Measure) gets an ID, and each time its Actual changes — typed, or fed by a formula —
 * the KPI history gets a row, at the moment the refresh sees it. The register's formulas read
 * that history for each period's value.
 */

export interface KpiSnapshot {
  readonly id: string;
  readonly measure: unknown;
  readonly actual: unknown;
  readonly source: Source;
}

export function analyseKpiTable(
  t: TableRead<KpiColumn>,
  allocator: IdAllocator,
  seen: Set<string>,
): { readonly ids: IdWrite[]; readonly snapshots: KpiSnapshot[] } {
  const c = t.located.columns;
  const ids: IdWrite[] = [];
  const snapshots: KpiSnapshot[] = [];
  if (c.id === undefined || c.measure === undefined) return { ids, snapshots };
  for (let r = t.located.headerRow; r < t.values.length; r++) {
    const row = t.values[r] ?? [];
    const measure = row[c.measure - 1];
    if (isBlank(measure)) continue;
    const id = idOf(t, r, c.id - 1, 'kpi', allocator, seen, ids);
    if (id === null) continue;
    const actual = c.actual === undefined ? '' : row[c.actual - 1];
    const formula = c.actual === undefined ? '' : (t.formulas?.[r]?.[c.actual - 1] ?? '');
    snapshots.push({ id, measure, actual, source: formula === '' ? 'sheet' : 'formula' });
  }
  return { ids, snapshots };
}

/** Each KPI's last Actual in its history (rows are appended: the lowest is the latest). */
export function lastActuals(
  values: readonly (readonly unknown[])[],
  table: Located,
): Map<string, unknown> {
  const c = table.columns;
  const last = new Map<string, unknown>();
  if (c.id === undefined || c.actual === undefined) return last;
  for (const row of values.slice(table.headerRow)) {
    const id = readWord(row[c.id - 1]).trim();
    if (id !== '') last.set(id, row[c.actual - 1]);
  }
  return last;
}

/** The KPIs whose Actual differs from their last row (or that have a first value). */
export function kpiEvents(
  snapshots: readonly KpiSnapshot[],
  last: ReadonlyMap<string, unknown>,
): KpiSnapshot[] {
  return snapshots.filter((s) =>
    last.has(s.id) ? !same(last.get(s.id), s.actual) : !isBlank(s.actual),
  );
}

/** The KPI history's new rows, at `when` (the refresh's moment). */
export function kpiHistoryRuns(
  table: Located,
  when: Date,
  events: readonly KpiSnapshot[],
  lang: Lang,
): HistoryRun[] {
  return appendRuns(
    KPI_HISTORY,
    table,
    events.map(
      (e): Readonly<Record<KpiHistoryColumn, unknown>> => ({
        when,
        id: literal(e.id),
        measure: literal(e.measure),
        actual: literal(e.actual),
        source: literal(SOURCE_WORDS[lang][e.source]),
      }),
    ),
  );
}
