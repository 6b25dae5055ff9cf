import { describe, expect, it } from 'vitest';
import {
  type FunctionEnv,
  kpiStatus,
  krProgress,
  okrScore,
  periodElapsed,
} from '../../src/functions/custom-functions';

/** A spreadsheet locale that counts how often it is read, as the real one costs service calls. */
function envFor(locale: string): FunctionEnv & { reads: number } {
  const env = {
    reads: 0,
    readLocale: () => {
      env.reads++;
      return locale;
    },
    now: () => new Date('2026-08-15T12:00:00Z'),
  };
  return env;
}

const en = () => envFor('en_US');
const fr = () => envFor('fr_FR');
const col = (...xs: unknown[]) => xs.map((x) => [x]);

describe('KR_PROGRESS with the shapes Sheets passes', () => {
  it('scores single cells, percent cells arriving as fractions', () => {
    expect(krProgress(en(), 0.18, 0.2, 0.15, undefined)).toBe(0.6);
    expect(krProgress(en(), 45, 37.5, 50, '')).toBe(0.4);
    expect(krProgress(en(), true, '', '', 'milestone')).toBe(1);
    expect(krProgress(en(), 'done', 1, '', 'Jalon')).toBe(1);
    expect(krProgress(en(), false, 1, '', 'milestone')).toBe(0);
  });

  it('gives a column for a column, blank rows blank, unmeasured rows 0, in one execution', () => {
    const env = en();
    const out = krProgress(
      env,
      col(18, '', '', 700, ''),
      col(20, 20, '', 750, ''),
      col(15, 15, '', 600, ''),
      undefined,
    );
    expect(out).toEqual(col(0.6, 0, '', 0.6666666667, ''));
    expect(env.reads).toBe(0); // plain numbers: no service call at all
  });

  it('reads text numbers in the spreadsheet locale, once per call', () => {
    const env = fr();
    expect(
      krProgress(env, col('18 %', '17,5 %'), col('20 %', '20 %'), col('15 %', '15 %'), ''),
    ).toEqual(col(0.6, 0.5));
    expect(env.reads).toBe(1);
  });

  it('one bad row shows its own short error and the others still compute', () => {
    const out = krProgress(
      en(),
      col(1, 'abc', 3, 4),
      col(2, 2, 3, 8),
      col(0, 0, 3, 0),
      col('', '', '', 'sideways'),
    );
    expect(out).toEqual(
      col(0.5, '⚠ current: not a number', '⚠ target = baseline', '⚠ unknown kind'),
    );
  });

  it('a single-cell error names the argument and the problem', () => {
    expect(() => krProgress(en(), 'abc', 2, 0, '')).toThrow(
      'KR_PROGRESS: current must be a number, not "abc".',
    );
    expect(() => krProgress(en(), 3, 4, 5, 'increase')).toThrow(
      /for an increase, the target must be above the baseline/,
    );
    expect(() => krProgress(fr(), 3, 5, 5, '')).toThrow(/la cible est égale au point de départ/);
    expect(() => krProgress(en(), col(1, 2), col(1, 2, 3), 0, '')).toThrow(
      /target is 3×1 cells but the other ranges are 2×1/,
    );
  });

  it('treats a 1×1 range as a single value', () => {
    expect(krProgress(en(), [[0.18]], [[0.2]], [[0.15]], [['']])).toBe(0.6);
  });
});

describe('OKR_SCORE', () => {
  it('is the weighted mean of the rows’ scores', () => {
    // KR scores 0.6 / 0.4 / 1 with weights 1 / 1 / 2 → 0.75.
    expect(
      okrScore(
        en(),
        col(0.18, 45, true),
        col(0.2, 37.5, 1),
        col(0.15, 50, ''),
        col(1, '', 2),
        col('', '', 'milestone'),
      ),
    ).toBe(0.75);
  });

  it('skips rows without target, leaves out weight 0, refuses negative weights', () => {
    expect(okrScore(en(), col(5, 99, 1), col(10, '', 10), 0, col('', 5, 0), '')).toBe(0.5);
    expect(() => okrScore(en(), col(5, 1), col(10, 10), 0, col(1, -1), '')).toThrow(
      'OKR_SCORE: row 2: weight cannot be negative',
    );
    expect(okrScore(en(), col('', ''), col('', ''), '', '', '')).toBe('');
  });

  it('weighs any finite weight exactly, as KR_PROGRESS scores the row', () => {
    expect(okrScore(en(), 50, 100, 0, 5e-324, '')).toBe(krProgress(en(), 50, 100, 0, ''));
    expect(okrScore(en(), 50, 100, 0, 5e-324, '')).toBe(0.5);
    expect(okrScore(en(), col(60, 40), 100, 0, col(5e-324, 1e-323), '')).toBe(0.4666666667);
    expect(okrScore(en(), col(100, 50), 100, 0, col(1e308, 1e308), '')).toBe(0.75);
  });

  it('refuses scored rows that all weigh 0, naming the weight, in the sheet’s language', () => {
    expect(() => okrScore(en(), col(5, 7), 10, 0, col(0, 0), '')).toThrow(
      'OKR_SCORE: weight is 0 for every scored KR: there is nothing to average',
    );
    expect(() => okrScore(fr(), 5, 10, 0, 0, '')).toThrow(
      'OKR_SCORE: weight (poids) vaut 0 pour chaque KR noté : rien à moyenner',
    );
    // No scored row at all is nothing to score yet: blank, whatever the weights.
    expect(okrScore(en(), col('', ''), col('', ''), 0, col(0, 0), '')).toBe('');
  });

  it('on single cells is that KR’s score', () => {
    expect(okrScore(en(), 45, 37.5, 50, undefined, undefined)).toBe(0.4);
  });
});

