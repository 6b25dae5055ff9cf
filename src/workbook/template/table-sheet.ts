import type { Lang } from '../../core/lang';
import type { CalendarDate } from '../../core/period';
import type { BandRules } from '../layout/bands';
import { columnLetter, formulaContext, templateLocation } from '../layout/columns';
import {
  type Column,
  computedFormat,
  NUMBER_FORMATS,
  type OkrColumn,
  type TableSheet,
} from '../layout/tables';
import type { ValidationRules } from '../layout/validation';
import { Block, writeBlock } from '../sheets/block';
import { isoDate } from '../sheets/day';
import type { TemplateContent } from './content';

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
  /** The first run of wide columns and its width (see wideRun); the others keep the default. */
  readonly width: (Run & { readonly width: number }) | undefined;
  readonly hidden: readonly Run[];
  /** Runs of computed columns: protected (warning only) over the prepared rows. */
  readonly computed: readonly Run[];
  /** The computed run that shows scores: coloured by grade. */
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
export type PrefillRow = Readonly<Partial<Record<OkrColumn, PrefillCell>>>;
export type PrefillCell =
  | { readonly text: string }
  | { readonly value: number | boolean; readonly format?: string };

/** The width from which a column is worth a call (Sheets' default is 100 pixels). */
const WIDE = 150;

/**
 * The column whose run of computed columns is coloured by grade: the scores (Progress, Bar,
 * Status side by side). A KPI's status says its meaning in words, which spares the KPIs sheet
 * a call.
 */
const BANDED_KEY = 'progress';

/**
 * Plans a table sheet. Only tables people fill in (those with prepared rows) get bold headers
 * and room for their text; the history, which the refresh appends to, keeps Sheets' defaults.
 * Only computed cells get a number format: typed cells keep the automatic one, with which
 * Sheets reads numbers, percents and dates as typed and shows them so. The history's rows,
 * which only the refresh writes, get their columns' formats when it writes them.
 */
export function planTableSheet(
  table: TableSheet,
  lang: Lang,
  period: PeriodDates,
  content: Pick<TemplateContent, 'titles' | 'notes'>,
  prefill: readonly PrefillRow[] = [],
): TablePlan {
  const at = templateLocation(table);
  const first = table.headerRow + 1;
  const last = table.headerRow + table.preparedRows;
  if (prefill.length > table.preparedRows)
    throw new RangeError(`${prefill.length} rows to pre-fill, ${table.preparedRows} prepared`);
  const filled = table.preparedRows > 0;
  const block = new Block(Math.max(last, table.headerRow), table.columns.length);
  const label = (row: number, column: number, text: string): void => {
    block.text(row, column, text);
    if (filled) block.bold(row, column);
  };

  label(1, 1, content.titles[table.key] ?? table.name[lang]);
  const notes = content.notes[table.key] ?? {};
  for (const n of table.named) {
    label(n.row, n.column - 1, n.label[lang]);
    // Only a computed cell gets a format: the period's dates are typed as ISO dates, which
    // Sheets reads as dates and shows in a date format of its own, and so do a person's.
    if (n.formula) {
      block.format(n.row, n.column, NUMBER_FORMATS[n.format]);
      block.formula(n.row, n.column, n.formula(formulaContext(at, n.row, last, lang, 'sheets')));
    } else if (n.key === 'start' || n.key === 'end')
      block.value(n.row, n.column, isoDate(period[n.key]));
    else if (n.setting !== undefined) block.value(n.row, n.column, n.setting);
  }

  table.columns.forEach((column, i) => {
    const c = i + 1;
    label(table.headerRow, c, column.header[lang]);
    const note = notes[column.key];
    if (note !== undefined) block.note(table.headerRow, c, note);
    for (let r = first; r <= last; r++) {
      // A sparse column waits for rows with content, which the refresh gives it.
      if (column.formula && !column.sparse)
        block.formula(r, c, column.formula(formulaContext(at, r, last, lang, 'sheets')));
      if (column.dropdown) block.dropdown(r, c, column.dropdown);
    }
  });
  formatComputed(block, table, last);

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

  // Okapi's own columns (formulas, and what the refresh writes): protected, warning only.
  const computed = filled
    ? runs(table.columns, (c) => c.formula !== undefined || c.written === true)
    : [];
  return {
    table,
    block,
    frozenRows: table.headerRow,
    width: filled ? wideRun(table.columns) : undefined,
    hidden: runs(table.columns, (c) => c.hidden === true),
    computed,
    banded: computed.find((r) =>
      table.columns.slice(r.first - 1, r.first - 1 + r.count).some((c) => c.key === BANDED_KEY),
    ),
    firstDataRow: first,
    lastDataRow: last,
  };
}

