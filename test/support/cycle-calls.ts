import { loadBundle } from '../../emulation/load';

/**
 * Service calls of "Close period" and "Start next period" (their server functions called with
 * no choices, as the menu's views default), on a quarter of `objectives` objectives of four
 * KRs each, set up in the sidebar and refreshed. Counted by the emulation on the built bundle.
 */
export function cycleCalls(objectives: number): { close: number; next: number } {
  const h = loadBundle({ now: new Date('2025-04-01T08:00:00Z'), timeZone: 'Europe/Paris' });
  h.run('okapiCreateTemplate');
  h.run('okapiSidebarSave', {
    objectives: Array.from({ length: objectives }, (_, i) => ({
      // Letters only: a number in an objective's title is a finding.
      title: `Objective ${String.fromCharCode(97 + (i % 26), 97 + Math.floor(i / 26))}`,
      parent: '',
      owner: 'Camille',
      period: 'quarter',
      krs: ['one', 'two', 'three', 'four'].map((k) => ({
        title: `KR ${k}`,
        owner: 'Hugo',
        unit: '',
        weight: null,
        kind: 'auto',
        baseline: 0,
        target: 10,
      })),
    })),
    checkIns: [],
  });
  h.run('okapiRefresh');
  h.calls.reset();
  h.run('okapiClosePeriod');
  const close = h.calls.total;
  h.calls.reset();
  h.run('okapiStartNextPeriod');
  return { close, next: h.calls.total };
}
