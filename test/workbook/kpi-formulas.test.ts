import fc from 'fast-check';
import {
  DetailedCellError,
  type FunctionMetadata,
  FunctionPlugin,
  type FunctionPluginDefinition,
  HyperFormula,
} from 'hyperformula';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TOLERANCE, parseDirection, STATUS_LABELS, type Status } from '../../src/core/kpi';
import { kpiPeriodStatus } from '../../src/core/kpi-pace';
import { elapsedInPeriod, periodOf, shiftPeriod } from '../../src/core/kpi-period';
import { type KpiEvent, kpiSeries, TREND_LENGTH } from '../../src/core/kpi-series';
import {
  FREQUENCIES,
  FREQUENCY_WORDS,
  type Frequency,
  type KpiMeasure,
  MEASURE_WORDS,
  MEASURES,
  parseFrequency,
  parseMeasure,
} from '../../src/core/kpi-words';
import { LANGS, type Lang } from '../../src/core/lang';
import { numberStyleOf } from '../../src/core/number';
import { isProblem, type Problem } from '../../src/core/problem';
import { roundScore } from '../../src/core/round';
import { kpiStatusRow, readDirection } from '../../src/core/rows';
import { kpiStatusFormula } from '../../src/workbook/layout/formulas';
import {
  frequencyKeyFormula,
  KPI_HISTORY_NAMES,
  measureKeyFormula,
  periodElapsedFormula,
  periodStartFormula,
  periodValueFormula,
} from '../../src/workbook/layout/kpi-formulas';

/**
 * The KPI register's native formulas (kpi-formulas.ts, and kpiStatusFormula with an elapsed
 * cell) evaluated by HyperFormula over a KPI history, against the core: each period's value
 * (kpiSeries), the share of the period elapsed (elapsedInPeriod), the period starts (periodOf,
 * shiftPeriod) and the status by pace (kpiPeriodStatus), on many "today"s.
 */

/** Core day numbers count from 1970-01-01; spreadsheet serials from 1899-12-30. */
const EPOCH = 25_569;
const dayOf = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const serialOf = (iso: string): number => dayOf(iso) + EPOCH;

/** TODAY() as the test sets it: HF's own reads the machine's clock. */
const clock = { today: 0 };
class Clock extends FunctionPlugin {
  static override implementedFunctions: Record<string, FunctionMetadata> = {
    TODAY: { method: 'today', parameters: [], isVolatile: true },
  };

  today(ast: { args: unknown[] }, state: unknown) {
    return this.runFunction(
      ast.args as never,
      state as never,
      this.metadata('TODAY'),
      () => clock.today,
    );
  }
}

type Value = number | string | null;
/** A KPI history row, as the refresh appends it: when (serial with time), ID, Actual. */
type Event = readonly [number, string, number];

interface KpiRow {
  readonly id: string;
  readonly measure: string;
  readonly measuredAs: string;
  readonly frequency: string;
  readonly target: number | '';
  readonly direction: string;
}

/** The register's row: inputs A–F, then the formulas, one column each. */
const INPUTS = ['id', 'measure', 'measuredAs', 'frequency', 'target', 'direction'] as const;
/** The periods evaluated: this one back to 11 before it (the trend), and the next one. */
const KS = [...Array.from({ length: TREND_LENGTH }, (_, k) => k), -1];
const letter = (i: number): string => String.fromCharCode(65 + i);
const COLUMN = {
  frequencyKey: 6,
  measureKey: 7,
  elapsed: 8,
  status: 9,
  start: 10,
  previousStart: 11,
  value: (k: number) => 12 + KS.indexOf(k),
} as const;

