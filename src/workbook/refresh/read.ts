import { type DashboardRead, dashboardLang } from '../dashboard/trend';
import { checkedByValues } from '../layout/tables';
import { identifyTable, type TableRead } from '../sheets/found-table';
import {
  isRefreshed,
  type Registry,
  type SheetRole,
  type StoredRegistry,
} from '../sheets/registry';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * What a refresh reads: the sheets the registry names (OKR tables, KPI tables, history,
 * dashboards), opened by ID, each table's data range read once (values, and formulas where it
 * has computed columns); the dashboards are not read at all (their trend block is compared by
 * digest). Sheets a template made since are added to it by name. When the registry is
 * missing or no longer true, every sheet is read to find the tables by header, as a workbook
 * from elsewhere needs, and a new registry is made.
 */
export interface WorkbookRead {
  /** The sheets read, by the index that tables, dashboards and planned writes use. */
  readonly sheets: readonly Sheet[];
  readonly tables: readonly TableRead[];
  readonly dashboards: readonly DashboardRead[];
  readonly registry: Registry;
  /** Whether the registry differs from the one stored (it is then to be stored). */
  readonly changed: boolean;
}

export function readWorkbook(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  stored: StoredRegistry,
): WorkbookRead {
  const opened = new Map<number, Sheet>();
  const registry = stored.pending.length > 0 ? addTemplates(ss, stored, opened) : stored.registry;
  const read = registry === null ? null : readRegistered(ss, registry, opened);
  if (read === null) return scanWorkbook(ss);
  return registry === stored.registry ? read : { ...read, changed: true };
}

/**
 * The registry with the sheets templates made since, by ID; null when one of them is gone or
 * renamed already (a scan then finds them). Sheets that were there before a first template
 * are taken to hold no table; the trend block of a new dashboard is still to be drawn.
 */
function addTemplates(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  stored: StoredRegistry,
  opened: Map<number, Sheet>,
): Registry | null {
  const roles: SheetRole[] = [...(stored.registry?.roles ?? [])];
  for (const p of stored.pending) {
    const sheet = ss.getSheetByName(p.name);
    if (sheet === null) return null;
    const id = sheet.getSheetId();
    opened.set(id, sheet);
    roles.push({ id, key: p.key, lang: p.lang });
  }
  return { sheets: ss.getNumSheets(), roles };
}

/** The registered sheets, or null when the registry no longer matches the workbook. */
function readRegistered(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  registry: Registry,
  opened: ReadonlyMap<number, Sheet>,
): WorkbookRead | null {
  // Just counted when templates' sheets were added.
  if (opened.size === 0 && ss.getNumSheets() !== registry.sheets) return null;
  const sheets: Sheet[] = [];
  const tables: TableRead[] = [];
  const dashboards: DashboardRead[] = [];
  for (const role of registry.roles) {
    const sheet = opened.get(role.id) ?? ss.getSheetById(role.id);
    if (sheet === null) return null;
    const index = sheets.push(sheet) - 1;
    if (role.key === 'dashboard') {
      dashboards.push({ sheet: index, lang: role.lang });
      continue;
    }
    const table = readTable(sheet.getDataRange(), index);
    if (table === null || table.layout.key !== role.key) return null;
    tables.push(table);
  }
  return { sheets, tables, dashboards, registry, changed: false };
}

/** Every sheet, read to find Okapi's tables and dashboards by their headers and labels. */
function scanWorkbook(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): WorkbookRead {
  const all = ss.getSheets();
  const sheets: Sheet[] = [];
  const tables: TableRead[] = [];
  const dashboards: DashboardRead[] = [];
  const roles: SheetRole[] = [];
  for (const sheet of all) {
    const index = sheets.length;
    const range = sheet.getDataRange();
    const values = range.getValues();
    const table = readTable(range, index, values);
    const dashboard = table === null ? dashboardLang(values) : null;
    const key = table?.layout.key ?? (dashboard === null ? null : 'dashboard');
    if (key === null || !isRefreshed(key)) continue;
    const lang = table?.lang ?? dashboard ?? 'en';
    sheets.push(sheet);
    roles.push({ id: sheet.getSheetId(), key, lang });
    if (table === null) dashboards.push({ sheet: index, lang });
    else tables.push(table);
  }
  return { sheets, tables, dashboards, registry: { sheets: all.length, roles }, changed: true };
}

/**
 * A sheet's table from its whole data range, or null when it holds none. Formulas tell a
 * person's formula from an empty ID cell or a typed Current, and a current computed column
 * from one to rewrite; tables without computed columns, or whose computed columns are checked
 * by their values (layout.ts, blankUnless), do without them.
 */
function readTable(
  range: GoogleAppsScript.Spreadsheet.Range,
  index: number,
  values: unknown[][] = range.getValues(),
): TableRead | null {
  const found = identifyTable(values);
  if (found === null) return null;
  const computed = found.layout.columns.some((c) => c.formula);
  const formulas = computed && !checkedByValues(found.layout) ? range.getFormulas() : null;
  return { ...found, sheet: index, values, formulas };
}
