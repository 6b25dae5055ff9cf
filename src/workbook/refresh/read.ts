import { fold, type Lang } from '../../core/lang';
import type { DashboardRead } from '../dashboard/trend';
import type { Located } from '../layout/columns';
import { HISTORY, KPI_HISTORY, KPIS, OKRS, type TableSheet } from '../layout/tables';
import type { TableRead } from '../sheets/found-table';
import { legacyKeys, legacySheets } from '../sheets/legacy';
import { headerRowOf, locateNamed, locateTable } from '../sheets/locate';
import { type MarkedRole, type MarkedSheet, readMarks } from '../sheets/marks';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The table each marked role holds (the dashboard is no table). */
const LAYOUTS: Readonly<Record<Exclude<MarkedRole, 'dashboard' | 'review'>, TableSheet>> = {
  okrs: OKRS,
  kpis: KPIS,
  history: HISTORY,
  kpiHistory: KPI_HISTORY,
};

export interface ReviewRead {
  readonly sheet: number;
  readonly lang: Lang;
  /** "2026-10-01" */
  readonly period: string;
}

/** A mark to add: a sheet adopted from a legacy workbook, or a column found by its header. */
export type PendingMark =
  | {
      readonly kind: 'sheet';
      readonly sheet: number;
      readonly role: MarkedRole;
      readonly lang: Lang;
    }
  | {
      readonly kind: 'column';
      readonly sheet: number;
      readonly column: number;
      readonly key: string;
    };

/**
 * What a refresh reads: Okapi's marked sheets (one finder call), each table's data range once
 * (values, and formulas where it has computed columns); the dashboards are not read at all
 * (their trend block is compared by digest). A table's columns are its marked columns. Its
 * columns are found by header only where it has no marked column yet (a template just made, or
 * a workbook from before the marks), and marked by the next refresh that writes.
 */
export interface WorkbookRead {
  /** The sheets read, by the index that tables, dashboards and planned writes use. */
  readonly sheets: readonly Sheet[];
  readonly tables: readonly TableRead[];
  readonly dashboards: readonly DashboardRead[];
  /** Each closed period's Review sheet: the sheet's index and the period's first day. */
  readonly reviews: readonly ReviewRead[];
  /** Marked tables whose header row was not found: nothing is read or written there. */
  readonly headless: readonly { readonly sheet: number; readonly role: MarkedRole }[];
  /** Marks a writing refresh adds, before anything else. */
  readonly marks: readonly PendingMark[];
  /** Legacy document properties to drop once their sheets are marked. */
  readonly legacy: readonly string[];
}

export function readWorkbook(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  properties: Readonly<Record<string, string>>,
): WorkbookRead {
  const marks: PendingMark[] = [];
  let marked: readonly MarkedSheet[] = readMarks(ss);
  let legacy: string[] = [];
  if (marked.length === 0) {
    // A workbook made before the marks: adopted once, from what its properties name.
    marked = legacySheets(ss, properties).map((l) => ({
      ...l,
      columns: new Map(),
      closed: false,
      period: null,
    }));
    legacy = legacyKeys(properties);
    marked.forEach((m, i) => {
      marks.push({ kind: 'sheet', sheet: i, role: m.role, lang: m.lang });
    });
  }
  const sheets: Sheet[] = [];
  const tables: TableRead[] = [];
  const dashboards: DashboardRead[] = [];
  const reviews: ReviewRead[] = [];
  const headless: { sheet: number; role: MarkedRole }[] = [];
  for (const m of marked) {
    const index = sheets.push(m.sheet) - 1;
    if (m.role === 'dashboard') {
      dashboards.push({ sheet: index, lang: m.lang });
      continue;
    }
    if (m.role === 'review') {
      if (m.period !== null) reviews.push({ sheet: index, lang: m.lang, period: m.period });
      continue;
    }
    const table = readTable(m, LAYOUTS[m.role], index, marks);
    if (table === null) headless.push({ sheet: index, role: m.role });
    else tables.push(table);
  }
  return { sheets, tables, dashboards, reviews, headless, marks, legacy };
}

/**
 * A marked sheet's table, or null when its header row is not found. Formulas tell a person's
 * formula from an empty ID cell or a typed Current, and a computed cell typed over from one
 * that holds its formula; tables without computed columns do without them.
 */
function readTable(
  m: MarkedSheet,
  layout: TableSheet,
  index: number,
  marks: PendingMark[],
): TableRead | null {
  const range = m.sheet.getDataRange();
  const values = range.getValues();
  const computed = layout.columns.some((c) => c.formula);
  const formulas = computed ? range.getFormulas() : null;
  const formats = layout.followFormats === undefined ? null : range.getNumberFormats();
  let columns: Partial<Record<string, number>> = Object.fromEntries(m.columns);
  let headerRow: number | null;
  if (m.columns.size === 0) {
    const found = adopt(values, formulas, layout);
    if (found === null) return null;
    columns = found.columns;
    headerRow = found.headerRow;
    for (const [key, column] of Object.entries(columns))
      if (column !== undefined) marks.push({ kind: 'column', sheet: index, column, key });
  } else {
    headerRow = headerRowOf(values, layout, columns);
  }
  if (headerRow === null) return null;
  const located = { headerRow, columns, named: locateNamed(values, layout, headerRow) };
  return {
    layout,
    located,
    lang: m.lang,
    sheet: index,
    values,
    formulas,
    formats,
    closed: m.closed,
  };
}

/**
 * The columns of an Okapi sheet not marked yet, by their headers. Where a person added a column
 * under the same header as a computed one (their own "Status"), the computed column is the one
 * whose first data row holds a formula: the template wrote one on every prepared row.
 */
function adopt(
  values: readonly (readonly unknown[])[],
  formulas: readonly (readonly string[])[] | null,
  layout: TableSheet,
): Located | null {
  const found = locateTable(values, layout);
  if (found === null) return null;
  const header = values[found.headerRow - 1] ?? [];
  const first = formulas?.[found.headerRow] ?? [];
  const columns = { ...found.columns };
  for (const c of layout.columns) {
    if (c.formula === undefined) continue;
    const same = header.flatMap((v, i) =>
      typeof v === 'string' && Object.values(c.header).some((h) => fold(h) === fold(v)) ? [i] : [],
    );
    const ours = same.find((i) => (first[i] ?? '') !== '');
    if (ours !== undefined) columns[c.key] = ours + 1;
  }
  return { ...found, columns };
}
