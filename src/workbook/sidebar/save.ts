import type { KpiCheckIn, KrFromKpi, SaveBatch } from '../../contract/sidebar';
import { isBlank, isDate, readWord } from '../../core/cell';
import { KIND_LABELS } from '../../core/kind';
import { dayOfDate } from '../../core/kpi-calendar';
import { krPeriods } from '../../core/kpi-summary';
import { parseFrequency, parseMeasure } from '../../core/kpi-words';
import type { Lang } from '../../core/lang';
import { numberStyleOf } from '../../core/number';
import { type Period, periodAround } from '../../core/period';
import { krFromKpiFormula } from '../layout/kpi-formulas';
import { KPIS, type KpiColumn, type OkrColumn } from '../layout/tables';
import type { RefreshResult } from '../refresh/refresh';
import { cellAt, dayNumber } from '../sheets/banner';
import { CellWrites } from '../sheets/cell-writes';
import { cellOf, formulaOf } from '../sheets/cells';
import { dayOf, isoDate, isoDay } from '../sheets/day';
import {
  asTableOf,
  currentOkrTable,
  type OkrRead,
  okrTables,
  type TableRead,
} from '../sheets/found-table';
import { literal } from '../sheets/literal';
import { ensureRows, sheetAt } from '../sheets/sheet-list';
import { inputError } from './input';
import { kpiIsPercent } from './state';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

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
  // The current period's table (a KR carried into it keeps its ID: its check-ins go there).
  const okr = currentOkrTable(tables) ?? okrTables(tables)[0];
  if (okr === undefined && batch.objectives.length > 0) return null;
  const krRows = new Map<string, { readonly table: OkrRead; readonly row: number }>();
  for (const o of found.objectives)
    if (okr !== undefined && o.sheet === okr.sheet)
      for (const k of o.krs) krRows.set(k.id, { table: okr, row: k.row });
  // Titles are unique per table, ignoring case (KRs roll up by title): checked before anything
  // is written, against the table's objectives and the batch's own.
  const titles = new Set(
    found.objectives.filter((o) => o.sheet === okr?.sheet).map((o) => o.title.toLowerCase()),
  );
  batch.objectives.forEach((o, i) => {
    const title = o.title.toLowerCase();
    if (titles.has(title)) throw inputError(lang, [`objectives#${i}`, 'title'], 'duplicate');
    titles.add(title);
  });
  const today = isoDay(Date.now(), timeZone);
  const fromKpi = kpiFormulas(tables, lang);
  // Every check-in is placed before anything is written: an unknown ID, or an unknown KPI to
  // feed a KR from, writes nothing. A KR fed from now on reads the KPI over the sheet's period.
  const placed = batch.checkIns.map((c, i) => {
    const at = krRows.get(c.krId);
    if (at === undefined) throw inputError(lang, [`checkIns#${i}`, 'krId'], 'unknown');
    const fed =
      c.kpi === undefined
        ? null
        : fromKpi(c.kpi, krPeriod(at.table, 'quarter', today), [`checkIns#${i}`, 'kpi', 'kpiId']);
    return { c, fed, ...at };
  });
  const checkedIn = new Date(dayOf(Date.now(), timeZone).start);
  const decimal = numberStyleOf(locale).decimal;
  const amount = (x: number | null | undefined, percent: boolean): unknown =>
    x == null
      ? ''
      : // A percentage Sheets cannot read back (past the largest number ×100) goes as the number.
        percent && Number.isFinite(x * 100)
        ? `${plainDecimal(x, 2).replace('.', decimal)}%`
        : x;
  const sheet = (t: OkrRead): Sheet => sheetAt(sheets, t.sheet);

  // Check-ins: only the cells whose value changes, read again just now under the lock.
  const writes = new Map<OkrRead, CellWrites>();
  for (const { c, fed, table, row } of placed) {
    const cells = writes.get(table) ?? new CellWrites();
    writes.set(table, cells);
    const set = (key: OkrColumn, value: unknown, same: boolean): void => {
      const column = table.located.columns[key];
      if (column !== undefined && !same) cells.set(row, column, value);
    };
    const was = (key: OkrColumn): unknown => cellOf(table, row, key);
    set('confidence', amount(c.confidence, true), sameNumber(was('confidence'), c.confidence));
    set('note', literal(c.note), readWord(was('note')) === c.note);
    // A formula-fed Current is the sheet's: it stays, unless the person feeds it from a KPI.
    if (fed !== null) set('current', fed, formulaOf(table, row, 'current') === fed);
    else if (c.current !== undefined && formulaOf(table, row, 'current') === '') {
      const percent = readPercent(was('unit'));
      set('current', amount(c.current, percent), sameNumber(was('current'), c.current));
    }
    // A Date, as the history writes its own: a date cell whatever the column's format.
    const last = was('checkedIn');
    set('checkedIn', checkedIn, isDate(last) && last.getTime() === checkedIn.getTime());
  }
  for (const [table, cells] of writes) cells.write(sheet(table));
  const kpis = applyKpiCheckIns(batch.kpiCheckIns ?? [], tables, sheets, lang, (x, t, row) =>
    amount(x, kpiIsPercent(t, row, locale)),
  );
  const count = placed.length + kpis;
  if (okr === undefined || batch.objectives.length === 0)
    return { objectives: [], checkedIn: count };

  // New objectives, below the last row a person used: the objective's own row, then one row
  // per key result naming it, in Okapi's columns only (a person's own columns stay blank).
  const first = lastUsedRow(okr) + 1;
  const period = krPeriod(okr, batch.objectives[0]?.period ?? 'quarter', today);
  const rows: Partial<Record<OkrColumn, unknown>>[] = [];
  const objectives = batch.objectives.map((o, i) => {
    const row = first + rows.length;
    rows.push({ objective: literal(o.title), parent: literal(o.parent), owner: literal(o.owner) });
    for (const [j, k] of o.krs.entries()) {
      const percent = readPercent(k.unit);
      rows.push({
        objective: literal(o.title),
        keyResult: literal(k.title),
        owner: literal(k.owner),
        kind: literal(KIND_LABELS[okr.lang][k.kind]),
        unit: literal(k.unit),
        weight: amount(k.weight, false),
        ...(k.kind === 'milestone'
          ? {}
          : {
              baseline: amount(k.baseline, percent),
              target: amount(k.target, percent),
              ...(k.kpi === undefined
                ? {}
                : { current: fromKpi(k.kpi, period, [`objectives#${i}`, `krs#${j}`, 'kpiId']) }),
            }),
      });
    }
    return { sheet: okr.sheet, row };
  });
  const target = sheet(okr);
  const cells = new CellWrites();
  // The new rows are blank: each column written is written whole over them, blanks included,
  // so that adjacent columns merge into one write.
  for (const key of [...NEW_ROW_KEYS, ...AMOUNT_KEYS]) {
    const column = okr.located.columns[key];
    if (column === undefined || rows.every((r) => r[key] === undefined)) continue;
    rows.forEach((r, i) => {
      cells.set(first + i, column, r[key] ?? '');
    });
  }
  ensureRows(target, first + rows.length - 1);
  cells.write(target);
  setPeriod(target, okr, batch.objectives[0]?.period ?? 'quarter', today);
  return { objectives, checkedIn: count };
}

