import { describe, expect, it } from 'vitest';
import { HEALTH_DEFAULTS, krHealth, readThreshold } from '../../src/core/health';

/** The health checks at their thresholds (docs/method.md#health-checks). */
const period = { today: 100, start: 90, elapsed: 0.5 };
const kr = { measured: true, score: 0.5, lastCheckIn: 99, due: null };

describe('health checks', () => {
  it('flags a KR not checked in for the stale days, from that day on', () => {
    expect(krHealth({ ...kr, lastCheckIn: 94 }, period, HEALTH_DEFAULTS)).toEqual([]);
    expect(krHealth({ ...kr, lastCheckIn: 93 }, period, HEALTH_DEFAULTS)).toEqual(['stale']);
  });

  it('flags a KR with no value the not-started days into the period, and only as not started', () => {
    const none = { ...kr, measured: false, score: 0, lastCheckIn: null };
    expect(krHealth(none, { ...period, today: 96 }, HEALTH_DEFAULTS)).toEqual([]);
    expect(krHealth(none, { ...period, today: 97 }, HEALTH_DEFAULTS)).toEqual(['not_started']);
  });

  it('flags a KR more than the behind points behind the elapsed share, the bound excluded', () => {
    expect(krHealth({ ...kr, score: 0.45 }, { ...period, elapsed: 0.7 }, HEALTH_DEFAULTS)).toEqual(
      [],
    );
    expect(krHealth({ ...kr, score: 0.44 }, { ...period, elapsed: 0.7 }, HEALTH_DEFAULTS)).toEqual([
      'behind',
    ]);
  });

  it('flags a KR past its due day and not reached', () => {
    expect(krHealth({ ...kr, due: 100 }, period, HEALTH_DEFAULTS)).toEqual([]);
    expect(krHealth({ ...kr, due: 99 }, period, HEALTH_DEFAULTS)).toEqual(['past_due']);
    expect(krHealth({ ...kr, due: 99, score: 1 }, period, HEALTH_DEFAULTS)).toEqual([]);
  });

  it('reads a threshold typed in the workbook, or none', () => {
    expect([3, 0, -1, '7', '', Number.NaN].map(readThreshold)).toEqual([
      3,
      0,
      null,
      null,
      null,
      null,
    ]);
  });
});
