import type { Lang } from '../core/lang';
import type { CalendarDate } from '../core/period';
import type { BandRules } from './bands';
import { AUTOMATIC_FORMAT, Block, writeBlock } from './block';
import { type Column, NUMBER_FORMATS, type SheetKey, type TableSheet } from './layout';
import { columnLetter, formulaContext, templateLocation } from './table';
import type { ValidationRules } from './validation';

/**
 * One table sheet of the template (OKRs, Actions, KPIs, Check-in history), planned in memory
 * from layout.ts and then written with a fixed number of calls whatever its size.
 */

/** Consecutive columns, 1-based. */
export interface Run {
  readonly first: number;
  readonly count: number;
}

export interface TablePlan {
  readonly table: TableSheet;
  /** Title, banner, headers and prepared rows, written from A1. */
  readonly block: Block;
  readonly frozenRows: number;
  readonly frozenColumns: number;
  /** The wide columns' widths (see wideRuns); the others keep Sheets' default. */
  readonly widths: readonly (Run & { readonly width: number })[];
  readonly hidden: readonly Run[];
  /** Runs of computed columns: protected (warning only) over the prepared rows. */
  readonly computed: readonly Run[];
  /** The computed run that shows scores and statuses: coloured by grade. */
  readonly banded: Run | undefined;
  readonly firstDataRow: number;
  readonly lastDataRow: number;
}

/** The period shown in a banner (OKRs: Period start / Period end). */
export interface PeriodDates {
  readonly start: CalendarDate;
  readonly end: CalendarDate;
}

/** Rows of cells (by column key) to pre-fill below the header; see examples.ts. */
export type PrefillRow = Readonly<Record<string, PrefillCell>>;
export type PrefillCell =
  | { readonly text: string }
  | { readonly value: number | boolean; readonly format?: string };

export const HEADER_FILL = '#e8eaed';
/** The width from which a column is worth a call (Sheets' default is 100 pixels). */
const WIDE = 150;

/** Columns kept in view when scrolling right, where a table is wider than a screen. */
const FROZEN_THROUGH: Partial<Record<SheetKey, string>> = { okrs: 'objective' };

/** The cells that show a grade or a status. */
const BANDED_KEYS = new Set(['progress', 'status']);

/** "2025-01-01": Sheets reads this as a date in every locale, with no time-zone shift. */
export function isoDate(d: CalendarDate): string {
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  return `${pad(d.year, 4)}-${pad(d.month + 1, 2)}-${pad(d.day, 2)}`;
}

export function planTableSheet(
  table: TableSheet,
  lang: Lang,
  period: PeriodDates,
  prefill: readonly PrefillRow[] = [],
): TablePlan {
  const at = templateLocation(table);
  const first = table.headerRow + 1;
  const last = table.headerRow + table.preparedRows;
  if (prefill.length > table.preparedRows)
    throw new RangeError(`${prefill.length} rows to pre-fill, ${table.preparedRows} prepared`);
  const block = new Block(Math.max(last, table.headerRow), table.columns.length);

  block.text(1, 1, table.title[lang]).bold(1, 1);
  for (const n of table.named) {
    block.text(n.row, n.column - 1, n.label[lang]).bold(n.row, n.column - 1);
    block.format(n.row, n.column, NUMBER_FORMATS[n.format]);
    if (n.formula)
      block.formula(n.row, n.column, n.formula(formulaContext(at, n.row, last, lang, 'sheets')));
    else if (n.key === 'start' || n.key === 'end')
      block.value(n.row, n.column, isoDate(period[n.key]));
  }

  table.columns.forEach((column, i) => {
    const c = i + 1;
    block.text(table.headerRow, c, column.header[lang]).bold(table.headerRow, c);
    block.fill(table.headerRow, c, HEADER_FILL);
    if (column.help) block.note(table.headerRow, c, column.help[lang]);
    for (let r = first; r <= last; r++) {
      block.format(r, c, dataFormat(column));
      if (column.formula)
        block.formula(r, c, column.formula(formulaContext(at, r, last, lang, 'sheets')));
      if (column.dropdown) block.dropdown(r, c, column.dropdown);
    }
  });

  prefill.forEach((cells, i) => {
    for (const [key, cell] of Object.entries(cells)) {
      const c = at.columns[key];
      if (c === undefined) throw new Error(`${table.key} has no column "${key}"`);
      if ('text' in cell) block.text(first + i, c, cell.text);
      else {
        block.value(first + i, c, cell.value);
        if (cell.format !== undefined) block.format(first + i, c, cell.format);
      }
    }
  });

  const frozenKey = FROZEN_THROUGH[table.key];
  const computed = runs(table.columns, (c) => c.formula !== undefined);
  return {
    table,
    block,
    frozenRows: table.headerRow,
    frozenColumns: frozenKey === undefined ? 0 : (at.columns[frozenKey] ?? 0),
    widths: wideRuns(table.columns),
    hidden: runs(table.columns, (c) => c.hidden === true),
    computed: table.preparedRows > 0 ? computed : [],
    banded:
      table.preparedRows > 0
        ? computed.find((r) =>
            table.columns
              .slice(r.first - 1, r.first - 1 + r.count)
              .some((c) => BANDED_KEYS.has(c.key)),
          )
        : undefined,
    firstDataRow: first,
    lastDataRow: last,
  };
}