describe('where an error lies', () => {
  const bad = 'abc';
  it('names the row in a column, the column in a row, both in a 2-D range', () => {
    expect(() => okrScore(en(), col(1, 2, 3), 10, 0, col(1, 1, bad), '')).toThrow(
      'OKR_SCORE: row 3: weight must be a number, not "abc".',
    );
    expect(() => okrScore(en(), [[1, 2, 3]], 10, 0, [[1, 1, bad]], '')).toThrow(
      'OKR_SCORE: column 3: weight must be a number, not "abc".',
    );
    expect(() =>
      okrScore(
        en(),
        [
          [1, 2],
          [3, 4],
        ],
        10,
        0,
        [
          [1, 1],
          [1, bad],
        ],
        '',
      ),
    ).toThrow('OKR_SCORE: row 2, column 2: weight must be a number, not "abc".');
    expect(() => okrScore(en(), [[1, 2, bad]], 10, 0, '', '')).toThrow(
      'OKR_SCORE: column 3: current must be a number, not "abc".',
    );
  });

  it('says it in French in a French spreadsheet', () => {
    expect(() =>
      okrScore(
        fr(),
        [
          [1, 2],
          [3, 4],
        ],
        10,
        0,
        [
          [1, 1],
          [1, bad],
        ],
        '',
      ),
    ).toThrow('OKR_SCORE: ligne 2, colonne 2 : weight (poids) doit être un nombre, pas "abc".');
    expect(() => okrScore(fr(), col(5, 1), col(10, 10), 0, col(1, -1), '')).toThrow(
      'OKR_SCORE: ligne 2 : weight (poids) ne peut pas être négatif (0 exclut le KR).',
    );
  });

  it('a single-cell call names no place; a range call’s bad cell shows the argument', () => {
    expect(() => okrScore(en(), 1, 10, 0, bad, '')).toThrow(/^OKR_SCORE: weight must be a number/);
    expect(krProgress(en(), [[1, bad]], 2, 0, '')).toEqual([[0.5, '⚠ current: not a number']]);
    expect(krProgress(fr(), [[1, bad]], 2, 0, '')).toEqual([[0.5, '⚠ current : pas un nombre']]);
  });
});

describe('numbers typed as text, in the spreadsheet’s locale', () => {
  it('reads "15.5" and "1,500" as Mexico writes them, and as Spain does', () => {
    const mx = envFor('es_MX');
    expect(krProgress(mx, col('15.5', '1,500'), col(31, 3000), 0, '')).toEqual(col(0.5, 0.5));
    const es = envFor('es_ES');
    expect(krProgress(es, col('15,5', '1.500'), col(31, 3000), 0, '')).toEqual(col(0.5, 0.5));
    expect(krProgress(envFor('de_CH'), "1'500.5", 3001, 0, '')).toBe(0.5);
  });
});

describe('KPI_STATUS', () => {
  it('labels statuses for higher- and lower-is-better KPIs, with and without pace', () => {
    const out = kpiStatus(
      en(),
      col(1000, 950, 850, 40, 4000, ''),
      col(1000, 1000, 1000, 37.5, 10000, 500),
      col('', 'up', 'higher', 'lower', 'lower', ''),
      '',
      col('', '', '', '', 0.5, ''),
      undefined,
    );
    expect(out).toEqual(col('On track', 'At risk', 'Off track', 'At risk', 'On track', 'No data'));
  });

  it('speaks the spreadsheet’s language, read once, unless told otherwise', () => {
    const env = fr();
    expect(
      kpiStatus(env, col(1000, 450, ''), 1000, 'hausse', '', col(1, 0.5, 1), undefined),
    ).toEqual(col('En bonne voie', 'À risque', 'Pas de données'));
    expect(env.reads).toBe(1);
    const envEn = fr();
    expect(kpiStatus(envEn, 40, 37.5, 'baisse', 0.1, '', 'en')).toBe('At risk');
    expect(envEn.reads).toBe(0);
    expect(kpiStatus(en(), 1000, 1000, '', '', '', 'Français')).toBe('En bonne voie');
  });

  it('explains bad arguments', () => {
    expect(() => kpiStatus(en(), 5, 10, 'sideways', '', '', '')).toThrow(
      /unknown direction "sideways"/,
    );
    expect(() => kpiStatus(en(), 5, 10, '', 10, '', '')).toThrow(
      /tolerance must be a fraction between 0 and 1/,
    );
    expect(() => kpiStatus(en(), 5, 10, '', '', 2, '')).toThrow(/elapsed must be a fraction/);
    expect(() => kpiStatus(en(), 5, 10, '', '', '', 'klingon')).toThrow(
      /unknown language "klingon"/,
    );
    expect(() => kpiStatus(en(), 5, '', '', '', '', '')).toThrow(/target is blank/);
    expect(kpiStatus(en(), '', '', '', '', '', '')).toBe('');
  });
});

describe('PERIOD_ELAPSED', () => {
  it('measures the share of a quarter elapsed from date cells', () => {
    const start = new Date('2026-07-01T00:00:00+02:00');
    const end = new Date('2026-09-30T00:00:00+02:00');
    expect(periodElapsed(en(), start, end, new Date('2026-07-01T00:00:00+02:00'))).toBe(0);
    expect(periodElapsed(en(), start, end, end)).toBe(1);
    expect(periodElapsed(en(), start, end, new Date('2026-08-15T12:00:00+02:00'))).toBeCloseTo(
      0.5,
      2,
    );
    expect(periodElapsed(en(), 46204, 46295, 46204 + 91 / 2)).toBe(0.5);
    expect(() => periodElapsed(en(), end, start, '')).toThrow(
      /the period must end after it starts/,
    );
  });
});