function registerRow(r: KpiRow, n: number, lang: Lang): Value[] {
  const at = (i: number) => `${letter(i)}${n}`;
  const refs = {
    id: at(0),
    frequencyKey: at(COLUMN.frequencyKey),
    measureKey: at(COLUMN.measureKey),
  };
  // The status of this period's value, by pace.
  const status = {
    actual: at(COLUMN.value(0)),
    target: at(4),
    direction: at(5),
    elapsed: at(COLUMN.elapsed),
  };
  return [
    ...INPUTS.map((key) => (r[key] === '' ? null : r[key])),
    `=${frequencyKeyFormula(at(1), at(3))}`,
    `=${measureKeyFormula(at(1), at(2))}`,
    `=${periodElapsedFormula(refs.frequencyKey, refs.measureKey)}`,
    `=${kpiStatusFormula(status, lang)}`,
    `=${periodStartFormula(refs.frequencyKey, 0)}`,
    `=${periodStartFormula(refs.frequencyKey, 1)}`,
    ...KS.map((k) => `=${periodValueFormula(refs, k)}`),
  ];
}

/** A workbook holding the KPI history, its three named ranges, and the register's rows. */
function workbook(history: readonly Event[], rows: readonly KpiRow[], lang: Lang = 'en') {
  const range = (column: string) => `='KPI history'!$${column}:$${column}`;
  const hf = HyperFormula.buildFromSheets(
    {
      'KPI history': [['When', 'ID', 'Actual'], ...history.map((e) => [...e])],
      KPIs: [INPUTS.map(String), ...rows.map((r, i) => registerRow(r, i + 2, lang))],
    },
    {
      licenseKey: 'gpl-v3',
      // As Sheets compares text (accents count), with plain IEEE comparisons and results, as
      // the core computes (see formulas.test.ts).
      accentSensitive: true,
      smartRounding: false,
      precisionEpsilon: 0,
      functionPlugins: [
        ...HyperFormula.getAllFunctionPlugins(),
        Clock as unknown as FunctionPluginDefinition,
      ],
    },
    [
      { name: KPI_HISTORY_NAMES.when, expression: range('A') },
      { name: KPI_HISTORY_NAMES.id, expression: range('B') },
      { name: KPI_HISTORY_NAMES.actual, expression: range('C') },
    ],
  );
  const sheet = hf.getSheetId('KPIs') ?? -1;
  const log = hf.getSheetId('KPI history') ?? -1;
  return {
    /**
     * Moves TODAY() to a serial. Any edit recomputes the volatile formulas, so the day is written
     * beside the history's columns, which is quicker than rebuilding every formula.
     */
    on(today: number) {
      clock.today = today;
      hf.setCellContents({ sheet: log, row: 0, col: 4 }, [[today]]);
    },
    cell: (i: number, col: number): unknown => hf.getCellValue({ sheet, row: i + 1, col }),
    destroy: () => hf.destroy(),
  };
}

/** An engine's result as the core says it: a number, a label, blank, or an error. */
function expectSame(actual: unknown, expected: number | string | null | Problem, where: string) {
  if (expected === null) expect(actual, where).toBe('');
  else if (isProblem(expected)) expect(actual, where).toBeInstanceOf(DetailedCellError);
  else expect(actual, where).toBe(expected);
}

const label = (s: Status | Problem | null, lang: Lang) =>
  s === null || isProblem(s) ? s : STATUS_LABELS[lang][s];

/** The row's reading as the core makes it: which frequency and measure, if known. */
function reading(r: KpiRow): { frequency: Frequency; measure: KpiMeasure } | null {
  if (r.measure === '') return null;
  const frequency = parseFrequency(r.frequency);
  const measure = r.measuredAs.trim() === '' ? 'rate' : parseMeasure(r.measuredAs);
  return frequency === null || measure === null ? null : { frequency, measure };
}

