import { describe, expect, it } from 'vitest';
import {
  isDoneWord,
  KIND_LABELS,
  KIND_WORDS,
  KR_KINDS,
  parseKind,
  wordKey,
} from '../../src/core/kind';
import { LANGS } from '../../src/core/lang';
import { numberStyleOf } from '../../src/core/number';
import { WeightedMean } from '../../src/core/objective';
import { isProblem } from '../../src/core/problem';
import { readKind, scoreKrRow } from '../../src/core/rows';

/**
 * The one vocabulary of kinds and done words (core/kind.ts), read as Sheets' LOWER(TRIM(…))
 * reads a cell, so that the template's formulas, which compute exactly that, read the same
 * words (test/workbook/formulas.test.ts compares them on random words).
 */
const style = () => numberStyleOf('en_US');

describe('the kind vocabulary', () => {
  it('reads every word of every kind, in any case, with spaces around or doubled inside', () => {
    for (const kind of KR_KINDS)
      for (const word of KIND_WORDS[kind]) {
        expect(parseKind(word)).toBe(kind);
        expect(parseKind(`  ${word.toUpperCase().replace(/ /g, '  ')} `)).toBe(kind);
      }
  });

  it('reads the words people typed that once scored differently in the sheet', () => {
    expect(parseKind('at  least')).toBe('at_least');
    expect(parseKind('minimum')).toBe('at_least');
    expect(parseKind('maximum')).toBe('at_most');
    expect(parseKind('>=')).toBe('at_least');
    expect(parseKind('<=')).toBe('at_most');
    expect(parseKind('Réduire')).toBe('decrease');
    expect(parseKind('reduire')).toBe('decrease');
  });

  it('names no kind for any other text: unlisted accents, wildcards, object keys', () => {
    for (const word of ['sideways', 'reduíre', 'in*', 'constructor', '__proto__', 'toString'])
      expect(parseKind(word)).toBeNull();
    expect(isProblem(readKind('constructor'))).toBe(true);
  });

  it('holds each template label, and no word names two kinds', () => {
    for (const lang of LANGS)
      for (const kind of KR_KINDS) expect(parseKind(KIND_LABELS[lang][kind])).toBe(kind);
    const keys = KR_KINDS.flatMap((k) => KIND_WORDS[k].map(wordKey));
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('a milestone', () => {
  it('is done with TRUE, a number of 1 or more, or a done word, as typed', () => {
    for (const v of [true, 1, 2, 'done', 'Done ', '✓', 'completed', 'FAIT', ' terminé'])
      expect(scoreKrRow(v, '', '', 'milestone', style)).toBe(1);
    for (const v of [false, 0, 0.5, 'no', 'later', '1', 'd*ne'])
      expect(scoreKrRow(v, '', '', 'milestone', style)).toBe(0);
    expect(isDoneWord('  OK  ')).toBe(true);
  });

  it('scores 0 while blank, and counts in its objective: 0.25 beside a KR at 0.5', () => {
    const blank = scoreKrRow('', '', '', 'milestone', style);
    expect(blank).toBe(0);
    const half = scoreKrRow(50, 100, 0, 'auto', style);
    const mean = new WeightedMean();
    for (const s of [blank, half]) if (typeof s === 'number') mean.add(s, 1);
    expect(mean.result()).toBe(0.25);
    // A row with neither a target nor an explicit kind that needs none stays blank.
    expect(scoreKrRow('', '', '', 'auto', style)).toBeNull();
  });
});
