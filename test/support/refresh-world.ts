import { type BundleHandle, loadBundle } from '../../emulation/load';
import { hostRealm } from '../../emulation/realm';
import { OKRS } from '../../src/workbook/layout/tables';

/**
 * A workbook for the refresh tests and bench: the real bundle in the emulation, the template
 * made by the real "Create OKR template", and a person's hands (the services driven from the
 * host, as someone editing the sheet). Nothing here is Okapi logic: only test scaffolding.
 */
export const NOW = new Date('2025-05-15T08:00:00Z');
export const OKR_SHEET = OKRS.name.en;
export const HISTORY_SHEET = 'Check-in history';

export type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface World {
  readonly h: BundleHandle;
  readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  readonly okr: Sheet;
  sheet(name: string): Sheet;
  /** The 1-based column holding a header in a sheet's header row (read, not assumed). */
  col(sheet: string, header: string, headerRow?: number): number;
  /** Runs the menu's Refresh progress and returns the service calls it made. */
  refresh(): number;
}

export function world(options: { locale?: string; template?: boolean; now?: Date } = {}): World {
  const h = loadBundle({
    now: options.now ?? NOW,
    timeZone: 'Europe/Paris',
    locale: options.locale ?? 'en_US',
  });
  if (options.template ?? true) h.run('okapiCreateTemplate');
  const services = h.emulation.globals(h.emulation.gateway(hostRealm));
  const ss =
    services.SpreadsheetApp.getActiveSpreadsheet() as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const sheet = (name: string): Sheet => {
    const s = ss.getSheetByName(name);
    if (s === null) throw new Error(`no sheet ${name}`);
    return s;
  };
  return {
    h,
    ss,
    get okr() {
      return sheet(OKR_SHEET);
    },
    sheet,
    col(name, header, headerRow = OKRS.headerRow) {
      const row = h.spreadsheet.values(name, `A${headerRow}:AZ${headerRow}`)[0] ?? [];
      const at = row.indexOf(header);
      if (at < 0) throw new Error(`no header ${header} in ${name}`);
      return at + 1;
    },
    refresh() {
      h.calls.reset();
      h.run('okapiRefresh');
      return h.calls.total;
    },
  };
}

/** One objective row and its KR rows, as cells by header. */
export type Row = Readonly<Record<string, unknown>>;

export function okrRows(objectives: number, krsEach: number, start = 1): Row[] {
  const rows: Row[] = [];
  for (let o = start; o < start + objectives; o++) {
    const title = `Objective ${letters(o)}`;
    rows.push({ Objective: title, Owner: 'Ana' });
    for (let k = 1; k <= krsEach; k++)
      rows.push({
        Objective: title,
        'Key result': `KR ${letters(o)}.${k}`,
        Owner: 'Ben',
        Baseline: 100,
        Target: 200,
        Current: 100 + ((o * 7 + k * 13) % 120),
        Confidence: 0.7,
        Note: `note ${o}.${k}`,
      });
  }
  return rows;
}

/** A number written with letters, so objective titles hold no digit (a finding otherwise). */
function letters(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26))
    s = String.fromCharCode(97 + ((x - 1) % 26)) + s;
  return s;
}

/** Types rows into a sheet below `after`, each cell under its header, in one setValues. */
export function typeRows(
  w: World,
  name: string,
  after: number,
  rows: readonly Row[],
  headerRow = OKRS.headerRow,
): void {
  if (rows.length === 0) return;
  const header = (w.h.spreadsheet.values(name, `A${headerRow}:AZ${headerRow}`)[0] ??
    []) as unknown[];
  const width = header.reduce<number>((w, v, i) => (v === '' ? w : i + 1), 0);
  const sheet = w.sheet(name);
  const need = after + rows.length - sheet.getMaxRows();
  if (need > 0) sheet.insertRowsAfter(sheet.getMaxRows(), need);
  const grid = rows.map((r) =>
    header.slice(0, width).map((hd) => (typeof hd === 'string' && hd in r ? r[hd] : '')),
  );
  // Cells under computed headers stay as they are: a person types only their own columns.
  const computed = new Set(OKRS.columns.filter((c) => c.formula).map((c) => c.header.en));
  header.slice(0, width).forEach((hd, j) => {
    if (typeof hd === 'string' && computed.has(hd)) return;
    sheet.getRange(after + 1, j + 1, rows.length, 1).setValues(grid.map((line) => [line[j]]));
  });
}