/**
 * KPI check-ins: each KPI's Actual, in the first KPIs sheet's row with its ID, only where it
 * changes; a formula-fed Actual is the sheet's and stays. Every ID is placed before anything is
 * written: an unknown one writes nothing. How many were checked in.
 */
function applyKpiCheckIns(
  checkIns: readonly KpiCheckIn[],
  tables: readonly TableRead[],
  sheets: readonly Sheet[],
  lang: Lang,
  amount: (x: number | null, t: TableRead<KpiColumn>, row: number) => unknown,
): number {
  if (checkIns.length === 0) return 0;
  const t = tables.flatMap((x) => asTableOf(x, KPIS) ?? [])[0];
  const rows = new Map<string, number>();
  if (t !== undefined)
    for (let r = t.located.headerRow + 1; r <= t.values.length; r++) {
      const id = readWord(cellOf(t, r, 'id')).trim();
      if (id !== '' && !rows.has(id)) rows.set(id, r);
    }
  const placed = checkIns.map((c, i) => {
    const row = rows.get(c.kpiId);
    if (t === undefined || row === undefined)
      throw inputError(lang, [`kpiCheckIns#${i}`, 'kpiId'], 'unknownKpi');
    return { c, row };
  });
  const column = t?.located.columns.actual;
  if (t === undefined || column === undefined) return 0;
  const cells = new CellWrites();
  for (const { c, row } of placed) {
    if (formulaOf(t, row, 'actual') !== '') continue;
    const was = cellOf(t, row, 'actual');
    if (sameNumber(was, c.actual)) continue;
    // Written as the person would type it: a percent KPI's "52%" makes the cell a percent.
    cells.set(row, column, amount(c.actual, t, row));
  }
  cells.write(sheetAt(sheets, t.sheet));
  return placed.length;
}

