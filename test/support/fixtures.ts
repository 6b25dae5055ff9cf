import type { IsoDate } from '../../src/contract/json';
import type { KrState, SidebarState } from '../../src/contract/sidebar';
import type { Lang } from '../../src/core/lang';

/**
 * A workbook mid-quarter: two objectives, every KR shape, one KR fed by a formula, and a KPI
 * register of a rate (shown as a percentage), a KPI fed by a formula and one with no frequency.
 */
export function sampleState(
  lang: Lang = 'en',
  locale = lang === 'fr' ? 'fr_FR' : 'en_US',
): SidebarState {
  const kr = (k: Partial<KrState> & Pick<KrState, 'id' | 'title' | 'kind'>): KrState => ({
    owner: 'Camille',
    unit: '',
    baseline: null,
    target: null,
    current: null,
    currentIsFormula: false,
    weight: null,
    score: null,
    confidence: null,
    note: '',
    ...k,
  });
  return {
    lang,
    locale,
    period: { start: '2026-04-01' as IsoDate, end: '2026-06-30' as IsoDate, elapsed: 0.45 },
    owners: ['Camille', 'Hugo', 'Léa'],
    companyObjectives: ['Grow revenue with a loyal customer base'],
    findings: [],
    // The register numbers its KPIs "K<n>" apart from the key results: these IDs are the KRs'
    // too, so a mix-up between the two kinds shows.
    kpis: [
      {
        id: 'K1',
        measure: 'Newsletter open rate',
        frequency: 'week',
        target: 0.5,
        actual: 0.52,
        percent: true,
        actualIsFormula: false,
        status: 'on_track',
      },
      {
        id: 'K2',
        measure: 'Organic visits',
        frequency: 'month',
        target: 12000,
        actual: 5400,
        percent: false,
        actualIsFormula: true,
        status: 'at_risk',
      },
      {
        id: 'K3',
        measure: 'Cost per lead (€)',
        frequency: null,
        target: 40,
        actual: 45.5,
        percent: false,
        actualIsFormula: false,
        status: 'off_track',
      },
    ],
    objectives: [
      {
        id: 'O1',
        title: 'Make our website the first place prospects come to learn',
        parent: 'Grow revenue with a loyal customer base',
        owner: 'Camille',
        progress: { score: null, status: 'no_data' },
        krs: [
          kr({
            id: 'K1',
            title: 'Raise the visitor-to-lead conversion rate',
            kind: 'increase',
            unit: '%',
            baseline: 0.15,
            target: 0.2,
            current: 0.18,
            confidence: 0.7,
          }),
          kr({
            id: 'K2',
            title: 'Grow qualified leads per month',
            kind: 'increase',
            owner: 'Hugo',
            unit: 'leads',
            baseline: 600,
            target: 750,
            current: 660,
          }),
          kr({
            id: 'K3',
            title: 'Bring the cost per lead down',
            kind: 'decrease',
            unit: '€',
            baseline: 50,
            target: 37.5,
            current: 45,
            note: 'New landing pages in May',
          }),
        ],
      },
      {
        id: 'O2',
        title: 'Be the event our customers talk about all year',
        parent: '',
        owner: 'Léa',
        progress: { score: null, status: 'no_data' },
        krs: [
          kr({
            id: 'K4',
            title: 'Welcome attendees at the spring meetup',
            kind: 'at_least',
            owner: 'Léa',
            unit: 'attendees',
            target: 100,
            current: 64,
          }),
          kr({
            id: 'K5',
            title: 'Publish a white paper with a partner',
            kind: 'milestone',
            owner: 'Léa',
            current: 0,
          }),
          kr({
            id: 'K6',
            title: 'Keep the newsletter open rate high',
            kind: 'at_least',
            owner: '',
            unit: '%',
            target: 0.5,
            current: 0.52,
            currentIsFormula: true,
          }),
        ],
      },
    ],
  };
}
