import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { templateWorkbook } from '../../export/xlsx';
import { DIRECTION_LABELS, type Direction, STATUS_LABELS } from '../../src/core/kpi';
import { kpiPeriodStatus, periodTarget, periodTargets } from '../../src/core/kpi-pace';
import { elapsedInPeriod, type KpiPeriod, periodOf, shiftPeriod } from '../../src/core/kpi-period';
import { type KpiEvent, kpiSeries } from '../../src/core/kpi-series';
import {
  type Frequency,
  type KpiMeasure,
  parseFrequency,
  parseMeasure,
} from '../../src/core/kpi-words';
import type { Lang } from '../../src/core/lang';
import { numberStyleOf } from '../../src/core/number';
import { isProblem, type Problem } from '../../src/core/problem';
import { kpiStatusRow } from '../../src/core/rows';
import { KPI_HISTORY, KPI_TARGETS, KPIS, NUMBER_FORMATS } from '../../src/workbook/layout/tables';
import {
  columnOf,
  expectCell,
  locate,
  plain,
  recalculate,
  sheetOf,
  typeInto,
} from '../support/libreoffice';

/**
 * The KPI register of the exported .xlsx, where no add-on runs: KPIs and their history typed
 * in, recalculated by LibreOffice, and every period value, this period, the previous one, the
 * change, the text-bar trend, the target this period (from the KPI targets sheet) and the
 * status judged against it equal to what the core computes on the same day.
 */

const DAY_MS = 86_400_000;
/** Core day numbers count from 1970-01-01; spreadsheet serials from 1899-12-30. */
const EPOCH = 25_569;
/** How far back the history goes: more than a year, so the monthly trend is full. */
const HISTORY_DAYS = 425;

interface KpiInput {
  /** Typed by the person: the refresh, which writes IDs in Sheets, never runs on an .xlsx. */
  readonly id?: string;
  readonly measure: string;
  readonly measuredAs: string;
  readonly frequency: string;
  readonly target?: number;
  readonly direction: Direction;
  readonly actual?: number;
  /** Its history: an event every `every` days, each value within `range`. */
  readonly every: number;
  readonly range: readonly [number, number];
}

const INPUTS: readonly KpiInput[] = [
  {
    id: 'K1',
    measure: 'Qualified leads',
    measuredAs: 'total',
    frequency: 'monthly',
    target: 600,
    direction: 'higher',
    every: 3,
    range: [250, 700],
  },
  {
    id: 'K2',
    measure: 'Open rate',
    measuredAs: 'rate',
    frequency: 'weekly',
    target: 50,
    direction: 'higher',
    // Longer than a week: some weeks carry the rate of an earlier one.
    every: 9,
    range: [30, 70],
  },
  {
    id: 'K3',
    measure: 'Cost per lead',
    measuredAs: '',
    frequency: 'trimestriel',
    target: 40,
    direction: 'lower',
    every: 20,
    range: [30, 55],
  },
  {
    id: 'K4',
    measure: 'Webinar sign-ups',
    measuredAs: 'cumul',
    frequency: ' Weekly ',
    target: 120,
    direction: 'higher',
    // Some weeks have no event, so no value.
    every: 10,
    range: [0, 200],
  },
  {
    id: 'K10',
    measure: 'Churned accounts',
    measuredAs: 'total',
    frequency: 'quarterly',
    target: 30,
    direction: 'lower',
    every: 6,
    range: [0, 50],
  },
  {
    id: 'K5',
    measure: 'Headcount',
    measuredAs: 'level',
    frequency: 'mensuel',
    direction: 'higher',
    every: 30,
    range: [40, 60],
  },
  {
    id: 'K6',
    measure: 'Orders',
    measuredAs: 'count',
    frequency: 'annual',
    target: 5000,
    direction: 'higher',
    every: 15,
    range: [100, 6000],
  },
  {
    id: 'K7',
    measure: 'Uptime',
    measuredAs: 'percentage',
    frequency: 'daily',
    target: 99,
    direction: 'higher',
    every: 1,
    range: [95, 100],
  },
  {
    id: 'K8',
    measure: 'Net promoter score',
    measuredAs: 'rate',
    frequency: '',
    target: 40,
    direction: 'higher',
    actual: 42,
    every: 30,
    range: [20, 60],
  },
  {
    id: 'K9',
    measure: 'Support tickets',
    measuredAs: 'total',
    frequency: 'sometimes',
    target: 100,
    direction: 'lower',
    actual: 80,
    every: 7,
    range: [50, 150],
  },
  {
    id: 'K11',
    measure: 'Trial sign-ups',
    measuredAs: 'mean',
    frequency: 'monthly',
    target: 80,
    direction: 'higher',
    every: 5,
    range: [50, 100],
  },
  {
    measure: 'Demo requests',
    measuredAs: 'total',
    frequency: 'monthly',
    target: 20,
    direction: 'higher',
    every: 4,
    range: [0, 30],
  },
];

