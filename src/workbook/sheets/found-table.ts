import { fold, LANGS, type Lang } from '../../core/lang';
import type { Located } from '../layout/columns';
import { OKRS, type OkrColumn, type OkrNamed, TABLES, type TableSheet } from '../layout/tables';
import { locateTable } from './locate';

/**
 * Which Okapi table a sheet holds, from its top rows. Tables share headers (the OKR sheet has
 * ID, Objective, Key result, Current, Progress, Confidence and Note, which is seven of the
 * history's eight), so a sheet is not the first layout that matches: it is the one that
 * matches most of the headers no other table has, then the largest share of its own.
 */
export interface FoundTable<K extends string = string, N extends string = string> {
  readonly layout: TableSheet<K, N>;
  readonly located: Located<K, N>;
  /** The language of its headers: the template's, so formulas write status labels in it. */
  readonly lang: Lang;
}

/** A table as the refresh read it: its sheet's whole data range, from A1. */
export interface TableRead<K extends string = string, N extends string = string>
  extends FoundTable<K, N> {
  /** The sheet's position in the workbook: where the planned writes go. */
  readonly sheet: number;
  readonly values: readonly (readonly unknown[])[];
  /** getFormulas of the same range; null where they were not needed. */
  readonly formulas: readonly (readonly string[])[] | null;
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

/** The OKR tables among tables read, typed by the OKR sheet's keys. */
export function okrTables(tables: readonly TableRead[]): OkrRead[] {
  return tables.flatMap((t) => asTableOf(t, OKRS) ?? []);
}

export type OkrRead = TableRead<OkrColumn, OkrNamed>;

/** The folded headers each table alone uses (computed once: layouts are constants). */
const DISTINCT: ReadonlyMap<TableSheet, ReadonlySet<string>> = new Map(
  TABLES.map((t) => {
    const others = new Set(
      TABLES.filter((o) => o !== t).flatMap((o) =>
        o.columns.flatMap((c) => Object.values(c.header).map(fold)),
      ),
    );
    const own = t.columns.filter((c) => Object.values(c.header).every((h) => !others.has(fold(h))));
    return [t, new Set(own.map((c) => c.key))] as const;
  }),
);

export function identifyTable(
  top: readonly (readonly unknown[])[],
  layouts: readonly TableSheet[] = TABLES,
): FoundTable | null {
  let best: { found: FoundTable; distinct: number; share: number } | null = null;
  for (const layout of layouts) {
    const located = locateTable(top, layout);
    if (located === null) continue;
    const keys = Object.keys(located.columns);
    const distinct = keys.filter((k) => DISTINCT.get(layout)?.has(k)).length;
    const share = keys.length / layout.columns.length;
    if (
      best === null ||
      distinct > best.distinct ||
      (distinct === best.distinct && share > best.share)
    )
      best = {
        found: { layout, located, lang: headerLang(top, layout, located) },
        distinct,
        share,
      };
  }
  return best?.found ?? null;
}

/** The language most of the table's header cells are written in (English on a tie). */
function headerLang(
  top: readonly (readonly unknown[])[],
  layout: TableSheet,
  located: Located,
): Lang {
  const row = top[located.headerRow - 1] ?? [];
  const votes = new Map<Lang, number>(LANGS.map((l) => [l, 0]));
  for (const c of layout.columns) {
    const at = located.columns[c.key];
    const text = at === undefined ? undefined : row[at - 1];
    if (typeof text !== 'string') continue;
    for (const l of LANGS)
      if (fold(text) === fold(c.header[l])) votes.set(l, (votes.get(l) ?? 0) + 1);
  }
  return LANGS.reduce((a, b) => ((votes.get(b) ?? 0) > (votes.get(a) ?? 0) ? b : a));
}
