import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DROPDOWN_LISTS } from '../../src/content/template-words';
import {
  dateOfDay,
  dayOfDate,
  FIRST_DAY,
  isDay,
  LAST_DAY,
  weekdayOf,
} from '../../src/core/kpi-calendar';
import {
  elapsedInPeriod,
  type KpiPeriod,
  periodOf,
  periodsFrom,
  previousPeriod,
  shiftPeriod,
} from '../../src/core/kpi-period';
import {
  FREQUENCIES,
  FREQUENCY_WORDS,
  type Frequency,
  MEASURE_WORDS,
  MEASURES,
  parseFrequency,
  parseMeasure,
  parseSummary,
  SUMMARIES,
  SUMMARY_WORDS,
} from '../../src/core/kpi-words';
import { LANGS } from '../../src/core/lang';

const MS_PER_DAY = 86_400_000;

/** The day number of "yyyy-mm-dd", by the runtime's own calendar: an independent check. */
function day(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY;
}

function at(iso: string, frequency: Frequency): KpiPeriod {
  const period = periodOf(day(iso), frequency);
  if (period === null) throw new Error(`no period for ${iso}`);
  return period;
}

/** The period's key and bounds as dates, the way a person checks them. */
function shown(p: KpiPeriod | null): string {
  if (p === null) return 'none';
  const iso = (d: number) => new Date(d * MS_PER_DAY).toISOString().slice(0, 10);
  return `${p.key} ${iso(p.first)}..${iso(p.last)}`;
}

