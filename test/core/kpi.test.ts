import { describe, expect, it } from 'vitest';
import { gradeOf } from '../../src/core/grade';
import { kpiStatus, parseDirection } from '../../src/core/kpi';
import { elapsedShare } from '../../src/core/period';

describe('kpiStatus', () => {
  it('higher is better: met, within tolerance (boundary included), beyond', () => {
    expect(kpiStatus(1000, 1000, 'higher', 0.1, 1)).toBe('on_track');
    expect(kpiStatus(1200, 1000, 'higher', 0.1, 1)).toBe('on_track');
    expect(kpiStatus(900, 1000, 'higher', 0.1, 1)).toBe('at_risk');
    expect(kpiStatus(899, 1000, 'higher', 0.1, 1)).toBe('off_track');
    expect(kpiStatus(null, 1000, 'higher', 0.1, 1)).toBe('no_data');
  });

  it('lower is better is never inverted', () => {
    expect(kpiStatus(37.5, 37.5, 'lower', 0.1, 1)).toBe('on_track');
    expect(kpiStatus(30, 37.5, 'lower', 0.1, 1)).toBe('on_track');
    expect(kpiStatus(41.25, 37.5, 'lower', 0.1, 1)).toBe('at_risk');
    expect(kpiStatus(42, 37.5, 'lower', 0.1, 1)).toBe('off_track');
  });

  it('paces a cumulative target by the share of the period elapsed', () => {
    // 1,000 visits a month, half the month gone: 500 is on pace, 450 at risk, 400 off.
    expect(kpiStatus(500, 1000, 'higher', 0.1, 0.5)).toBe('on_track');
    expect(kpiStatus(450, 1000, 'higher', 0.1, 0.5)).toBe('at_risk');
    expect(kpiStatus(400, 1000, 'higher', 0.1, 0.5)).toBe('off_track');
    // Spend at most 10 k€ this quarter: 4 k€ spent at half-time is fine, 6 k€ is off track.
    expect(kpiStatus(4000, 10000, 'lower', 0.1, 0.5)).toBe('on_track');
    expect(kpiStatus(5400, 10000, 'lower', 0.1, 0.5)).toBe('at_risk');
    expect(kpiStatus(6000, 10000, 'lower', 0.1, 0.5)).toBe('off_track');
  });

  it('reads direction aliases', () => {
    for (const w of ['up', 'increase', 'hausse', '>=', 'Higher is better', ''])
      expect(parseDirection(w)).toBe('higher');
    for (const w of ['down', 'decrease', 'baisse', '<=', 'lower'])
      expect(parseDirection(w)).toBe('lower');
    expect(parseDirection('sideways')).toBeNull();
  });
});

describe('grade bands', () => {
  it('0.0–0.3 red, 0.4–0.6 yellow, 0.7–1.0 green', () => {
    expect(gradeOf(0.3)).toBe('red');
    expect(gradeOf(0.39)).toBe('red');
    expect(gradeOf(0.4)).toBe('yellow');
    expect(gradeOf(0.69)).toBe('yellow');
    expect(gradeOf(0.7)).toBe('green');
    expect(gradeOf(1)).toBe('green');
  });
});

describe('elapsedShare', () => {
  it('is 0 on the first day, 1 on the last, linear between, clamped outside', () => {
    expect(elapsedShare(100, 190, 100)).toBe(0);
    expect(elapsedShare(100, 190, 145)).toBe(0.5);
    expect(elapsedShare(100, 190, 190)).toBe(1);
    expect(elapsedShare(100, 190, 50)).toBe(0);
    expect(elapsedShare(100, 190, 400)).toBe(1);
    expect(elapsedShare(100, 100, 100)).toEqual({ code: 'empty_period' });
  });
});