/** A KPI history row: when (a serial with its time of day), ID, Actual. */
interface Event {
  readonly when: number;
  readonly id: string;
  readonly value: number;
}

/** The times of day the history uses, binary fractions so that each serial is exact. */
const MIDNIGHT = 0;
const MORNING = 3 / 8;
const EVENING = 3 / 4;
const LATE = 15 / 16;

/**
 * Whole numbers within a range, the same on every run: with whole values the trend's heights
 * are never a rounding tie off by a unit in the last place, where engines may round apart.
 */
function valueAt(n: number, [low, high]: readonly [number, number]): number {
  return low + ((n * 7919 + 104_729) % (high - low + 1));
}

/** The row's frequency and measure as the core reads them; null when either names nothing. */
function reading(k: KpiInput): { frequency: Frequency; measure: KpiMeasure } | null {
  const frequency = parseFrequency(k.frequency);
  const measure = k.measuredAs.trim() === '' ? 'rate' : parseMeasure(k.measuredAs);
  return frequency === null || measure === null ? null : { frequency, measure };
}

/**
 * The KPI history up to `today`, in time order as the refresh appends it: each KPI's events
 * every few days; for each KPI with a frequency, one on the first instant and one late on the
 * last day of some periods (the bounds of the formulas' criteria); one later today; and events
 * of an ID the register lacks. At most one event a KPI a time of day: events of one KPI never
 * share an instant.
 */
function historyOn(today: number): Event[] {
  const first = today - HISTORY_DAYS;
  const events: Event[] = [];
  const add = (day: number, time: number, id: string, value: number): void => {
    if (day >= first && day <= today) events.push({ when: day + EPOCH + time, id, value });
  };
  INPUTS.forEach((k, i) => {
    const id = k.id ?? '';
    for (let day = first + i, n = 0; day <= today; day += k.every, n++)
      add(day, MORNING, id, valueAt(n + i, k.range));
    const frequency = parseFrequency(k.frequency);
    const current = frequency === null ? null : periodOf(today, frequency);
    for (let back = 0; current !== null && back <= 14; back++) {
      const p = shiftPeriod(current, -back);
      if (p === null) break;
      // Not on every period, so that the events every few days decide some of them.
      if (back % 2 === 0) add(p.first, MIDNIGHT, id, valueAt(3 * back + i, k.range));
      if (back % 3 === 0) add(p.last, LATE, id, valueAt(5 * back + i, k.range));
    }
  });
  add(today, EVENING, 'K1', 650);
  add(today - 2, MORNING, 'K99', 1);
  return events.sort((a, b) => a.when - b.when);
}

/** A row of the KPI targets sheet, as typed: an ID, a date in Period, a target. */
interface TargetInput {
  readonly id: string;
  /** The day number of the date typed in Period. */
  readonly day: number;
  /** A number; a string is text typed in the Target cell, which sets nothing. */
  readonly target: number | string;
}

