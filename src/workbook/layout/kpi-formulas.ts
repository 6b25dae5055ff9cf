import {
  FREQUENCIES,
  FREQUENCY_WORDS,
  type Frequency,
  MEASURE_WORDS,
  MEASURES,
} from '../../core/kpi-words';
import type { Lang } from '../../core/lang';
import { SCORE_DECIMALS } from '../../core/round';
import { UNKNOWN_KIND, vocabularyFormula } from './formulas';

/**
 * The KPI register's native formulas: each KPI's value per period, read from the KPI history,
 * and the share of its current period elapsed, by the same rules as the core (kpi-period.ts,
 * kpi-series.ts, kpi-pace.ts; docs/method.md#kpis-over-time), so that the register computes
 * without the add-on. As in formulas.ts: the API's syntax, English names, "," separators, and
 * no decimal literal.
 *
 * The history is reached through workbook named ranges, one per column, so that these formulas
 * hold no sheet name (which a person may rename, and which differs by language) and no column
 * letter. Each covers its whole column, header included: MAXIFS and SUMIFS skip its text.
 */
export const KPI_HISTORY_NAMES = {
  /** When the event was recorded: a date serial with its time of day. */
  when: 'OkapiKpiWhen',
  /** The KPI's ID ("K3"). */
  id: 'OkapiKpiId',
  /** The KPI's Actual then, a number. */
  actual: 'OkapiKpiActual',
} as const;

const { when: WHEN, id: ID, actual: ACTUAL } = KPI_HISTORY_NAMES;

/**
 * The KPI targets table's columns as workbook names, as the history's: a target set for one
 * period of a KPI (a monthly target row), which the register's "Target this period" reads.
 */
export const KPI_TARGET_NAMES = {
  /** The KPI's ID ("K3"), as the register's ID column shows it. */
  id: 'OkapiTargetId',
  /** Any day of the period the target is for. */
  period: 'OkapiTargetPeriod',
  target: 'OkapiTargetValue',
} as const;

/** Today, in the spreadsheet's time zone, as every engine reads it. */
const T = 'TODAY()';

/** A row's frequency or measure key that names nothing: blank, or an unknown word. */
const unknown = (key: string): string => `OR(${key}="",${key}="${UNKNOWN_KIND}")`;

/**
 * The frequency a row's Frequency cell names (core: parseFrequency): the frequency's name,
 * "?" for a word outside the vocabulary, and "" for a blank, as a KPI with no frequency has no
 * periods; "" on rows with no measure. A hidden key column holds it, so that each period
 * formula of the row compares one short cell instead of repeating the vocabulary.
 */
export function frequencyKeyFormula(measure: string, frequency: string): string {
  return `IF(${measure}="","",${vocabularyFormula(frequency, FREQUENCIES, FREQUENCY_WORDS, '')})`;
}

/**
 * How a row's KPI is measured (core: parseMeasure): "cumulative", "rate", or "?" for a word
 * outside the vocabulary; "" on rows with no measure. A blank "Measured as" is a rate: a level
 * judged against its target as it stands, which is how the KPIs sheet judged every KPI before
 * KPIs had periods.
 */
export function measureKeyFormula(measure: string, measuredAs: string): string {
  return `IF(${measure}="","",${vocabularyFormula(measuredAs, MEASURES, MEASURE_WORDS, 'rate')})`;
}

/** A whole number added to a formula: "" for 0, else "+3" or "-3". */
const plus = (n: number): string => (n === 0 ? '' : n > 0 ? `+${n}` : `${n}`);

/**
 * The first day of the period `k` periods before today's, per frequency (core: periodOf and
 * shiftPeriod). A week is ISO's, Monday first: WEEKDAY(…,3) counts Monday as 0. Quarters and
 * years begin in January, as the core's do.
 */
