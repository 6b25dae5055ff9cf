import type { SaveBatch } from '../../contract/sidebar';
import { isBlank, isDate } from '../../core/cell';
import { KIND_LABELS } from '../../core/kind';
import type { Lang } from '../../core/lang';
import { numberStyleOf } from '../../core/number';
import { type Period, periodAround } from '../../core/period';
import { roundScore } from '../../core/round';
import type { OkrColumn } from '../layout/tables';
import type { RefreshResult } from '../refresh/refresh';
import { cellAt } from '../sheets/banner';
import { cellOf, formulaOf } from '../sheets/cells';
import { dayOf, isoDate, isoDay } from '../sheets/day';
import { type OkrRead, okrTables } from '../sheets/found-table';
import { literal } from '../sheets/literal';
import { ensureRows, sheetAt } from '../sheets/sheet-list';
import { inputError } from './input';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
/** Cells to write, by 1-based row, then by column key. */
type Cells = Map<number, Map<OkrColumn, unknown>>;

/**
 * A sidebar save, written into what a refresh found a moment before under the same lock (see
 * refreshWorkbook's `before`): new objectives as rows below the OKR table's last used row,
 * check-ins into their key results' rows. Text goes as text (an apostrophe first), so "=…",
 * "+…", "-…" or "@…" typed in the sidebar never becomes a formula; a percentage goes as a
 * person types one ("15%"), so the cell shows it so. Writes go by blocks — one setValues for
 * the new rows, one per check-in column — so a save costs the same number of calls whatever
 * the number of key results; a cell of a block that the save does not change is written back
 * as it was read (its formula, else its value).
 */
export interface Applied {
  /** Where the new objectives' rows went: their IDs are known once the refresh gave them. */
  readonly objectives: readonly { readonly sheet: number; readonly row: number }[];
  readonly checkedIn: number;
}

const NEW_ROW_KEYS: readonly OkrColumn[] = [
  'objective',
  'keyResult',
  'parent',
  'owner',
  'kind',
  'unit',
];
const AMOUNT_KEYS: readonly OkrColumn[] = ['baseline', 'target', 'current', 'weight'];

/** null when there is no OKR table to add objectives to (nothing was written). */
export function applyBatch(
  batch: SaveBatch,
  found: RefreshResult,
  lang: Lang,
  locale: string,
  timeZone: string,
): Applied | null {
  const { sheets, tables } = found.read;
  const okrs = okrTables(tables);
  const okr = okrs[0];
  if (okr === undefined && batch.objectives.length > 0) return null;
  const rows = new Map<string, { readonly table: OkrRead; readonly row: number }>();
  for (const o of found.objectives) {
    const table = okrs.find((t) => t.sheet === o.sheet);
    if (table) for (const k of o.krs) rows.set(k.id, { table, row: k.row });
  }
  // Every check-in is placed before anything is written: an unknown ID writes nothing.
  const placed = batch.checkIns.map((c, i) => {
    const at = rows.get(c.krId);
    if (at === undefined) throw inputError(lang, [`checkIns#${i}`, 'krId'], 'unknown');
    return { c, ...at };
  });
  const today = isoDay(Date.now(), timeZone);
  const checkedIn = new Date(dayOf(Date.now(), timeZone).start);
  const decimal = numberStyleOf(locale).decimal;
  const amount = (x: number | null | undefined, percent: boolean): unknown =>
    x == null ? '' : percent ? `${String(roundScore(x * 100)).replace('.', decimal)}%` : x;
  const sheet = (t: OkrRead): Sheet => sheetAt(sheets, t.sheet);

  const checkIns = new Map<OkrRead, Cells>();
  for (const { c, table, row } of placed) {
    const cells: Cells = checkIns.get(table) ?? new Map();
    checkIns.set(table, cells);
    const line = new Map<OkrColumn, unknown>([
      ['confidence', amount(c.confidence, true)],
      ['note', literal(c.note)],
      // A Date, as the history writes its own: a date cell whatever the column's format.
      ['checkedIn', checkedIn],
    ]);
    // A formula-fed Current is the sheet's: it stays.
    if (c.current !== undefined && formulaOf(table, row, 'current') === '')
      line.set('current', amount(c.current, readPercent(cellOf(table, row, 'unit'))));
    cells.set(row, line);
  }
  for (const [table, cells] of checkIns)
    for (const key of ['current', 'confidence', 'note', 'checkedIn'] as const) {
      const column = table.located.columns[key];
      const touched = [...cells].filter(([, line]) => line.has(key)).map(([r]) => r);
      if (column === undefined || touched.length === 0) continue;
      const first = Math.min(...touched);
      const count = Math.max(...touched) - first + 1;
      writeBlock(sheet(table), table, first, count, column, 1, cells);
    }
  if (okr === undefined || batch.objectives.length === 0)
    return { objectives: [], checkedIn: placed.length };

  // New objectives: the objective's own row, then one row per key result naming it.
  const first = lastUsedRow(okr) + 1;
  const cells: Cells = new Map();
  const add = (line: Partial<Record<OkrColumn, unknown>>): number => {
    const row = first + cells.size;
    cells.set(row, new Map(Object.entries(line) as [OkrColumn, unknown][]));
    return row;
  };
  const objectives = batch.objectives.map((o) => {
    const row = add({
      objective: literal(o.title),
      parent: literal(o.parent),
      owner: literal(o.owner),
    });
    for (const k of o.krs) {
      const percent = readPercent(k.unit);
      add({
        objective: literal(o.title),
        keyResult: literal(k.title),
        owner: literal(k.owner),
        kind: literal(KIND_LABELS[okr.lang][k.kind]),
        unit: literal(k.unit),
        weight: amount(k.weight, false),
        ...(k.kind === 'milestone'
          ? {}
          : { baseline: amount(k.baseline, percent), target: amount(k.target, percent) }),
      });
    }
    return { sheet: okr.sheet, row };
  });
  const target = sheet(okr);
  const columns = [...NEW_ROW_KEYS, ...AMOUNT_KEYS].flatMap((k) => okr.located.columns[k] ?? []);
  const left = Math.min(...columns);
  const last = first + cells.size - 1;
  ensureRows(target, last);
  writeBlock(target, okr, first, cells.size, left, Math.max(...columns) - left + 1, cells);
  setPeriod(target, okr, batch.objectives[0]?.period ?? 'quarter', today);
  return { objectives, checkedIn: placed.length };
}

