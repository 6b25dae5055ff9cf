import type { NextChoices, NextPeriodState, NextResult } from '../../contract/cycle';
import { readNumber, readWord } from '../../core/cell';
import { type Lang, langOfLocale } from '../../core/lang';
import { type NumberStyle, numberStyleOf } from '../../core/number';
import { nextPeriod } from '../../core/period';
import { isProblem } from '../../core/problem';
import { BandRules } from '../layout/bands';
import { sheetPrefix } from '../layout/columns';
import { OKRS, type OkrColumn } from '../layout/tables';
import { ValidationRules } from '../layout/validation';
import { previewRefresh, type RefreshResult, refreshWorkbook } from '../refresh/refresh';
import { cellOf } from '../sheets/cells';
import { withDocumentLock } from '../sheets/document-lock';
import type { OkrRead } from '../sheets/found-table';
import { currentOkrTable } from '../sheets/found-table';
import { markClosed, markSheet } from '../sheets/marks';
import { rectangles } from '../sheets/rectangles';
import { insertFreeSheet } from '../sheets/sheet-names';
import { crossing } from '../sidebar/crossing';
import { inputError } from '../sidebar/input';
import type { TemplateContent } from '../template/content';
import {
  type PrefillCell,
  type PrefillRow,
  planTableSheet,
  writeTableSheet,
} from '../template/table-sheet';
import { closingState, inputsOf, reviewOf } from './closing';
import { bannerPeriod, type PeriodDates, periodDates } from './period-table';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Starting the next period (docs/workbook.md#starting-the-next-period): a new OKR sheet for the
 * period after the current one, named with it ("OKRs 2027 Q1"), holding the objectives and key
 * results the person carries — by default every KR not reached — with their IDs (the history and
 * the reviews link across periods), the last value as the new baseline, Current and the
 * check-in's cells blank. The previous sheet is kept, marked closed; the dashboards follow the
 * new one.
 */

interface Current {
  readonly t: OkrRead | null;
  readonly period: PeriodDates | null;
  readonly state: NextPeriodState;
  /** Each KR's row in the current table. */
  readonly rows: ReadonlyMap<string, number>;
}

function current(found: RefreshResult, locale: string, timeZone: string): Current {
  const lang = langOfLocale(locale);
  const t = currentOkrTable(found.read.tables);
  const period = t === null ? null : bannerPeriod(t, timeZone, lang);
  const inputs = inputsOf(reviewOf(found, period)).inputs;
  const closing = closingState(found, inputs, locale, timeZone);
  const rows = new Map<string, number>();
  for (const o of found.objectives)
    if (t !== null && o.sheet === t.sheet) for (const k of o.krs) rows.set(k.id, k.row);
  const style = numberStyleOf(locale);
  const state: NextPeriodState = {
    lang,
    current: period?.name ?? null,
    next: period === null ? null : following(period, lang).name,
    objectives: closing.objectives.map((o) => ({
      id: o.id,
      title: o.title,
      krs: o.krs.map((k) => {
        const row = rows.get(k.id);
        return {
          id: k.id,
          title: k.title,
          unit: t === null || row === undefined ? '' : readWord(cellOf(t, row, 'unit')),
          score: k.final,
          reached: k.final !== null && k.final >= 1,
          baseline: t === null || row === undefined ? null : lastValue(t, row, style),
        };
      }),
    })),
  };
  return { t, period, state, rows };
}

/** The next-period view's state: what a refresh finds now, nothing written. */
export function loadNextPeriod(ss: Spreadsheet): NextPeriodState {
  const found = previewRefresh(ss);
  return crossing(current(found, ss.getSpreadsheetLocale(), ss.getSpreadsheetTimeZone()).state);
}

function following(p: PeriodDates, lang: Lang): PeriodDates {
  const next = nextPeriod(p.start, p.end);
  return periodDates(next.start, next.end, lang);
}

/** The value a carried KR starts from: its Current, else its Baseline (null: none). */
function lastValue(t: OkrRead, row: number, style: NumberStyle): number | null {
  for (const key of ['current', 'baseline'] as const) {
    const n = readNumber(cellOf(t, row, key), key, () => style);
    if (!isProblem(n) && n !== null) return n;
  }
  return null;
}

/** What a carried row keeps of its cells: the plan, not the check-in (Current, Confidence…). */
const OBJECTIVE_KEPT: readonly OkrColumn[] = ['id', 'objective', 'parent', 'owner'];
const KR_KEPT: readonly OkrColumn[] = [
  'id',
  'objective',
  'keyResult',
  'parent',
  'owner',
  'kind',
  'unit',
  'target',
  'weight',
];

/** A cell as the template pre-fills it: text as text, numbers and booleans as they are. */
function prefillCell(v: unknown): PrefillCell | null {
  if (typeof v === 'number' || typeof v === 'boolean') return { value: v };
  if (typeof v === 'string' && v !== '') return { text: v };
  // A date (a due date) belongs to the period that ends; a blank stays blank.
  return null;
}

function carriedRow(t: OkrRead, row: number, kept: readonly OkrColumn[]): PrefillRow {
  const cells: Partial<Record<OkrColumn, PrefillCell>> = {};
  for (const key of kept) {
    const cell = prefillCell(cellOf(t, row, key));
    if (cell !== null) cells[key] = cell;
  }
  return cells;
}

/**
 * Starts the next period: a refresh first (the last check-ins recorded), then under the
 * document lock the new sheet, the marks and the dashboards. `choices` (checked here: each ID
 * must be a KR of the current period) default to every KR not reached.
 */
export function startNextPeriod(
  ss: Spreadsheet,
  choices: NextChoices | null,
  content: TemplateContent,
  failure: (reason: 'no_period') => Error,
): NextResult {
  const locale = ss.getSpreadsheetLocale();
  const lang = langOfLocale(locale);
  const found = refreshWorkbook(lang, ss);
  const { t, period, state, rows } = current(found, locale, ss.getSpreadsheetTimeZone());
  if (t === null || period === null) throw failure('no_period');
  const krs = state.objectives.flatMap((o) => o.krs);
  const chosen = new Set(choices?.krIds ?? krs.filter((k) => !k.reached).map((k) => k.id));
  (choices?.krIds ?? []).forEach((id, i) => {
    if (!rows.has(id)) throw inputError(lang, [`krIds#${i}`], 'unknown');
  });

  const prefill: PrefillRow[] = [];
  let carried = 0;
  for (const o of state.objectives) {
    const taken = o.krs.filter((k) => chosen.has(k.id));
    const summary = found.objectives.find((x) => x.id === o.id && x.sheet === t.sheet);
    if (taken.length === 0 || summary === undefined) continue;
    prefill.push(carriedRow(t, summary.row, OBJECTIVE_KEPT));
    for (const k of taken) {
      const row = rows.get(k.id) ?? 0;
      const cells = carriedRow(t, row, KR_KEPT);
      prefill.push(k.baseline === null ? cells : { ...cells, baseline: { value: k.baseline } });
      carried++;
    }
  }
  const next = following(period, lang);
  const old = found.read.sheets[t.sheet];
  if (old === undefined) throw failure('no_period');
  return withDocumentLock(lang, () => {
    const { sheet, name } = insertFreeSheet(ss, `${OKRS.name[lang]} ${next.name.label}`);
    const rules = new ValidationRules(content.lists, content.strictLists, () => {
      throw new Error('the OKR sheet lists no other table');
    });
    const plan = planTableSheet(OKRS, lang, next, content, prefill);
    writeTableSheet(sheet, plan, { validations: rules, bands: new BandRules() });
    markSheet(sheet, 'okrs', lang);
    markClosed(old);
    const from = old.getName();
    for (const d of found.read.dashboards) {
      const dashboard = found.read.sheets[d.sheet];
      if (dashboard !== undefined) repointDashboard(dashboard, from, name);
    }
    return crossing({
      sheet: name,
      objectives: prefill.length - carried,
      krs: carried,
    });
  });
}

/**
 * A formula that referred to sheet `from` refers to `to` instead. Sheets writes a sheet name
 * quoted or, when it is a plain word, bare: both are replaced.
 */
export function repoint(formula: string, from: string, to: string): string {
  let out = formula.split(sheetPrefix(from)).join(sheetPrefix(to));
  if (/^[A-Za-z_]\w*$/.test(from))
    out = out.replace(new RegExp(`(^|[^\\w'.!])${from}!`, 'g'), `$1${sheetPrefix(to)}`);
  return out;
}

/** The dashboard's formulas that read the old OKR sheet now read the new one (only those). */
function repointDashboard(sheet: Sheet, from: string, to: string): void {
  const formulas = sheet.getDataRange().getFormulas();
  const cells = new Map<number, number[]>();
  const changed = new Map<string, string>();
  formulas.forEach((line, r) => {
    line.forEach((f, c) => {
      if (f === '') return;
      const moved = repoint(f, from, to);
      if (moved === f) return;
      changed.set(`${r + 1}:${c + 1}`, moved);
      cells.set(c + 1, [...(cells.get(c + 1) ?? []), r + 1]);
    });
  });
  for (const rect of rectangles(cells))
    sheet
      .getRange(rect.row, rect.column, rect.rows, rect.columns)
      .setFormulas(
        Array.from({ length: rect.rows }, (_, i) =>
          Array.from(
            { length: rect.columns },
            (_, j) => changed.get(`${rect.row + i}:${rect.column + j}`) ?? '',
          ),
        ),
      );
}
