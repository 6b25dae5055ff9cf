import type { Lang } from '../../core/lang';
import type { Located } from '../layout/columns';
import { OKRS, type OkrColumn, type OkrNamed, type TableSheet } from '../layout/tables';

/**
 * A table of one of Okapi's marked sheets, as a refresh read it: which layout it is (from the
 * sheet's mark), where its columns are (from the columns' marks), and its sheet's whole data
 * range from A1.
 */
export interface TableRead<K extends string = string, N extends string = string> {
  readonly layout: TableSheet<K, N>;
  readonly located: Located<K, N>;
  /** The sheet's language, from its mark: formulas write status labels in it. */
  readonly lang: Lang;
  /** The sheet's position among the sheets read: where the planned writes go. */
  readonly sheet: number;
  readonly values: readonly (readonly unknown[])[];
  /** getFormulas of the same range; null where they were not needed. */
  readonly formulas: readonly (readonly string[])[] | null;
  /** getNumberFormats of the same range, for a layout whose cells follow formats; else null. */
  readonly formats: readonly (readonly string[])[] | null;
  /** An OKR table whose period is over: kept up to date, but no health check runs there. */
  readonly closed: boolean;
}

/**
 * A table read as the layout it is, typed by that layout's column and banner keys, or null: so
 * code that reads the OKR table by key cannot name a column the OKR table lacks.
 */
export function asTableOf<K extends string, N extends string>(
  t: TableRead,
  layout: TableSheet<K, N>,
): TableRead<K, N> | null {
  return t.layout === layout ? (t as unknown as TableRead<K, N>) : null;
}

export type OkrRead = TableRead<OkrColumn, OkrNamed>;

/** The OKR tables among tables read, typed by the OKR sheet's keys. */
export function okrTables(tables: readonly TableRead[]): OkrRead[] {
  return tables.flatMap((t) => asTableOf(t, OKRS) ?? []);
}

/**
 * The period a team works in: the first OKR table (in tab order) that is not closed — the one
 * the sidebar shows, the one a period's end closes, the one the next period follows.
 */
export function currentOkrTable(tables: readonly TableRead[]): OkrRead | null {
  return okrTables(tables).find((t) => !t.closed) ?? null;
}