function readPercent(unit: unknown): boolean {
  return typeof unit === 'string' && unit.trim() === '%';
}

/**
 * One setValues: the cells to change, and every other cell of the block as it was read — its
 * formula when it holds one, else its value (text kept text).
 */
function writeBlock(
  sheet: Sheet,
  t: OkrRead,
  row: number,
  rows: number,
  column: number,
  columns: number,
  cells: Cells,
): void {
  const keys = new Map(
    (Object.entries(t.located.columns) as [OkrColumn, number][]).map(([k, c]) => [c, k]),
  );
  const grid = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: columns }, (_, j) => {
      const r = row + i - 1;
      const c = column + j - 1;
      const line = cells.get(r + 1);
      const key = keys.get(c + 1);
      if (key !== undefined && line?.has(key)) return line.get(key);
      return t.formulas?.[r]?.[c] || literal(t.values[r]?.[c] ?? '');
    }),
  );
  sheet.getRange(row, column, rows, columns).setValues(grid);
}

/**
 * The last row a person used: any cell outside the computed columns (which the template fills
 * on every prepared row) holding a value or a formula.
 */
function lastUsedRow(t: OkrRead): number {
  const computed = new Set(
    t.layout.columns.filter((c) => c.formula).map((c) => (t.located.columns[c.key] ?? 0) - 1),
  );
  for (let r = t.values.length - 1; r >= t.located.headerRow; r--) {
    const used = (t.values[r] ?? []).some(
      (v, c) => !computed.has(c) && (!isBlank(v) || (t.formulas?.[r]?.[c] ?? '') !== ''),
    );
    if (used) return r + 1;
  }
  return t.located.headerRow;
}

/** The banner's dates, where it has none: the period of the kind chosen, around today. */
function setPeriod(sheet: Sheet, t: OkrRead, period: Period, today: string): void {
  const dates = periodAround(period, Number(today.slice(0, 4)), Number(today.slice(5, 7)) - 1);
  for (const key of ['start', 'end'] as const) {
    const at = t.located.named[key];
    if (at !== undefined && !isDate(cellAt(t, key)))
      sheet.getRange(at[0], at[1]).setValue(isoDate(dates[key]));
  }
}