/**
 * A data cell's number format. A computed column shown as text gets none of its own: a text
 * format on a formula cell would turn a rewritten formula into text.
 */
function dataFormat(column: Column): string {
  const format = NUMBER_FORMATS[column.format];
  return column.formula && format === NUMBER_FORMATS.text ? AUTOMATIC_FORMAT : format;
}

/** Runs of consecutive items (columns) that pass `test`. */
export function runs<T>(items: readonly T[], test: (item: T) => boolean): Run[] {
  const out: Run[] = [];
  items.forEach((item, i) => {
    if (!test(item)) return;
    const prev = out[out.length - 1];
    if (prev && prev.first + prev.count === i + 1)
      out[out.length - 1] = { first: prev.first, count: prev.count + 1 };
    else out.push({ first: i + 1, count: 1 });
  });
  return out;
}

/**
 * Each width costs a call, so only the columns that need room get one: runs of adjacent wide
 * text columns (Objective, Key result…) share one call at their widest width; every other
 * column keeps Sheets' default, close to what layout.ts asks for.
 */
export function wideRuns(columns: readonly Column[]): (Run & { readonly width: number })[] {
  return runs(columns, (c) => !c.hidden && c.width >= WIDE).map((r) => ({
    ...r,
    width: Math.max(...columns.slice(r.first - 1, r.first - 1 + r.count).map((c) => c.width)),
  }));
}

/** The A1 notation of columns `run` over rows first..last, e.g. "K5:P204". */
export function runA1(run: Run, first: number, last: number): string {
  return `${columnLetter(run.first)}${first}:${columnLetter(run.first + run.count - 1)}${last}`;
}

/** Everything a sheet writer shares with the others: one builder of each kind. */
export interface Builders {
  readonly validations: ValidationRules;
  readonly bands: BandRules;
}

/** Writes a planned table on a new, empty sheet. */
export function writeTableSheet(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  plan: TablePlan,
  b: Builders,
): void {
  const { block } = plan;
  writeBlock(sheet.getRange(1, 1, block.rows, block.columns), block, (d) => b.validations.rule(d));
  sheet.setFrozenRows(plan.frozenRows);
  if (plan.frozenColumns > 0) sheet.setFrozenColumns(plan.frozenColumns);
  for (const w of plan.widths) sheet.setColumnWidths(w.first, w.count, w.width);
  for (const h of plan.hidden) sheet.hideColumns(h.first, h.count);
  for (const run of plan.computed) {
    const range = sheet.getRange(runA1(run, plan.firstDataRow, plan.lastDataRow));
    // Warning only: people may still overwrite a formula on purpose, after a confirmation.
    range.protect().setWarningOnly(true);
    if (run === plan.banded)
      b.bands.apply(sheet, range, `${columnLetter(run.first)}${plan.firstDataRow}`);
  }
}
