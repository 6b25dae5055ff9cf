import { type BundleHandle, loadBundle } from '../../emulation/load';
import type { SaveResult } from '../../src/contract/sidebar';
import { emulatedServer } from './emulated-server';
import type { SidebarServer } from './harness';

/**
 * A quarter on the real server, the built bundle in the emulation, ready to close: one
 * objective of four KRs, each checked in near the quarter's end (one reached, the others not).
 */

export const OBJECTIVE = 'Conquérir le marché lyonnais';
/** The quarter's KRs (all "increase") and the value checked in near its end. */
export const KRS = [
  {
    title: 'Leads qualifiés par mois',
    owner: 'Hugo',
    unit: '',
    baseline: 100,
    target: 200,
    last: 180,
  },
  {
    title: 'Taux de conversion',
    owner: 'Léa',
    unit: '%',
    baseline: 0.02,
    target: 0.04,
    last: 0.03,
  },
  { title: 'Clients signés', owner: 'Max', unit: '', baseline: 0, target: 10, last: 10 },
  { title: 'Partenaires actifs', owner: 'Ana', unit: '', baseline: 2, target: 6, last: 3 },
] as const;
export interface Quarter {
  readonly h: BundleHandle;
  /** The real server, as the sidebar calls it. */
  readonly server: SidebarServer;
  /** The KRs' IDs by title. */
  readonly ids: ReadonlyMap<string, string>;
}

/**
 * A workbook in `locale` made by "Create OKR template", with OBJECTIVE and its KRS saved from
 * the sidebar on 1 April 2025 and checked in on 20 June (the clock left there).
 */
export function checkedInQuarter(locale = 'en_US'): Quarter {
  const h = loadBundle({
    now: new Date('2025-04-01T08:00:00Z'),
    timeZone: 'Europe/Paris',
    locale,
  });
  h.run('okapiCreateTemplate');
  const server = emulatedServer(h);
  const saved = server('okapiSidebarSave', [
    {
      objectives: [
        {
          title: OBJECTIVE,
          parent: '',
          owner: 'Camille',
          period: 'quarter',
          krs: KRS.map(({ title, owner, unit, baseline, target }) => ({
            title,
            owner,
            unit,
            weight: null,
            kind: 'increase',
            baseline,
            target,
          })),
        },
      ],
      checkIns: [],
    },
  ]) as SaveResult;
  const ids = new Map(saved.state.objectives.flatMap((o) => o.krs.map((k) => [k.title, k.id])));
  h.setNow(new Date('2025-06-20T08:00:00Z'));
  server('okapiSidebarSave', [
    {
      objectives: [],
      checkIns: KRS.map((k) => ({
        krId: ids.get(k.title),
        current: k.last,
        confidence: 0.7,
        note: '',
      })),
    },
  ]);
  return { h, server, ids };
}