/** The current period of an input's frequency on `today`, and the one `n` periods away. */
function periodNear(id: string, today: number, n: number): KpiPeriod {
  const k = INPUTS.find((x) => x.id === id);
  const frequency = k === undefined ? null : parseFrequency(k.frequency);
  const current = frequency === null ? null : periodOf(today, frequency);
  const p = current === null ? null : shiftPeriod(current, n);
  if (p === null) throw new Error(`${id} has no period ${n} from day ${today}`);
  return p;
}

/**
 * The KPI targets typed on `today`: for the monthly K1 one far above what its events add up to
 * this month, so that its status differs from the one its own Target gives, and others on the
 * day before this month and the day after it, which must not apply now; for the weekly K2 two
 * in this week, on its first and last days, which count as their average; for K10 one typed
 * "k10", which criteria match regardless of case; for K11 only a target typed as text, which
 * sets nothing; for K8, which has no frequency, one that must not apply; and one for an ID the
 * register lacks.
 */
function targetsOn(today: number): TargetInput[] {
  const k1 = periodNear('K1', today, 0);
  const k2 = periodNear('K2', today, 0);
  const k10 = periodNear('K10', today, 0);
  return [
    { id: 'K1', day: today, target: 100_000 },
    { id: 'K2', day: k2.first, target: 40 },
    { id: 'K1', day: k1.first - 1, target: 1 },
    { id: 'K2', day: k2.last, target: 70 },
    { id: 'k10', day: Math.min(k10.first + 40, k10.last), target: 5 },
    { id: 'K11', day: today, target: '90' },
    { id: 'K1', day: k1.last + 1, target: 2 },
    { id: 'K8', day: today, target: 1000 },
    { id: 'K99', day: today, target: 7 },
  ];
}

/** Today's day number where this process runs, in its time zone, which LibreOffice shares. */
function localToday(): number {
  const now = new Date();
  return Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / DAY_MS;
}

function fill(
  workbook: ExcelJS.Workbook,
  lang: Lang,
  history: readonly Event[],
  targets: readonly TargetInput[],
): void {
  const kpis = sheetOf(workbook, KPIS, lang);
  const at = locate(kpis, KPIS);
  INPUTS.forEach((k, i) => {
    const row = at.headerRow + 1 + i;
    const type = (key: string, v: string | number | undefined): void => {
      typeInto(kpis, row, columnOf(at, key), v);
    };
    type('id', k.id);
    type('measure', k.measure);
    type('target', k.target);
    type('direction', DIRECTION_LABELS[lang][k.direction]);
    type('measuredAs', k.measuredAs);
    type('frequency', k.frequency);
    type('actual', k.actual);
  });
  const log = sheetOf(workbook, KPI_HISTORY, lang);
  const lh = locate(log, KPI_HISTORY);
  history.forEach((e, i) => {
    const row = lh.headerRow + 1 + i;
    const when = log.getCell(row, columnOf(lh, 'when'));
    when.value = e.when;
    when.numFmt = NUMBER_FORMATS.datetime;
    typeInto(log, row, columnOf(lh, 'id'), e.id);
    typeInto(log, row, columnOf(lh, 'actual'), e.value);
  });
  const sheet = sheetOf(workbook, KPI_TARGETS, lang);
  const lt = locate(sheet, KPI_TARGETS);
  targets.forEach((t, i) => {
    const row = lt.headerRow + 1 + i;
    typeInto(sheet, row, columnOf(lt, 'id'), t.id);
    // A real date: exceljs writes a Date at UTC midnight as the day's whole serial.
    const period = sheet.getCell(row, columnOf(lt, 'period'));
    period.value = new Date(t.day * DAY_MS);
    period.numFmt = NUMBER_FORMATS.date;
    typeInto(sheet, row, columnOf(lt, 'target'), t.target);
  });
}

/** The .xlsx trend as trendFormula draws it: a block a period, by its place in the range. */
function textBar(values: readonly (number | null)[]): string {
  const numbers = values.filter((v) => v !== null);
  if (numbers.length < 2) return '';
  const [low, high] = [Math.min(...numbers), Math.max(...numbers)];
  const block = (v: number): string =>
    '▁▂▃▄▅▆▇█'.charAt(high === low ? 0 : Math.round((7 * (v - low)) / (high - low)));
  return values.map((v) => (v === null ? ' ' : block(v))).join('');
}

