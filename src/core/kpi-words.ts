import { wordKey } from './kind';

/**
 * The words people type about a KPI followed over time (docs/method.md#kpis-over-time): how
 * often it is measured, whether it adds up within a period, and how a key result reads it.
 * Compared as `wordKey` makes them (case and extra spaces ignored), which the native formulas
 * compute too, so the sheet and the core read the same words; accented words are listed with
 * and without their accents. In a Map, so that "constructor" typed in a cell names nothing.
 */

/** How often a KPI is measured: the length of its periods. */
export const FREQUENCIES = ['day', 'week', 'month', 'quarter', 'year'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/** English and French, masculine and feminine ("mensuel" KPI, "fréquence mensuelle"). */
export const FREQUENCY_WORDS: Readonly<Record<Frequency, readonly string[]>> = {
  day: [
    'daily',
    'day',
    'days',
    'per day',
    'quotidien',
    'quotidienne',
    'journalier',
    'journalière',
    'journaliere',
    'jour',
    'jours',
    'par jour',
  ],
  week: ['weekly', 'week', 'weeks', 'per week', 'hebdomadaire', 'hebdo', 'semaine', 'par semaine'],
  month: ['monthly', 'month', 'months', 'per month', 'mensuel', 'mensuelle', 'mois', 'par mois'],
  quarter: [
    'quarterly',
    'quarter',
    'quarters',
    'per quarter',
    'trimestriel',
    'trimestrielle',
    'trimestre',
    'par trimestre',
  ],
  year: [
    'yearly',
    'annual',
    'annually',
    'year',
    'years',
    'per year',
    'annuel',
    'annuelle',
    'année',
    'annee',
    'an',
    'par an',
  ],
};

/**
 * Whether a KPI adds up within its period (leads a month: a count that restarts each period,
 * judged by pace) or is a level read at any moment (open rate, cost per lead: judged against
 * its target as it stands).
 */
export const MEASURES = ['cumulative', 'rate'] as const;
export type KpiMeasure = (typeof MEASURES)[number];

export const MEASURE_WORDS: Readonly<Record<KpiMeasure, readonly string[]>> = {
  cumulative: [
    'cumulative',
    'cumulated',
    'total',
    'count',
    'cumul',
    'cumulé',
    'cumulée',
    'cumule',
    'cumulee',
    'cumulatif',
  ],
  rate: ['rate', 'ratio', 'level', 'percentage', 'taux', 'niveau', 'pourcentage'],
};

/** How a key result fed by a KPI reads the KPI's period values over the KR's period. */
export const SUMMARIES = ['last', 'sum', 'average'] as const;
export type KpiSummary = (typeof SUMMARIES)[number];

export const SUMMARY_WORDS: Readonly<Record<KpiSummary, readonly string[]>> = {
  last: [
    'last',
    'latest',
    'last value',
    'dernier',
    'dernière',
    'derniere',
    'dernière valeur',
    'derniere valeur',
  ],
  sum: ['sum', 'total', 'somme', 'cumul'],
  average: ['average', 'mean', 'avg', 'moyenne'],
};

function lookup<T extends string>(
  names: readonly T[],
  words: Readonly<Record<T, readonly string[]>>,
): ReadonlyMap<string, T> {
  return new Map(names.flatMap((name) => words[name].map((w) => [wordKey(w), name] as const)));
}

const FREQUENCY_OF_WORD = lookup(FREQUENCIES, FREQUENCY_WORDS);
const MEASURE_OF_WORD = lookup(MEASURES, MEASURE_WORDS);
const SUMMARY_OF_WORD = lookup(SUMMARIES, SUMMARY_WORDS);

/**
 * The frequency a person typed; null for any other text, blank included: a KPI with no
 * frequency has no periods, and what to do then is the caller's to say.
 */
export function parseFrequency(text: string): Frequency | null {
  return FREQUENCY_OF_WORD.get(wordKey(text)) ?? null;
}

/** The measure a person typed; null for any other text, blank included. */
export function parseMeasure(text: string): KpiMeasure | null {
  return MEASURE_OF_WORD.get(wordKey(text)) ?? null;
}

/** The summary a person typed; null for any other text, blank included. */
export function parseSummary(text: string): KpiSummary | null {
  return SUMMARY_OF_WORD.get(wordKey(text)) ?? null;
}