const START: Readonly<Record<Frequency, (k: number) => string>> = {
  day: (k) => `${T}${plus(-k)}`,
  week: (k) => `${T}-WEEKDAY(${T},3)${plus(-7 * k)}`,
  month: (k) => `EOMONTH(${T},${-k - 1})+1`,
  quarter: (k) => {
    const current = `DATE(YEAR(${T}),INT((MONTH(${T})-1)/3)*3+1,1)`;
    return k === 0 ? current : `EDATE(${current},${-3 * k})`;
  },
  year: (k) => `DATE(YEAR(${T})${plus(-k)},1,1)`,
};

/**
 * The first day (a date serial) of the period `k` periods before today's, of the frequency a
 * row's frequency key names: k = 0 is the period holding today, 1 the previous one, −1 the
 * next. "" when the key names no frequency.
 */
export function periodStartFormula(frequencyKey: string, k: number): string {
  // A fraction of a period has no first day, and would write a decimal literal.
  if (!Number.isSafeInteger(k)) throw new Error(`periodStartFormula: ${k} is no whole number`);
  return FREQUENCIES.reduceRight(
    (rest, f) => `IF(${frequencyKey}="${f}",${START[f](k)},${rest})`,
    '""',
  );
}

/** The cells a KPI's period value reads, as A1 references in the formula's row. */
export interface KpiPeriodRefs {
  readonly id: string;
  /** The row's frequency key (frequencyKeyFormula). */
  readonly frequencyKey: string;
  /** The row's measure key (measureKeyFormula). */
  readonly measureKey: string;
}

/**
 * The KPI's value in the period `k` periods before today's (core: kpiSeries): the Actual of
 * its last event in the history before the next period begins, and, for a cumulative KPI, on
 * or after the period's first day. A rate thus keeps the value it last had, as the core
 * carries it, and has none before its first event; a cumulative KPI has none in a period with
 * no event. "" on rows with no ID, or whose frequency or measure names nothing.
 *
 * The last event is found by its instant, then its Actual read at that instant: events of one
 * KPI never share an instant, and rows are appended in time order, so the latest instant is
 * the core's last event in log order. The bounds are whole day serials, so joining them to the
 * criteria's text writes no decimal mark a locale could misread; the instant is passed as a
 * number. An event later today, or later in the current period, counts, as in the core.
 */
export function periodValueFormula(r: KpiPeriodRefs, k: number): string {
  const { id, frequencyKey: fk, measureKey: mk } = r;
  const from = `IF(${mk}="cumulative",${periodStartFormula(fk, k)},0)`;
  const last =
    `MAXIFS(${WHEN},${ID},${id},${WHEN},">="&${from},` +
    `${WHEN},"<"&${periodStartFormula(fk, k - 1)})`;
  // MAXIFS gives 0 when no event matches: serial 0 is 1899-12-30, before any event.
  return (
    `IF(OR(${id}="",${unknown(fk)},${unknown(mk)}),"",` +
    `IF(${last}=0,"",SUMIFS(${ACTUAL},${ID},${id},${WHEN},${last})))`
  );
}

/**
 * The share of the current period elapsed, for KPI_STATUS's pace (core: elapsedInPeriod as
 * kpiPeriodStatus uses it): for a cumulative KPI, the days lived at the end of today over the
 * period's days, today counted as done, rounded as the core rounds; 1 for a rate, judged
 * against its target as it stands. "" when the frequency or the measure names nothing, which
 * the status reads as 1.
 */
export function periodElapsedFormula(frequencyKey: string, measureKey: string): string {
  const start = periodStartFormula(frequencyKey, 0);
  const next = periodStartFormula(frequencyKey, -1);
  return (
    `IF(OR(${unknown(frequencyKey)},${unknown(measureKey)}),"",IF(${measureKey}="rate",1,` +
    `ROUND((${T}-${start}+1)/(${next}-${start}),${SCORE_DECIMALS})))`
  );
}

/**
 * The target of the KPI's current period (core: periodTargets and periodTarget), else its own
 * Target, which thus resets each period; a KPI with no periods has its own Target.
 */
export function periodTargetFormula(id: string, frequencyKey: string, target: string): string {
  return (
    `IF(OR(${id}="",${unknown(frequencyKey)}),${ownTarget(target)},` +
    `${targetBetweenFormula(id, periodStartFormula(frequencyKey, 0), periodStartFormula(frequencyKey, -1), target)})`
  );
}

