import type { KpiState, KrFromKpi } from '../contract/sidebar';
import { type Frequency, type KpiSummary, SUMMARIES } from '../core/kpi-words';
import type { Catalogue } from './catalogue';
import { field, h, select } from './dom';

/**
 * "Current from a KPI": one of the register's KPIs for a key result's Current, and how its
 * values over the KR's period are summarised. The new-objective form offers it for a new key
 * result, the check-in for one that exists; both say it in the same words, with the same default.
 */
export interface KpiChoice {
  /** The KPI's select and, once one is chosen, the summary's. */
  readonly element: HTMLDivElement;
  readonly kpiSelect: HTMLSelectElement;
  /** The KPIs listed (none before `offer`). */
  readonly offered: readonly KpiState[];
  /** Lists `kpis`, keeping the one chosen if still there. */
  offer(kpis: readonly KpiState[]): void;
  /** The KPI chosen and its summary; undefined for none. */
  chosen(): KrFromKpi | undefined;
  /** Chooses `kpi`: none when undefined, or when it is no longer offered. */
  choose(kpi: KrFromKpi | undefined): void;
}

/** `label`: the KPI's select's (the summary's is the same everywhere). */
export function kpiChoice(t: Catalogue, label: string): KpiChoice {
  const kpiSelect = h('select', {});
  const summary = select(SUMMARIES.map((s) => [s, t.summaries[s]] as const));
  const summaryField = field(t.summarisedAs, summary);
  const element = h('div', { class: 'row' }, field(label, kpiSelect), summaryField);
  let offered: readonly KpiState[] = [];
  // No summary to choose without a KPI to summarise.
  const showSummary = (): void => {
    summaryField.hidden = kpiSelect.value === '';
  };
  kpiSelect.addEventListener('change', () => {
    const kpi = offered.find((k) => k.id === kpiSelect.value);
    if (kpi) summary.value = defaultSummary(kpi.frequency);
    showSummary();
  });
  return {
    element,
    kpiSelect,
    get offered() {
      return offered;
    },
    offer(kpis) {
      const chosen = kpiSelect.value;
      offered = kpis;
      kpiSelect.replaceChildren(
        h('option', { value: '' }, t.noKpi),
        ...kpis.map((k) => h('option', { value: k.id }, k.measure)),
      );
      kpiSelect.value = kpis.some((k) => k.id === chosen) ? chosen : '';
      showSummary();
    },
    chosen: () =>
      kpiSelect.value === ''
        ? undefined
        : { kpiId: kpiSelect.value, summary: summary.value as KpiSummary },
    choose(kpi) {
      kpiSelect.value = offered.find((k) => k.id === kpi?.kpiId)?.id ?? '';
      if (kpi) summary.value = kpi.summary;
      showSummary();
    },
  };
}

/**
 * A KPI measured more often than quarterly has several values in a key result's period, which
 * most often add up (leads a month, leads this quarter); a quarterly or yearly one, or one of
 * no known frequency, is read as it last stands.
 */
const ADDS_UP: ReadonlySet<Frequency> = new Set(['day', 'week', 'month']);

function defaultSummary(frequency: Frequency | null): KpiSummary {
  return frequency !== null && ADDS_UP.has(frequency) ? 'sum' : 'last';
}