/** Whether a cell as read holds this number already (null: blank). */
function sameNumber(was: unknown, now: number | null): boolean {
  return now === null ? isBlank(was) : typeof was === 'number' && was === now;
}

/**
 * A number times 10^shift as digits, never in exponent form ("1e+302" or "1e-11" are not what a
 * person types, and would not be read back as the number): 15 significant digits at most. The
 * point is moved in the digits, not by multiplying, so a fraction near the largest number still
 * makes its percentage.
 */
function plainDecimal(x: number, shift = 0): string {
  const [mantissa = '0', exponent = '0'] = x.toPrecision(15).split('e');
  const negative = mantissa.startsWith('-');
  const [whole = '0', fraction = ''] = mantissa.replace('-', '').split('.');
  const digits = (whole + fraction).replace(/0+$/, '') || '0';
  const point = whole.length + Number(exponent) + shift;
  const text =
    point <= 0
      ? `0.${'0'.repeat(-point)}${digits}`
      : point >= digits.length
        ? digits + '0'.repeat(point - digits.length)
        : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return (negative ? '-' : '') + text.replace(/^0+(?=\d)/, '');
}

function readPercent(unit: unknown): boolean {
  return typeof unit === 'string' && unit.trim() === '%';
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

/** The KR period, as day numbers: the banner's, or the one setPeriod is about to write. */
function krPeriod(t: OkrRead, period: Period, today: string): { start: number; end: number } {
  const dates = periodAround(period, Number(today.slice(0, 4)), Number(today.slice(5, 7)) - 1);
  const day = (key: 'start' | 'end'): number => {
    const cell = cellAt(t, key);
    if (isDate(cell)) return dayNumber(cell.getTime());
    const d = dates[key];
    return dayOfDate(d.year, d.month, d.day);
  };
  return { start: day('start'), end: day('end') };
}

/**
 * A KR's Current fed by a KPI of the register (a new KR's, or one fed from now on): the native
 * formula over the KR period, from the KPI's frequency and measure as its row says them. A KPI
 * the batch names that is not in the register is refused, naming the field at `path`.
 */
function kpiFormulas(
  tables: readonly TableRead[],
  lang: Lang,
): (
  kpi: KrFromKpi,
  period: { readonly start: number; readonly end: number },
  path: readonly string[],
) => string {
  const t = tables.flatMap((x) => asTableOf(x, KPIS) ?? [])[0];
  return (kpi, period, path) => {
    let row: number | undefined;
    if (t !== undefined)
      for (let r = t.located.headerRow + 1; r <= t.values.length && row === undefined; r++)
        if (readWord(cellOf(t, r, 'id')).trim() === kpi.kpiId) row = r;
    if (t === undefined || row === undefined) throw inputError(lang, path, 'unknownKpi');
    const frequency = parseFrequency(readWord(cellOf(t, row, 'frequency')));
    // A KPI of no frequency Okapi reads has no periods: it is read as it last stands, its
    // last value by the KR period's end (the one "period" of the KR, read as a rate).
    if (frequency === null)
      return `=${krFromKpiFormula(kpi.kpiId, [{ first: period.start, last: period.end }], 'rate', 'last')}`;
    const measure = parseMeasure(readWord(cellOf(t, row, 'measuredAs'))) ?? 'rate';
    const periods = krPeriods(frequency, period.start, period.end);
    return `=${krFromKpiFormula(kpi.kpiId, periods, measure, kpi.summary)}`;
  };
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
