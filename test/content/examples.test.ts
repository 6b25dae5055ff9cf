import { describe, expect, it } from 'vitest';
import { DOMAINS, EXAMPLES } from '../../src/content/examples';
import { LANGS } from '../../src/core/lang';

describe('example OKRs', () => {
  it('cover every domain with one or two objectives of 3 to 5 KRs', () => {
    for (const d of DOMAINS) {
      const okrs = EXAMPLES.filter((e) => e.domain === d);
      expect(okrs.length, d).toBeGreaterThanOrEqual(1);
      expect(okrs.length, d).toBeLessThanOrEqual(2);
      for (const o of okrs) {
        expect(o.krs.length).toBeGreaterThanOrEqual(3);
        expect(o.krs.length).toBeLessThanOrEqual(5);
      }
    }
  });

  it('keep numbers out of objectives, in every language', () => {
    for (const o of EXAMPLES) for (const l of LANGS) expect(o.objective[l]).not.toMatch(/\d/);
  });

  it('show every KR shape of the method', () => {
    const krs = EXAMPLES.flatMap((o) => o.krs);
    const shapes = new Set(
      krs.map((k) =>
        k.kind === 'milestone' ? 'milestone' : k.baseline === 0 ? 'from zero' : k.kind,
      ),
    );
    expect([...shapes].sort()).toEqual(
      ['at_least', 'at_most', 'decrease', 'from zero', 'increase', 'milestone'].sort(),
    );
    for (const k of krs) expect(k.target === null).toBe(k.kind === 'milestone');
  });
});