interface Expected {
  /** p11 … p0. */
  readonly periods: readonly (number | null)[];
  readonly value: number | null;
  readonly previous: number | null;
  readonly change: number | null;
  readonly trend: string;
  readonly elapsed: number | null;
  /** The target this period, which the status judges against. */
  readonly target: number | null;
  readonly status: string | null | Problem;
}

const PERIOD_KEYS = Array.from({ length: 12 }, (_, j) => `p${11 - j}`);

/**
 * What the core computes for a row on `today`, with the status in the workbook's words: its
 * target this period is the average of the numeric targets typed for its ID (as criteria
 * compare text, regardless of case) dated in the period, else its own Target.
 */
function coreRow(
  k: KpiInput,
  history: readonly Event[],
  typed: readonly TargetInput[],
  today: number,
  lang: Lang,
): Expected {
  const words = STATUS_LABELS[lang];
  const kpi = reading(k);
  if (kpi === null) {
    // No periods: a KPI with no frequency stands at its Actual; an unknown word has no value.
    const value = k.frequency.trim() === '' ? (k.actual ?? null) : null;
    const target = k.target ?? null;
    const status = kpiStatusRow(value ?? '', target ?? '', k.direction, '', '', () =>
      numberStyleOf('en_US'),
    );
    return {
      periods: PERIOD_KEYS.map(() => null),
      value,
      previous: null,
      change: null,
      trend: '',
      elapsed: null,
      target,
      status: status === null || isProblem(status) ? status : words[status],
    };
  }
  const events: KpiEvent[] = history
    .filter((e) => k.id !== undefined && e.id === k.id)
    .map((e) => ({ day: Math.floor(e.when) - EPOCH, value: e.value }));
  const series = kpiSeries(events, kpi, today);
  if (series === null) throw new Error(`no series for ${k.measure} on ${today}`);
  const { period, value } = series;
  const id = k.id?.toUpperCase();
  const rows = typed.flatMap((t) =>
    t.id.toUpperCase() === id && typeof t.target === 'number'
      ? [{ day: t.day, target: t.target }]
      : [],
  );
  const target = periodTarget(period, periodTargets(rows, kpi.frequency), k.target ?? null);
  const status = kpiPeriodStatus(value, target, k.direction, kpi.measure, period, today);
  return {
    periods: series.trend,
    value,
    previous: series.previous,
    change: series.change,
    trend: textBar(series.trend),
    elapsed: kpi.measure === 'cumulative' ? elapsedInPeriod(period, today) : 1,
    target,
    status: status === null || isProblem(status) ? status : words[status],
  };
}

const LANG_CASES: readonly Lang[] = ['en', 'fr'];