/** Every cell of a row on `today` (a day number), against the core. */
function checkRow(
  book: ReturnType<typeof workbook>,
  history: readonly Event[],
  r: KpiRow,
  i: number,
  today: number,
  lang: Lang,
) {
  const where = (what: string) => `${what} of ${JSON.stringify(r)} on ${today + EPOCH}`;
  const kpi = reading(r);
  const target = r.target === '' ? null : r.target;
  const direction = parseDirection(r.direction);
  if (direction === null) throw new Error(`the test types known directions: ${r.direction}`);
  if (kpi === null) {
    for (const k of KS) expectSame(book.cell(i, COLUMN.value(k)), null, where(`value ${k}`));
    expectSame(book.cell(i, COLUMN.elapsed), null, where('elapsed'));
    // No period value: the status as KPI_STATUS gives it for a blank actual.
    const status = kpiStatusRow('', r.target, direction, '', '', () => numberStyleOf('en_US'));
    expectSame(book.cell(i, COLUMN.status), label(status, lang), where('status'));
    return;
  }
  // A row with no ID has periods and an elapsed share, but no value: no event names it.
  const events: KpiEvent[] = history
    .filter(([, id]) => r.id !== '' && id === r.id)
    .map(([when, , value]) => ({ day: Math.floor(when) - EPOCH, value }));
  const series = kpiSeries(events, kpi, today);
  const period = periodOf(today, kpi.frequency);
  const next = period && shiftPeriod(period, 1);
  const before = period && shiftPeriod(period, -1);
  if (!series || !period || !next || !before) throw new Error(`no series on ${today}`);
  series.trend.forEach((value, j) => {
    const k = TREND_LENGTH - 1 - j;
    expectSame(book.cell(i, COLUMN.value(k)), value, where(`value ${k}`));
  });
  expectSame(book.cell(i, COLUMN.value(1)), series.previous, where('previous'));
  // The next period, as the core values it from its first day: nothing recorded yet counts.
  const nextValue = kpiSeries(events, kpi, next.first)?.value ?? null;
  expectSame(book.cell(i, COLUMN.value(-1)), nextValue, where('next value'));
  expect(book.cell(i, COLUMN.start), where('start')).toBe(period.first + EPOCH);
  expect(book.cell(i, COLUMN.previousStart), where('previous start')).toBe(before.first + EPOCH);
  const elapsed = kpi.measure === 'cumulative' ? elapsedInPeriod(period, today) : 1;
  expect(book.cell(i, COLUMN.elapsed), where('elapsed')).toBe(elapsed);
  const status = kpiPeriodStatus(series.value, target, direction, kpi.measure, period, today);
  expectSame(book.cell(i, COLUMN.status), label(status, lang), where('status'));
}

const kpi = (
  id: string,
  frequency: string,
  measuredAs: string,
  target: number | '' = '',
): KpiRow => ({
  id,
  measure: `KPI ${id}`,
  measuredAs,
  frequency,
  target,
  direction: '',
});