/**
 * The KPI register's ID and Measure columns as workbook names: the KPI targets sheet shows the
 * measure of the ID typed on each row, so that a wrong ID shows at once.
 */
export const KPI_REGISTER_NAMES = {
  id: 'OkapiRegisterId',
  measure: 'OkapiRegisterMeasure',
} as const;

/** What a KPI targets row shows when no KPI of the register has its ID. */
const NO_SUCH_KPI: Readonly<Record<Lang, string>> = {
  en: '⚠ no KPI has this ID',
  fr: '⚠ aucun KPI n’a cet ID',
};

/**
 * The measure of the KPI a KPI targets row names by ID, matched as the register's formulas
 * match it (regardless of case); a warning when the register has no such ID, as the row then
 * sets nothing; "" on a row with no ID.
 */
export function targetMeasureFormula(id: string, lang: Lang): string {
  const { id: RID, measure: RM } = KPI_REGISTER_NAMES;
  return `IF(${id}="","",IFERROR(INDEX(${RM},MATCH(${id},${RID},0)),"${NO_SUCH_KPI[lang]}"))`;
}

/** A blank Target stays blank: a reference returned by IF reads as 0 in some engines. */
const ownTarget = (target: string): string => `IF(${target}="","",${target})`;

/**
 * The target of a KPI's period from `start` to before `next` (day serials): the average of the
 * KPI targets table's numbers for its ID dated in the period, else `target`. The numbers are
 * counted by two comparisons, which only numbers pass (AVERAGEIFS, which would skip text by
 * itself, is missing from some engines); no number left divides by 0, which IFERROR reads as
 * "none set". The rows' IDs are compared as criteria compare text: regardless of case.
 */
export function targetBetweenFormula(
  id: string,
  start: string,
  next: string,
  target: string,
): string {
  const { id: TID, period: TP, target: TV } = KPI_TARGET_NAMES;
  const rows = `${TID},${id},${TP},">="&${start},${TP},"<"&${next}`;
  const sum = `SUMIFS(${TV},${rows})`;
  const count = `(COUNTIFS(${rows},${TV},">=0")+COUNTIFS(${rows},${TV},"<0"))`;
  return `IFERROR(${sum}/${count},${ownTarget(target)})`;
}

/** The serial number of a day number (days since 1970-01-01): what a date cell holds. */
const SERIAL_OF_DAY = 25_569;

/**
 * A key result's Current fed by a KPI over the KR's period (core: summariseKpi): `periods` are
 * the KPI's periods the KR period counts (core: krPeriods), as day numbers, computed when the
 * formula is written. Each period's value is its last event (for a rate, the last before its
 * end), counted once the period has begun; the last, the sum or the average of those that have
 * one; "" when none has.
 */
export function krFromKpiFormula(
  kpiId: string,
  periods: readonly { readonly first: number; readonly last: number }[],
  measure: 'cumulative' | 'rate',
  summary: 'last' | 'sum' | 'average',
): string {
  if (periods.length === 0) return '""';
  const id = `"${kpiId.replace(/"/g, '""')}"`;
  const terms = periods.map((p) => {
    const start = p.first + SERIAL_OF_DAY;
    const next = p.last + 1 + SERIAL_OF_DAY;
    const lower = measure === 'cumulative' ? start : 0;
    const last = `MAXIFS(${WHEN},${ID},${id},${WHEN},">="&${lower},${WHEN},"<"&${next})`;
    return `IF(${T}<${start},"",IF(${last}=0,"",SUMIFS(${ACTUAL},${ID},${id},${WHEN},${last})))`;
  });
  if (summary === 'last') return terms.reduce((inner, t) => `IF(${t}<>"",${t},${inner})`, '""');
  const count = `COUNT(${terms.join(',')})`;
  // N() reads "" as 0: SUM refuses text given as an argument in some engines.
  const sum = `SUM(${terms.map((t) => `N(${t})`).join(',')})`;
  return `IF(${count}=0,"",${summary === 'sum' ? sum : `${sum}/${count}`})`;
}