describe('the .xlsx KPI register recalculated by LibreOffice', () => {
  let today = 0;
  let history: Event[] = [];
  let targets: TargetInput[] = [];
  let recalculated: Partial<Record<Lang, ExcelJS.Workbook>> = {};

  beforeAll(async () => {
    // TODAY() is LibreOffice's clock: once more if midnight passed while it computed.
    for (let attempt = 1; attempt <= 2; attempt++) {
      today = localToday();
      history = historyOn(today);
      targets = targetsOn(today);
      const filled = Object.fromEntries(
        LANG_CASES.map((lang) => {
          const { workbook } = templateWorkbook({ lang });
          fill(workbook, lang, history, targets);
          return [lang, workbook];
        }),
      );
      recalculated = await recalculate(filled);
      if (localToday() === today) return;
    }
    throw new Error('the day changed during each of two recalculations');
  }, 120_000);

  /** The recalculated register in a language, its cells as the spreadsheet shows them. */
  function register(lang: Lang) {
    const wb = recalculated[lang];
    if (!wb) throw new Error('not recalculated');
    const sheet = sheetOf(wb, KPIS, lang);
    const at = locate(sheet, KPIS);
    return {
      first: at.headerRow + 1,
      last: at.headerRow + KPIS.preparedRows,
      shown: (row: number, key: string) => plain(sheet.getCell(row, columnOf(at, key))),
    };
  }

  for (const lang of LANG_CASES) {
    it(`computes each KPI's periods, change, trend, target and status as the core does (${lang})`, () => {
      const { first, shown } = register(lang);
      INPUTS.forEach((k, i) => {
        const row = first + i;
        const e = coreRow(k, history, targets, today, lang);
        const where = (what: string) => `${lang} ${k.measure} ${what} on day ${today}`;
        PERIOD_KEYS.forEach((key, j) => {
          expectCell(shown(row, key), e.periods[j] ?? null, where(key));
        });
        expectCell(shown(row, 'value'), e.value, where('this period'));
        expectCell(shown(row, 'previous'), e.previous, where('previous period'));
        expectCell(shown(row, 'change'), e.change, where('change'));
        expectCell(shown(row, 'elapsed'), e.elapsed, where('elapsed'));
        expect(shown(row, 'trend'), where('trend')).toBe(e.trend);
        expectCell(shown(row, 'periodTarget'), e.target, where('target this period'));
        expectCell(shown(row, 'status'), e.status, where('status'));
      });
    });

    it(`leaves the prepared rows without a KPI blank (${lang})`, () => {
      const { last, shown } = register(lang);
      for (const key of [
        ...PERIOD_KEYS,
        'previous',
        'change',
        'elapsed',
        'trend',
        'periodTarget',
        'status',
      ])
        expect(shown(last, key), `${lang} last row ${key}`).toBe('');
    });

    // Excel and LibreOffice read a blank cell returned by IF as 0, where Sheets keeps it blank:
    // This period, with no frequency, must not show 0 where the Actual is blank.
    it(`shows This period blank where there is no Actual (${lang})`, () => {
      const { last, shown } = register(lang);
      expect(shown(last, 'value')).toBe('');
    });
  }

  // The comparison above would prove little if the data left the register mostly blank.
  it('compares periods with and without a value, trends and statuses', () => {
    const rows = INPUTS.map((k) => coreRow(k, history, targets, today, 'en'));
    const periods = rows.flatMap((r) => r.periods);
    expect(periods.filter((v) => v === null).length).toBeGreaterThan(10);
    expect(periods.filter((v) => v !== null).length).toBeGreaterThan(60);
    expect(rows.filter((r) => r.trend.trim().length > 2).length).toBeGreaterThan(4);
    const judged = rows.filter(
      (r) => typeof r.status === 'string' && r.status !== STATUS_LABELS.en.no_data,
    );
    expect(judged.length).toBeGreaterThan(4);
  });

  // The targets typed must set what they were typed for, or the comparison proves little.
  it('sets each target typed where it applies, and nowhere else', () => {
    const byId = Object.fromEntries(
      INPUTS.map((k) => [k.id ?? k.measure, coreRow(k, history, targets, today, 'en').target]),
    );
    expect(byId).toEqual({
      // This month's target; the day before the month and the day after it set nothing.
      K1: 100_000,
      // The average of this week's two.
      K2: 55,
      K3: 40,
      K4: 120,
      // Typed "k10".
      K10: 5,
      // No target, no row: blank.
      K5: null,
      K6: 5000,
      K7: 99,
      // No frequency: no periods, its own target.
      K8: 40,
      K9: 100,
      // Only a target typed as text: its own.
      K11: 80,
      'Demo requests': 20,
    });
    // The status judges against the target this period: some differ from their own Target's.
    const own = INPUTS.map((k) => coreRow(k, history, [], today, 'en').status);
    const judged = INPUTS.map((k) => coreRow(k, history, targets, today, 'en').status);
    expect(judged.filter((s, i) => s !== own[i]).length).toBeGreaterThan(0);
  });
});
