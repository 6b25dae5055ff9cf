import type { SaveBatch, SaveResult, SidebarState } from '../../src/contract/sidebar';
import { OKRS } from '../../src/workbook/layout/tables';
import { dataCalls } from './data-calls';
import { emulatedServer } from './emulated-server';
import { OKR_SHEET, okrRows, typeRows, world } from './refresh-world';

/**
 * Service calls of one sidebar save, through the real bundle in the emulation: five
 * objectives of `krs` key results in all, refreshed, then one save that checks in every KR
 * (every value changes) and creates a new objective of three KRs. A check-in's cells are
 * written in runs of consecutive rows, which the objectives' own rows break, so the count
 * depends on the objectives, not on the key results.
 */
export interface SaveCalls {
  readonly data: number;
  readonly all: number;
  readonly checkedIn: number;
}

export function saveCalls(krs: number): SaveCalls {
  const w = world();
  typeRows(w, OKR_SHEET, OKRS.headerRow, okrRows(5, krs / 5));
  w.refresh();
  const server = emulatedServer(w.h);
  const state = server('okapiSidebarLoad', []) as SidebarState;
  const batch: SaveBatch = {
    objectives: [
      {
        title: 'Be the podcast of our niche',
        parent: '',
        owner: 'Camille',
        period: 'quarter',
        krs: [1, 2, 3].map((n) => ({
          title: `Episode ${n}`,
          owner: 'Hugo',
          unit: '',
          weight: null,
          kind: 'increase' as const,
          baseline: 0,
          target: 10,
        })),
      },
    ],
    checkIns: state.objectives.flatMap((o) =>
      o.krs.map((k) => ({ krId: k.id, current: 500, confidence: 0.8, note: 'weekly' })),
    ),
  };
  w.h.calls.reset();
  const result = server('okapiSidebarSave', [batch]) as SaveResult;
  return {
    data: dataCalls(w.h.calls.byMethod()),
    all: w.h.calls.total,
    checkedIn: result.checkedIn,
  };
}