/**
 * The number formats of the computed columns: each run of adjacent computed columns that
 * shows a number is formatted whole (its columns of words in General, never "@", under which
 * a formula would stay text), and so are the banner cells above it, down to the header (a
 * label or a blank is not changed by a format), so that the run is one rectangle of formats:
 * one call. A run of words only (the KPIs' status) needs none.
 */
function formatComputed(block: Block, table: TableSheet, last: number): void {
  const first = table.headerRow + 1;
  for (const run of runs(table.columns, (c) => c.formula !== undefined)) {
    const columns = table.columns.slice(run.first - 1, run.first - 1 + run.count);
    if (columns.every((c) => c.format === 'text')) continue;
    const above = table.named
      .filter((n) => n.formula && n.column >= run.first && n.column < run.first + run.count)
      .reduce((top, n) => Math.min(top, n.row), first);
    columns.forEach((column, i) => {
      const c = run.first + i;
      for (let r = above; r < first; r++)
        if (block.formats[r - 1]?.[c - 1] == null) block.format(r, c, 'General');
      for (let r = first; r <= last; r++) block.format(r, c, computedFormat(column));
    });
  }
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
 * Each width costs a call, so one per sheet: the first run of adjacent wide text columns (the
 * ones people read first: Objective, Key result…), at its widest width. Every other column
 * keeps Sheets' default, and people widen a note column by hand if they want.
 */
export function wideRun(
  columns: readonly Column[],
): (Run & { readonly width: number }) | undefined {
  const [r] = runs(columns, (c) => !c.hidden && c.width >= WIDE);
  return (
    r && {
      ...r,
      width: Math.max(...columns.slice(r.first - 1, r.first - 1 + r.count).map((c) => c.width)),
    }
  );
}

/** The A1 notation of columns `run` over rows first..last, e.g. "K5:P204" (no last: "K5:P"). */
export function runA1(run: Run, first: number, last: number | null): string {
  return `${columnLetter(run.first)}${first}:${columnLetter(run.first + run.count - 1)}${last ?? ''}`;
}

/** Everything a sheet writer shares with the others: one builder of each kind. */
export interface Builders {
  readonly validations: ValidationRules;
  readonly bands: BandRules;
}

/** The columns of a new sheet (A to Z): a wider table needs more first. */
const NEW_SHEET_COLUMNS = 26;

/** Writes a planned table on a new, empty sheet. */
export function writeTableSheet(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  plan: TablePlan,
  b: Builders,
): void {
  const { block } = plan;
  if (block.columns > NEW_SHEET_COLUMNS)
    sheet.insertColumnsAfter(NEW_SHEET_COLUMNS, block.columns - NEW_SHEET_COLUMNS);
  writeBlock(sheet.getRange(1, 1, block.rows, block.columns), block, (d) => b.validations.rule(d));
  sheet.setFrozenRows(plan.frozenRows);
  const w = plan.width;
  if (w) sheet.setColumnWidths(w.first, w.count, w.width);
  for (const h of plan.hidden) sheet.hideColumns(h.first, h.count);
  for (const run of plan.computed) {
    // Open-ended, down to the sheet's last row: rows people add below the prepared ones are
    // protected and coloured too (refresh/extend.ts follows a sheet grown further).
    const range = sheet.getRange(runA1(run, plan.firstDataRow, null));
    // Warning only: people may still overwrite a formula on purpose, after a confirmation.
    range.protect().setWarningOnly(true);
    if (run === plan.banded)
      b.bands.apply(sheet, range, `${columnLetter(run.first)}${plan.firstDataRow}`);
  }
}