describe('the KPI register against the core (HyperFormula)', () => {
  it('reads frequency and measure words as the core does', () => {
    const typed = (words: readonly string[]) =>
      fc
        .tuple(fc.constantFrom(...words), fc.constantFrom('', ' ', '  '), fc.boolean())
        .map(([w, pad, upper]) => pad + (upper ? w.toUpperCase() : w) + pad);
    const outside = ['sometimes', 'month*', 'mois?', 'constructor', 'day|week', 'cumulé|rate'];
    const word = (all: readonly string[]) => fc.oneof(fc.constant(''), typed(all), typed(outside));
    const frequencyWords = FREQUENCIES.flatMap((f) => FREQUENCY_WORDS[f]);
    const measureWords = MEASURES.flatMap((m) => MEASURE_WORDS[m]);
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            measure: fc.constantFrom('Leads', '', 'Open rate'),
            frequency: word(frequencyWords),
            measuredAs: word(measureWords),
          }),
          { minLength: 1, maxLength: 10 },
        ),
        (rows) => {
          // Measure, frequency, measured as; then the two keys.
          const hf = HyperFormula.buildFromArray(
            rows.map((r, i) => [
              r.measure || null,
              r.frequency || null,
              r.measuredAs || null,
              `=${frequencyKeyFormula(`A${i + 1}`, `B${i + 1}`)}`,
              `=${measureKeyFormula(`A${i + 1}`, `C${i + 1}`)}`,
            ]),
            { licenseKey: 'gpl-v3', accentSensitive: true },
          );
          rows.forEach((r, i) => {
            const where = JSON.stringify(r);
            const blank = r.measure === '';
            const frequency = parseFrequency(r.frequency);
            const unknown = r.frequency.trim() === '' ? '' : '?';
            const measure =
              r.measuredAs.trim() === '' ? 'rate' : (parseMeasure(r.measuredAs) ?? '?');
            const key = (col: number) => hf.getCellValue({ sheet: 0, row: i, col });
            expect(key(3), where).toBe(blank ? '' : (frequency ?? unknown));
            expect(key(4), where).toBe(blank ? '' : measure);
          });
          hf.destroy();
        },
      ),
      { numRuns: 40 },
    );
  });

  it('starts each period where the core does, on any day of 1950–2080', () => {
    const rows = FREQUENCIES.map((f) => kpi('K1', f, 'cumulative'));
    const book = workbook([], rows);
    const todays = fc.oneof(
      fc.integer({ min: dayOf('1950-01-01'), max: dayOf('2080-12-31') }),
      // New Year's weeks, quarter and leap-day edges.
      fc
        .constantFrom('2020-12-31', '2021-01-03', '2024-12-30', '2025-01-01', '2024-02-29')
        .chain((iso) => fc.integer({ min: -4, max: 4 }).map((d) => dayOf(iso) + d)),
    );
    fc.assert(
      fc.property(todays, (today) => {
        book.on(today + EPOCH);
        FREQUENCIES.forEach((f, i) => {
          const period = periodOf(today, f);
          const before = period && shiftPeriod(period, -1);
          expect(book.cell(i, COLUMN.start), `${f} on ${today}`).toBe((period?.first ?? 0) + EPOCH);
          expect(book.cell(i, COLUMN.previousStart), `${f} on ${today}`).toBe(
            (before?.first ?? 0) + EPOCH,
          );
          expect(book.cell(i, COLUMN.elapsed), `${f} on ${today}`).toBe(
            period && elapsedInPeriod(period, today),
          );
        });
      }),
      { numRuns: 150 },
    );
    book.destroy();
  });

  it('values, elapsed shares and statuses of random KPIs over random histories', () => {
    const ids = ['K1', 'K2', 'K10', 'K11'];
    const amount = fc.oneof(
      fc.constant(0),
      fc.integer({ min: -50, max: 500 }),
      fc.integer({ min: 0, max: 100_000 }).map((n) => n / 100),
    );
    const row = (id: string) =>
      fc.record({
        id: fc.constantFrom(id, id, id, id, ''),
        measure: fc.constantFrom('Leads', 'Leads', 'Leads', ''),
        measuredAs: fc.constantFrom('', 'cumulative', 'Rate', ' Cumulé ', 'taux', 'total', 'bogus'),
        frequency: fc.constantFrom(
          'daily',
          'Weekly',
          'monthly',
          'mensuel',
          'quarterly',
          'yearly',
          '',
          'bogus',
        ),
        target: fc.oneof(fc.constant('' as const), amount),
        direction: fc.constantFrom('', 'lower', 'higher is better', 'baisse', 'Down'),
      });
    // ~3 months of events from a base day chosen near the calendar's edges, or anywhere.
    const base = fc.oneof(
      fc
        .constantFrom('2020-11-20', '2024-11-15', '2023-12-01', '2024-01-15', '2025-03-10')
        .map(dayOf),
      fc.integer({ min: dayOf('2000-01-01'), max: dayOf('2040-01-01') }),
    );
    const event = fc.record({
      kpi: fc.integer({ min: 0, max: ids.length - 1 }),
      day: fc.integer({ min: 0, max: 95 }),
      // Midnight and the day's last second, where periods meet, and any second.
      second: fc.oneof(fc.constantFrom(0, 86_399), fc.integer({ min: 0, max: 86_399 })),
      value: amount,
    });
    fc.assert(
      fc.property(
        fc.tuple(...ids.map(row)),
        base,
        fc.array(event, { maxLength: 60 }),
        fc.array(fc.integer({ min: -10, max: 130 }), { minLength: 1, maxLength: 3 }),
        fc.constantFrom(...LANGS),
        (rows, start, drawn, offsets, lang) => {
          // Appended in time order; one KPI never has two events at one instant.
          const seen = new Set<string>();
          const history: Event[] = drawn
            .map(
              (e): Event => [start + EPOCH + e.day + e.second / 86_400, ids[e.kpi] ?? '', e.value],
            )
            .filter(([when, id]) => !seen.has(`${id}@${when}`) && seen.add(`${id}@${when}`))
            .sort((a, b) => a[0] - b[0]);
          const book = workbook(history, rows, lang);
          for (const offset of offsets) {
            const today = start + offset;
            book.on(today + EPOCH);
            rows.forEach((r, i) => {
              checkRow(book, history, r, i, today, lang);
            });
          }
          book.destroy();
        },
      ),
      { numRuns: 80 },
    );
  });
});

