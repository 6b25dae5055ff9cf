import type { KrKind } from './kind';
import type { Lang, Localized } from './lang';

/**
 * Example OKRs for each marketing domain, written in Okapi's own words. The Guide sheet lists
 * them, the sidebar offers them as starting points, and `npm run template -- --examples`
 * pre-fills the template with them.
 */
export const DOMAINS = ['inbound', 'events', 'content', 'email', 'social', 'seo', 'customer'] as const;
export type Domain = (typeof DOMAINS)[number];

export const DOMAIN_LABELS: Record<Lang, Record<Domain, string>> = {
  en: {
    inbound: 'Inbound marketing',
    events: 'Events',
    content: 'Content',
    email: 'Email marketing',
    social: 'Social media',
    seo: 'SEO',
    customer: 'Customer relationship',
  },
  fr: {
    inbound: 'Inbound marketing',
    events: 'Événementiel',
    content: 'Contenu',
    email: 'Emailing',
    social: 'Réseaux sociaux',
    seo: 'SEO',
    customer: 'Relation client',
  },
};

export interface ExampleKr {
  readonly title: Localized;
  readonly kind: KrKind;
  /** "%", "€", "leads"…: shown next to the numbers; percentages are stored as fractions. */
  readonly unit: Localized;
  readonly baseline: number | null;
  /** null for a milestone. */
  readonly target: number | null;
  /** A plausible mid-period value, for a pre-filled template. */
  readonly current: number | boolean | null;
}

export interface ExampleOkr {
  readonly domain: Domain;
  readonly objective: Localized;
  readonly krs: readonly ExampleKr[];
}

export const EXAMPLES: readonly ExampleOkr[] = [
  {
    domain: 'inbound',
    objective: {
      en: 'Make our website the first place prospects come to learn',
      fr: 'Faire de notre site le premier endroit où les prospects viennent apprendre',
    },
    krs: [
      {
        title: { en: 'Raise the visitor-to-lead conversion rate', fr: 'Augmenter le taux de conversion visiteur → lead' },
        kind: 'increase',
        unit: { en: '%', fr: '%' },
        baseline: 0.15,
        target: 0.2,
        current: 0.18,
      },
      {
        title: { en: 'Grow qualified leads per month', fr: 'Augmenter les leads qualifiés par mois' },
        kind: 'increase',
        unit: { en: 'leads', fr: 'leads' },
        baseline: 600,
        target: 750,
        current: 660,
      },
      {
        title: { en: 'Bring the cost per lead down', fr: 'Réduire le coût par lead' },
        kind: 'decrease',
        unit: { en: '€', fr: '€' },
        baseline: 50,
        target: 37.5,
        current: 45,
      },
    ],
  },
];
