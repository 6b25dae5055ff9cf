import type { KrKind } from '../core/kind';
import type { Lang, Localized } from '../core/lang';

/**
 * Example OKRs for each marketing domain, written in Okapi's own words. The Guide sheet lists
 * them, the sidebar offers them as starting points, and `npm run template -- --examples`
 * pre-fills the template with them.
 */
export const DOMAINS = [
  'inbound',
  'events',
  'content',
  'email',
  'social',
  'seo',
  'customer',
] as const;
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

/** A KR in one line: its words in both languages, then its shape and numbers. */
const kr = (
  en: string,
  fr: string,
  kind: KrKind,
  unit: Localized,
  baseline: number | null,
  target: number | null,
  current: number | boolean | null,
): ExampleKr => ({ title: { en, fr }, kind, unit, baseline, target, current });

const U = (en: string, fr: string = en): Localized => ({ en, fr });
const PCT = U('%');
const EUR = U('€');
const DONE = U('done', 'fait');

/**
 * Every KR shape of docs/method.md#key-result-kinds appears: increase from a baseline, decrease, keep above or
 * below a threshold (at_least / at_most), count from zero (baseline 0) and milestone (no
 * target). Objectives carry no number; the numbers live in the KRs' columns.
 */
export const EXAMPLES: readonly ExampleOkr[] = [
  {
    domain: 'inbound',
    objective: {
      en: 'Make our website the first place prospects come to learn',
      fr: 'Faire de notre site le premier endroit où les prospects viennent apprendre',
    },
    krs: [
      kr(
        'Raise the visitor-to-lead conversion rate',
        'Augmenter le taux de conversion visiteur → lead',
        'increase',
        PCT,
        0.15,
        0.2,
        0.18,
      ),
      kr(
        'Grow qualified leads per month',
        'Augmenter les leads qualifiés par mois',
        'increase',
        U('leads'),
        600,
        750,
        660,
      ),
      kr('Bring the cost per lead down', 'Réduire le coût par lead', 'decrease', EUR, 50, 37.5, 45),
      kr(
        'Put a lead-scoring model in place, agreed with sales',
        'Mettre en place un scoring des leads validé avec les commerciaux',
        'milestone',
        DONE,
        null,
        null,
        false,
      ),
    ],
  },
  {
    domain: 'inbound',
    objective: {
      en: 'Make marketing and sales pull in the same direction',
      fr: 'Faire avancer marketing et ventes dans la même direction',
    },
    krs: [
      kr(
        'Raise the share of leads sales accepts',
        'Augmenter la part des leads acceptés par les ventes',
        'increase',
        PCT,
        0.4,
        0.6,
        0.47,
      ),
      kr(
        'Cut the time before a new lead is called back',
        'Raccourcir le délai avant le premier rappel d’un lead',
        'decrease',
        U('hours', 'heures'),
        48,
        24,
        36,
      ),
      kr(
        'Run joint campaigns with the sales team',
        'Mener des campagnes conjointes avec l’équipe commerciale',
        'increase',
        U('campaigns', 'campagnes'),
        0,
        3,
        1,
      ),
    ],
  },
  {
    domain: 'events',
    objective: {
      en: 'Turn our yearly meetup into the date our community never misses',
      fr: 'Faire de notre rencontre annuelle le rendez-vous que notre communauté ne manque jamais',
    },
    krs: [
      kr(
        'Welcome attendees on the day',
        'Accueillir des participants le jour J',
        'increase',
        U('attendees', 'participants'),
        0,
        120,
        70,
      ),
      kr(
        'Keep the share of attendees who rate it good or better above the bar',
        'Garder au-dessus du seuil la part des participants qui la jugent bonne ou excellente',
        'at_least',
        PCT,
        null,
        0.85,
        0.88,
      ),
      kr(
        'Lower the cost per attendee',
        'Réduire le coût par participant',
        'decrease',
        EUR,
        140,
        100,
        125,
      ),
      kr(
        'Sign a partner to co-host the event',
        'Signer un partenaire pour co-organiser l’événement',
        'milestone',
        DONE,
        null,
        null,
        true,
      ),
    ],
  },
  {
    domain: 'content',
    objective: {
      en: 'Become the voice marketing managers trust on our topic',
      fr: 'Devenir la voix de confiance des responsables marketing sur notre sujet',
    },
    krs: [
      kr(
        'Publish a white paper written with a partner',
        'Publier un livre blanc coécrit avec un partenaire',
        'milestone',
        DONE,
        null,
        null,
        false,
      ),
      kr(
        'Double the downloads of our guides',
        'Doubler les téléchargements de nos guides',
        'increase',
        U('downloads', 'téléchargements'),
        400,
        800,
        520,
      ),
      kr(
        'Lengthen the average reading time of our articles',
        'Allonger le temps de lecture moyen de nos articles',
        'increase',
        U('minutes'),
        1.5,
        2.5,
        1.9,
      ),
      kr(
        'Publish in-depth articles',
        'Publier des articles de fond',
        'increase',
        U('articles'),
        0,
        12,
        5,
      ),
    ],
  },
  {
    domain: 'email',
    objective: {
      en: 'Send emails our subscribers look forward to opening',
      fr: 'Envoyer des emails que nos abonnés ont hâte d’ouvrir',
    },
    krs: [
      kr(
        'Keep the newsletter open rate above its floor',
        'Maintenir le taux d’ouverture de la newsletter au-dessus du plancher',
        'at_least',
        PCT,
        null,
        0.5,
        0.53,
      ),
      kr('Raise the click rate', 'Augmenter le taux de clic', 'increase', PCT, 0.03, 0.045, 0.036),
      kr(
        'Keep unsubscribes per send below the ceiling',
        'Garder les désabonnements par envoi sous le plafond',
        'at_most',
        PCT,
        null,
        0.003,
        0.002,
      ),
      kr(
        'Launch a welcome sequence for new subscribers',
        'Lancer un parcours de bienvenue pour les nouveaux abonnés',
        'milestone',
        DONE,
        null,
        null,
        true,
      ),
    ],
  },
  {
    domain: 'social',
    objective: {
      en: 'Build a community that talks with us, not only about us',
      fr: 'Bâtir une communauté qui échange avec nous, pas seulement sur nous',
    },
    krs: [
      kr(
        'Raise the engagement rate of our posts',
        'Augmenter le taux d’engagement de nos publications',
        'increase',
        PCT,
        0.02,
        0.035,
        0.026,
      ),
      kr(
        'Grow our LinkedIn followers',
        'Faire grandir notre audience LinkedIn',
        'increase',
        U('followers', 'abonnés'),
        4000,
        5000,
        4350,
      ),
      kr(
        'Answer comments and messages within the promised delay',
        'Répondre aux commentaires et messages dans le délai promis',
        'at_most',
        U('hours', 'heures'),
        null,
        4,
        5,
      ),
      kr(
        'Host a first live Q&A with our experts',
        'Animer un premier live de questions-réponses avec nos experts',
        'milestone',
        DONE,
        null,
        null,
        false,
      ),
    ],
  },
  {
    domain: 'seo',
    objective: {
      en: 'Be found by the people searching for what we solve',
      fr: 'Être trouvés par ceux qui cherchent ce que nous résolvons',
    },
    krs: [
      kr(
        'Grow organic visits per month by a fifth',
        'Augmenter d’un cinquième les visites organiques mensuelles',
        'increase',
        U('visits', 'visites'),
        20000,
        24000,
        21800,
      ),
      kr(
        'Earn new backlinks from respected sites',
        'Obtenir de nouveaux liens entrants de sites reconnus',
        'increase',
        U('backlinks', 'liens'),
        0,
        5,
        2,
      ),
      kr(
        'Rank more of our key searches in the top three',
        'Placer davantage de nos requêtes clés dans les trois premiers résultats',
        'increase',
        U('keywords', 'mots-clés'),
        8,
        15,
        10,
      ),
      kr(
        'Speed up the load time of our main pages',
        'Accélérer le chargement de nos pages principales',
        'decrease',
        U('seconds', 'secondes'),
        3.2,
        2,
        2.6,
      ),
      kr(
        'Fix every crawl error reported by Search Console',
        'Corriger toutes les erreurs d’exploration signalées par la Search Console',
        'milestone',
        DONE,
        null,
        null,
        false,
      ),
    ],
  },
  {
    domain: 'customer',
    objective: {
      en: 'Make every customer feel known and well looked after',
      fr: 'Que chaque client se sente connu et bien accompagné',
    },
    krs: [
      kr(
        'Raise our Net Promoter Score',
        'Améliorer notre Net Promoter Score',
        'increase',
        U('points'),
        32,
        45,
        37,
      ),
      kr(
        'Reduce monthly churn',
        'Réduire l’attrition mensuelle',
        'decrease',
        PCT,
        0.05,
        0.035,
        0.044,
      ),
      kr(
        'Keep customer satisfaction after a support request above the bar',
        'Garder la satisfaction après une demande au support au-dessus du seuil',
        'at_least',
        PCT,
        null,
        0.9,
        0.9,
      ),
      kr(
        'Set up a customer advisory board',
        'Créer un comité consultatif de clients',
        'milestone',
        DONE,
        null,
        null,
        false,
      ),
    ],
  },
];