describe('the KPI register on chosen days', () => {
  /** One KPI's history and the register on one day: its cells by name. */
  function on(todayIso: string, row: KpiRow, history: readonly Event[]) {
    const book = workbook(history, [row]);
    book.on(serialOf(todayIso));
    const today = dayOf(todayIso);
    checkRow(book, history, row, 0, today, 'en');
    const values = new Map(KS.map((k) => [k, book.cell(0, COLUMN.value(k))]));
    const read = {
      value: (k: number) => values.get(k),
      start: book.cell(0, COLUMN.start),
      previousStart: book.cell(0, COLUMN.previousStart),
      elapsed: book.cell(0, COLUMN.elapsed),
      status: book.cell(0, COLUMN.status),
    };
    book.destroy();
    return read;
  }
  const at = (iso: string, hour: number, id = 'K1', value = 1): Event => [
    serialOf(iso) + hour / 24,
    id,
    value,
  ];

  it('ISO weeks across a year end: 2020-W53 and 2025-W01', () => {
    const w53 = on('2021-01-03', kpi('K1', 'weekly', 'cumulative'), []);
    expect(w53.start).toBe(serialOf('2020-12-28'));
    expect(w53.previousStart).toBe(serialOf('2020-12-21'));
    expect(w53.elapsed).toBe(1);
    const w01 = on('2024-12-30', kpi('K1', 'weekly', 'cumulative'), []);
    expect(w01.start).toBe(serialOf('2024-12-30'));
    expect(w01.elapsed).toBe(roundScore(1 / 7));
  });

  it('quarters begin on January, April, July and October 1st', () => {
    const lastOfQ1 = on('2025-03-31', kpi('K1', 'quarterly', 'cumulative'), []);
    expect(lastOfQ1.start).toBe(serialOf('2025-01-01'));
    expect(lastOfQ1.previousStart).toBe(serialOf('2024-10-01'));
    expect(lastOfQ1.elapsed).toBe(1);
    const firstOfQ2 = on('2025-04-01', kpi('K1', 'quarterly', 'cumulative'), []);
    expect(firstOfQ2.start).toBe(serialOf('2025-04-01'));
    expect(firstOfQ2.elapsed).toBe(roundScore(1 / 91));
  });

  it('a rate carries its last value forward, over more than the trend, and has none before', () => {
    const rate = kpi('K1', 'monthly', 'rate');
    const read = on('2025-03-15', rate, [
      at('2023-06-10', 9, 'K1', 42),
      at('2025-01-20', 9, 'K1', 7),
    ]);
    expect(read.value(0)).toBe(7);
    expect(read.value(2)).toBe(7);
    expect(read.value(3)).toBe(42);
    expect(read.value(11)).toBe(42);
    expect(read.elapsed).toBe(1);
    expect(on('2023-05-31', rate, [at('2023-06-10', 9, 'K1', 42)]).value(0)).toBe('');
  });

  it('a cumulative KPI has no value in a period with no event', () => {
    const read = on('2025-03-15', kpi('K1', 'monthly', 'cumulative', 100), [
      at('2025-02-27', 9, 'K1', 80),
    ]);
    expect(read.value(0)).toBe('');
    expect(read.value(1)).toBe(80);
    expect(read.status).toBe(STATUS_LABELS.en.no_data);
  });

  it('counts an event later today, not one in the next period, and a 0 is a value', () => {
    const daily = kpi('K1', 'daily', 'cumulative');
    const read = on('2025-03-15', daily, [
      at('2025-03-15', 1, 'K1', 5),
      at('2025-03-15', 23, 'K1', 0),
      at('2025-03-16', 0, 'K1', 9),
    ]);
    expect(read.value(0)).toBe(0);
    expect(read.value(-1)).toBe(9);
    expect(read.elapsed).toBe(1);
  });

  it('reads an event later in the current period, as the core does', () => {
    const read = on('2025-03-15', kpi('K1', 'monthly', 'cumulative'), [
      at('2025-03-10', 9, 'K1', 5),
      at('2025-03-20', 9, 'K1', 8),
    ]);
    expect(read.value(0)).toBe(8);
  });

  it('tells K1 from K10', () => {
    const read = on('2025-03-15', kpi('K1', 'monthly', 'rate'), [
      at('2025-03-01', 9, 'K1', 5),
      at('2025-03-02', 9, 'K10', 50),
    ]);
    expect(read.value(0)).toBe(5);
  });

  it('judges a cumulative KPI by pace: half a 30-day month, half its target', () => {
    const leads = kpi('K1', 'monthly', 'cumulative', 1000);
    const history = (value: number) => [at('2025-04-15', 9, 'K1', value)];
    expect(on('2025-04-15', leads, history(500)).status).toBe(STATUS_LABELS.en.on_track);
    expect(on('2025-04-15', leads, history(450)).status).toBe(STATUS_LABELS.en.at_risk);
    expect(on('2025-04-15', leads, history(449)).status).toBe(STATUS_LABELS.en.off_track);
    const spend = { ...leads, direction: 'lower' };
    expect(on('2025-04-15', spend, history(550)).status).toBe(STATUS_LABELS.en.at_risk);
    expect(on('2025-04-15', spend, history(551)).status).toBe(STATUS_LABELS.en.off_track);
  });
});