/** The ISO week of a day as the usual Date recipe computes it: the week of its Thursday. */
function isoWeekByDate(d: number): string {
  const date = new Date(d * MS_PER_DAY);
  const thursday = new Date(date);
  thursday.setUTCDate(date.getUTCDate() + 3 - ((date.getUTCDay() + 6) % 7));
  const year = thursday.getUTCFullYear();
  const jan1 = Date.UTC(year, 0, 1);
  const week = Math.floor((thursday.getTime() - jan1) / MS_PER_DAY / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

const anyDay = fc.integer({ min: FIRST_DAY, max: LAST_DAY });
// Days of the years people use, where most bugs would show.
const nearDay = fc.integer({ min: day('1900-01-01'), max: day('2100-12-31') });
const someDay = fc.oneof(anyDay, nearDay);
const frequency = fc.constantFrom(...FREQUENCIES);

describe('the frequency words', () => {
  it('reads every word of every frequency, in any case and with extra spaces', () => {
    for (const f of FREQUENCIES)
      for (const word of FREQUENCY_WORDS[f]) {
        expect(parseFrequency(word)).toBe(f);
        expect(parseFrequency(`  ${word.toUpperCase().replace(/ /g, '  ')} `)).toBe(f);
      }
  });

  it("reads every word of the template's Frequency dropdown, in both languages", () => {
    const expected: readonly Frequency[] = ['day', 'week', 'month', 'quarter', 'year'];
    for (const lang of LANGS)
      expect(DROPDOWN_LISTS.frequencies[lang].map(parseFrequency)).toEqual(expected);
  });

  it('reads the words people type, accents or not', () => {
    expect(parseFrequency('Quotidien')).toBe('day');
    expect(parseFrequency('Hebdomadaire')).toBe('week');
    expect(parseFrequency('mensuel')).toBe('month');
    expect(parseFrequency('Trimestre')).toBe('quarter');
    expect(parseFrequency('Année')).toBe('year');
    expect(parseFrequency('annee')).toBe('year');
    expect(parseFrequency('Annual')).toBe('year');
  });

  it('names nothing for blank, unknown words and object keys', () => {
    for (const word of ['', '  ', 'fortnightly', 'constructor', '__proto__', 'toString'])
      expect(parseFrequency(word)).toBeNull();
  });

  it('no word names two frequencies, measures or summaries', () => {
    for (const [names, words] of [
      [FREQUENCIES, FREQUENCY_WORDS],
      [MEASURES, MEASURE_WORDS],
      [SUMMARIES, SUMMARY_WORDS],
    ] as const) {
      const all = names.flatMap((n) => (words as Record<string, readonly string[]>)[n] ?? []);
      expect(new Set(all).size).toBe(all.length);
    }
  });

  it('reads measures and summaries, and nothing else', () => {
    for (const m of MEASURES) for (const w of MEASURE_WORDS[m]) expect(parseMeasure(w)).toBe(m);
    for (const s of SUMMARIES) for (const w of SUMMARY_WORDS[s]) expect(parseSummary(w)).toBe(s);
    expect(parseMeasure('Cumulé')).toBe('cumulative');
    expect(parseMeasure('Taux')).toBe('rate');
    expect(parseSummary('Moyenne')).toBe('average');
    expect(parseSummary('dernière valeur')).toBe('last');
    for (const word of ['', 'median', 'constructor']) {
      expect(parseMeasure(word)).toBeNull();
      expect(parseSummary(word)).toBeNull();
    }
  });
});

describe('day numbers', () => {
  it('match the runtime calendar over every supported day', () => {
    fc.assert(
      fc.property(someDay, (d) => {
        const date = new Date(d * MS_PER_DAY);
        expect(dateOfDay(d)).toEqual({
          year: date.getUTCFullYear(),
          month: date.getUTCMonth(),
          day: date.getUTCDate(),
        });
        const { year, month, day: dd } = dateOfDay(d);
        expect(dayOfDate(year, month, dd)).toBe(d);
        expect(weekdayOf(d)).toBe((date.getUTCDay() + 6) % 7);
      }),
    );
  });

  it('span 0001-01-01 to 9999-12-31, whole days only', () => {
    expect(FIRST_DAY).toBe(dayOfDate(1, 0, 1));
    expect(LAST_DAY).toBe(day('9999-12-31'));
    expect(weekdayOf(FIRST_DAY)).toBe(0);
    for (const d of [FIRST_DAY - 1, LAST_DAY + 1, 0.5, Number.NaN, Number.POSITIVE_INFINITY])
      expect(isDay(d)).toBe(false);
    expect(periodOf(0.5, 'day')).toBeNull();
    expect(periodOf(Number.NaN, 'month')).toBeNull();
    expect(periodOf(LAST_DAY + 1, 'year')).toBeNull();
  });
});

describe('ISO weeks', () => {
  it('belong to the year of their Thursday, Monday first', () => {
    expect(shown(at('2020-12-31', 'week'))).toBe('2020-W53 2020-12-28..2021-01-03');
    expect(at('2021-01-03', 'week').key).toBe('2020-W53');
    expect(at('2021-01-04', 'week').key).toBe('2021-W01');
    expect(shown(at('2024-12-30', 'week'))).toBe('2025-W01 2024-12-30..2025-01-05');
    expect(at('2024-12-29', 'week').key).toBe('2024-W52');
    expect(at('2026-12-03', 'week').key).toBe('2026-W49');
    expect(at('2015-12-31', 'week').key).toBe('2015-W53');
    expect(at('2016-01-01', 'week').key).toBe('2015-W53');
    expect(at('0001-01-01', 'week').key).toBe('0001-W01');
  });

  it('agree with the usual Date recipe on any day', () => {
    fc.assert(
      fc.property(nearDay, (d) => {
        expect(periodOf(d, 'week')?.key).toBe(isoWeekByDate(d));
      }),
    );
  });

  it('the first week of a year follows the last of the one before, W52 or W53', () => {
    expect(shown(previousPeriod(at('2021-01-04', 'week')))).toBe('2020-W53 2020-12-28..2021-01-03');
    expect(shown(previousPeriod(at('2025-01-01', 'week')))).toBe('2024-W52 2024-12-23..2024-12-29');
  });
});

describe('days, months, quarters and years', () => {
  it('have ISO keys and calendar bounds', () => {
    expect(shown(at('2026-12-03', 'day'))).toBe('2026-12-03 2026-12-03..2026-12-03');
    expect(shown(at('2026-12-03', 'month'))).toBe('2026-12 2026-12-01..2026-12-31');
    expect(shown(at('2026-12-03', 'quarter'))).toBe('2026-Q4 2026-10-01..2026-12-31');
    expect(shown(at('2026-12-03', 'year'))).toBe('2026 2026-01-01..2026-12-31');
    expect(shown(at('2025-05-10', 'quarter'))).toBe('2025-Q2 2025-04-01..2025-06-30');
    expect(shown(at('2025-03-31', 'quarter'))).toBe('2025-Q1 2025-01-01..2025-03-31');
    expect(shown(at('2025-04-01', 'quarter'))).toBe('2025-Q2 2025-04-01..2025-06-30');
    expect(shown(at('1969-12-31', 'month'))).toBe('1969-12 1969-12-01..1969-12-31');
  });

  it('count leap days: every fourth year, not centuries, but every fourth century', () => {
    expect(shown(at('2024-02-10', 'month'))).toBe('2024-02 2024-02-01..2024-02-29');
    expect(shown(at('2025-02-10', 'month'))).toBe('2025-02 2025-02-01..2025-02-28');
    expect(shown(at('1900-02-10', 'month'))).toBe('1900-02 1900-02-01..1900-02-28');
    expect(shown(at('2000-02-10', 'month'))).toBe('2000-02 2000-02-01..2000-02-29');
    expect(shown(at('2024-02-29', 'day'))).toBe('2024-02-29 2024-02-29..2024-02-29');
    const q1 = at('2024-02-29', 'quarter');
    expect(q1.last - q1.first + 1).toBe(91);
    const y = at('2024-07-01', 'year');
    expect(y.last - y.first + 1).toBe(366);
  });

  it('step back across years', () => {
    expect(previousPeriod(at('2026-01-15', 'month'))?.key).toBe('2025-12');
    expect(previousPeriod(at('2026-02-15', 'quarter'))?.key).toBe('2025-Q4');
    expect(previousPeriod(at('2026-02-15', 'year'))?.key).toBe('2025');
    expect(previousPeriod(at('2026-01-01', 'day'))?.key).toBe('2025-12-31');
    expect(shiftPeriod(at('2026-02-15', 'month'), -14)?.key).toBe('2024-12');
    expect(shiftPeriod(at('2026-02-15', 'quarter'), 3)?.key).toBe('2026-Q4');
    expect(shiftPeriod(at('2026-02-15', 'week'), 1)?.key).toBe('2026-W08');
  });

  it('stop at the supported days rather than go wrong', () => {
    for (const f of FREQUENCIES) {
      expect(previousPeriod(at('0001-01-01', f))).toBeNull();
      expect(shiftPeriod(at('9999-12-31', f), 1)).toBeNull();
      expect(shiftPeriod(at('2026-01-01', f), Number.MAX_SAFE_INTEGER)).toBeNull();
      expect(shiftPeriod(at('2026-01-01', f), 0.5)).toBeNull();
    }
  });
});

describe('periods, whatever the day and frequency', () => {
  it('hold their day', () => {
    fc.assert(
      fc.property(someDay, frequency, (d, f) => {
        const p = periodOf(d, f);
        expect(p).not.toBeNull();
        if (p === null) return;
        expect(p.first <= d && d <= p.last).toBe(true);
        expect(p.frequency).toBe(f);
        expect(periodOf(p.first, f)).toEqual(p);
        expect(periodOf(p.last, f)?.key ?? p.key).toBe(p.key);
      }),
    );
  });

  it('tile the days: the next starts the day after, the previous ends the day before', () => {
    fc.assert(
      fc.property(someDay, frequency, (d, f) => {
        const p = periodOf(d, f);
        if (p === null) return;
        const previous = previousPeriod(p);
        if (previous !== null) {
          expect(previous.last).toBe(p.first - 1);
          expect(periodOf(p.first - 1, f)).toEqual(previous);
          expect(previous.key < p.key).toBe(true);
          expect(shiftPeriod(previous, 1)).toEqual(p);
        }
        const next = periodOf(p.last + 1, f);
        if (next !== null) {
          expect(next.first).toBe(p.last + 1);
          expect(shiftPeriod(p, 1)).toEqual(next);
        }
      }),
    );
  });

  it('shift by n as by n single steps', () => {
    fc.assert(
      fc.property(nearDay, frequency, fc.integer({ min: -30, max: 30 }), (d, f, n) => {
        const p = periodOf(d, f);
        if (p === null) return;
        let stepped: KpiPeriod | null = p;
        for (let i = 0; i < Math.abs(n) && stepped !== null; i++)
          stepped = n > 0 ? periodOf(stepped.last + 1, f) : previousPeriod(stepped);
        expect(shiftPeriod(p, n)).toEqual(stepped);
        const from = n < 0 ? shiftPeriod(p, n) : p;
        const to = n < 0 ? p : shiftPeriod(p, n);
        if (from !== null && to !== null)
          expect(periodsFrom(from, to)).toHaveLength(Math.abs(n) + 1);
      }),
    );
  });

  it('have a key no other period has, of any frequency', () => {
    fc.assert(
      fc.property(someDay, someDay, frequency, frequency, (a, b, f, g) => {
        const p = periodOf(a, f);
        const q = periodOf(b, g);
        if (p === null || q === null) return;
        expect(p.key === q.key).toBe(f === g && p.first === q.first);
      }),
    );
  });
});

describe('the share of a period elapsed', () => {
  const december = at('2026-12-03', 'month');

  it('counts the day judged as lived: 1/31 on the first, all of it on the last', () => {
    expect(elapsedInPeriod(december, day('2026-12-01'))).toBe(0.0322580645);
    expect(elapsedInPeriod(december, day('2026-12-03'))).toBe(0.0967741935);
    expect(elapsedInPeriod(december, day('2026-12-31'))).toBe(1);
    expect(elapsedInPeriod(december, day('2026-11-30'))).toBe(0);
    expect(elapsedInPeriod(december, day('2027-01-15'))).toBe(1);
    expect(elapsedInPeriod(at('2026-12-03', 'day'), day('2026-12-03'))).toBe(1);
    expect(elapsedInPeriod(at('2026-12-03', 'week'), day('2026-12-03'))).toBe(0.5714285714);
    expect(elapsedInPeriod(december, 0.5)).toBeNull();
  });

  it('grows by a day a day, from above 0 to 1, within the period', () => {
    fc.assert(
      fc.property(someDay, frequency, (d, f) => {
        const p = periodOf(d, f);
        if (p === null) return;
        const share = elapsedInPeriod(p, d) ?? Number.NaN;
        const length = p.last - p.first + 1;
        expect(share).toBeCloseTo((d - p.first + 1) / length, 9);
        expect(share > 0 && share <= 1).toBe(true);
      }),
    );
  });
});