describe('KPI status with an elapsed share', () => {
  /** Rows of actual, target, direction, elapsed; then the status with and without elapsed. */
  function statuses(rows: readonly (readonly Value[])[], lang: Lang) {
    const hf = HyperFormula.buildFromArray(
      rows.map((r, i) => {
        const n = i + 1;
        const refs = { actual: `A${n}`, target: `B${n}`, direction: `C${n}` };
        return [
          ...r,
          `=${kpiStatusFormula({ ...refs, elapsed: `D${n}` }, lang)}`,
          `=${kpiStatusFormula(refs, lang)}`,
        ];
      }),
      { licenseKey: 'gpl-v3', accentSensitive: true, smartRounding: false, precisionEpsilon: 0 },
    );
    const read = (i: number, col: number) => hf.getCellValue({ sheet: 0, row: i, col });
    return { paced: (i: number) => read(i, 4), plain: (i: number) => read(i, 5), hf };
  }

  it('is kpiStatus with the pace target × elapsed, its boundaries included', () => {
    const amount = fc.oneof(
      fc.integer({ min: -1000, max: 1000 }),
      fc.integer({ min: -100_000, max: 100_000 }).map((n) => n / 100),
      fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
    );
    const elapsed = fc.oneof(
      fc.constant(''),
      fc.constantFrom(0, 1),
      // The shares the register computes: days lived over days in the period.
      fc
        .constantFrom(7, 28, 29, 30, 31, 90, 91, 92, 365, 366)
        .chain((days) => fc.integer({ min: 1, max: days }).map((d) => roundScore(d / days))),
      fc.double({ min: 0, max: 1, noNaN: true }),
    );
    const row = fc
      .record({
        actual: fc.oneof(fc.constant(''), amount),
        target: fc.oneof(fc.constant(''), amount),
        direction: fc.constantFrom('', 'lower', 'Higher is better', 'baisse', '↓'),
        elapsed,
        edge: fc.constantFrom('none', 'none', 'pace', 'below', 'above', 'target'),
      })
      .map(({ edge, ...r }) => {
        if (typeof r.target !== 'number' || edge === 'none') return r;
        // Exactly on the pace, or on the tolerance boundary around it, as the core computes them.
        const pace = r.target * (r.elapsed === '' ? 1 : r.elapsed);
        const margin = Math.abs(pace) * DEFAULT_TOLERANCE;
        const at = { pace, below: pace - margin, above: pace + margin, target: r.target }[edge];
        return { ...r, actual: at };
      });
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 10 }),
        fc.constantFrom(...LANGS),
        (rows, lang) => {
          const blank = (v: Value) => (v === '' ? null : v);
          const { paced, plain, hf } = statuses(
            rows.map((r) => [
              blank(r.actual),
              blank(r.target),
              blank(r.direction),
              blank(r.elapsed),
            ]),
            lang,
          );
          const style = () => numberStyleOf('en_US');
          rows.forEach((r, i) => {
            const direction = readDirection(r.direction);
            const where = JSON.stringify(r);
            const expected = label(
              kpiStatusRow(r.actual, r.target, direction, '', r.elapsed, style),
              lang,
            );
            expectSame(paced(i), expected, where);
            // At elapsed 1 (or blank) the pace changes nothing: the status the sheets hold today.
            if (r.elapsed === '' || r.elapsed === 1) expectSame(plain(i), expected, where);
          });
          hf.destroy();
        },
      ),
      { numRuns: 150 },
    );
  });

  it('keeps its text without an elapsed cell, as sheets hold it', () => {
    const refs = { actual: 'H5', target: 'C5', direction: 'D5' };
    expect(kpiStatusFormula(refs, 'en')).toBe(TODAY_EN);
    expect(kpiStatusFormula(refs, 'fr')).toBe(TODAY_FR);
  });
});

/** kpiStatusFormula's text before the elapsed cell existed: the template compares by text. */
const TODAY_EN =
  'IF(AND(H5="",C5=""),"",IF(H5="","No data",IF(C5="",NA(),IF(OR(LOWER(TRIM(D5))="lower",LOWER(TRIM(D5))="lower is better",LOWER(TRIM(D5))="low",LOWER(TRIM(D5))="down",LOWER(TRIM(D5))="decrease",LOWER(TRIM(D5))="less",LOWER(TRIM(D5))="baisse",LOWER(TRIM(D5))="bas",LOWER(TRIM(D5))="plus bas",LOWER(TRIM(D5))="diminuer",LOWER(TRIM(D5))="réduire",LOWER(TRIM(D5))="reduire",LOWER(TRIM(D5))="minimiser",LOWER(TRIM(D5))="<=",LOWER(TRIM(D5))="≤",LOWER(TRIM(D5))="<",LOWER(TRIM(D5))="↓"),IF(H5<=C5,"On track",IF(H5<=C5+ABS(C5)*(1/10),"At risk","Off track")),IF(H5>=C5,"On track",IF(H5>=C5-ABS(C5)*(1/10),"At risk","Off track"))))))';
const TODAY_FR =
  'IF(AND(H5="",C5=""),"",IF(H5="","Pas de données",IF(C5="",NA(),IF(OR(LOWER(TRIM(D5))="lower",LOWER(TRIM(D5))="lower is better",LOWER(TRIM(D5))="low",LOWER(TRIM(D5))="down",LOWER(TRIM(D5))="decrease",LOWER(TRIM(D5))="less",LOWER(TRIM(D5))="baisse",LOWER(TRIM(D5))="bas",LOWER(TRIM(D5))="plus bas",LOWER(TRIM(D5))="diminuer",LOWER(TRIM(D5))="réduire",LOWER(TRIM(D5))="reduire",LOWER(TRIM(D5))="minimiser",LOWER(TRIM(D5))="<=",LOWER(TRIM(D5))="≤",LOWER(TRIM(D5))="<",LOWER(TRIM(D5))="↓"),IF(H5<=C5,"En bonne voie",IF(H5<=C5+ABS(C5)*(1/10),"À risque","En retard")),IF(H5>=C5,"En bonne voie",IF(H5>=C5-ABS(C5)*(1/10),"À risque","En retard"))))))';
