import { KIND_LABELS, KR_KINDS } from '../core/kind';
import { DIRECTION_LABELS } from '../core/kpi';
import type { Lang, Localized } from '../core/lang';
import {
  barFormula,
  countedWeightFormula,
  elapsedFormula,
  type FormulaTarget,
  kpiStatusFormula,
  krScoreFormula,
  paceStatusFormula,
  progressFormula,
  weightedScoreFormula,
} from './formulas';

/**
 * The one description of the workbook Okapi builds. The Sheets generator, the refresh and the
 * .xlsx export all read it; none of them knows a column's position: columns are found by
 * their header (in either language), so users may move, insert, sort and add.
 */


/** How a column's cells are shown. */
export type Format = 'text' | 'number' | 'percent' | 'score' | 'date' | 'id';

export const NUMBER_FORMATS: Readonly<Record<Format, string>> = {
  text: '@',
  // General: whole numbers show without a trailing decimal mark ("600", not "600.").
  number: 'General',
  percent: '0.0%',
  score: '0.00',
  date: 'yyyy-mm-dd',
  id: '@',
};

/** A dropdown: fixed words, or the values found in another table's column. */
export type Dropdown =
  | { readonly kind: 'list'; readonly values: Readonly<Record<Lang, readonly string[]>> }
  | { readonly kind: 'column'; readonly sheet: SheetKey; readonly column: string }
  | { readonly kind: 'checkbox' }
  | { readonly kind: 'date' };

/**
 * What a computed column's formula may refer to: a same-row cell by column key, a whole
 * data column by key (for roll-ups), and the sheet's named cells (period, elapsed share).
 */
export interface FormulaContext {
  readonly lang: Lang;
  readonly target: FormulaTarget;
  /** The A1 reference of this row's cell in the column with that key, e.g. "H5". */
  readonly cell: (key: string) => string;
  /** The absolute A1 reference of the data rows of a column, e.g. "$B$5:$B$204". */
  readonly column: (key: string) => string;
  /** The absolute A1 reference of a named cell of the sheet's banner, e.g. "$D$2". */
  readonly named: (key: string) => string;
}

export interface Column {
  /** Stable key used by code; never shown. */
  readonly key: string;
  readonly header: Localized;
  /** Pixels, as Sheets' setColumnWidth takes them. */
  readonly width: number;
  readonly format: Format;
  /** Computed columns hold a formula on every data row, written by the generator and refresh. */
  readonly formula?: (f: FormulaContext) => string;
  readonly dropdown?: Dropdown;
  /** Helper columns the formulas need but people do not: hidden and protected. */
  readonly hidden?: boolean;
  /** A note on the header cell: how to fill the column. */
  readonly help?: Localized;
}

/** A cell in a sheet's banner (above the table) that formulas refer to by key. */
export interface NamedCell {
  readonly key: string;
  readonly label: Localized;
  /** Row and column (1-based) of the value; its label sits on its left. */
  readonly row: number;
  readonly column: number;
  readonly format: Format;
  readonly formula?: (f: FormulaContext) => string;
}

export type SheetKey = 'okrs' | 'actions' | 'kpis' | 'history' | 'dashboard' | 'guide';

export interface TableSheet {
  readonly key: SheetKey;
  readonly name: Localized;
  readonly title: Localized;
  /** The row of the table's headers (1-based); the template freezes rows up to it. */
  readonly headerRow: number;
  readonly columns: readonly Column[];
  readonly named: readonly NamedCell[];
  /** Data rows the template prepares (formats, dropdowns, formulas) below the header. */
  readonly preparedRows: number;
}

const L = (en: string, fr: string): Localized => ({ en, fr });

const kindValues = {
  en: KR_KINDS.map((k) => KIND_LABELS.en[k]),
  fr: KR_KINDS.map((k) => KIND_LABELS.fr[k]),
};

/**
 * The OKR sheet: one row per objective (its Key result cell blank) and one per key result
 * (naming its objective). An objective row's Progress is the weighted mean of its KRs'.
 */
export const OKRS: TableSheet = {
  key: 'okrs',
  name: L('OKRs', 'OKR'),
  title: L('Objectives and key results', 'Objectifs et résultats clés'),
  headerRow: 4,
  preparedRows: 200,
  named: [
    { key: 'start', label: L('Period start', 'Début de période'), row: 2, column: 2, format: 'date' },
    { key: 'end', label: L('Period end', 'Fin de période'), row: 2, column: 4, format: 'date' },
    {
      key: 'elapsed',
      label: L('Elapsed', 'Écoulé'),
      row: 2,
      column: 6,
      format: 'percent',
      formula: (f) => elapsedFormula(f.named('start'), f.named('end')),
    },
  ],
  columns: [
    { key: 'id', header: L('ID', 'ID'), width: 70, format: 'id' },
    {
      key: 'objective',
      header: L('Objective', 'Objectif'),
      width: 240,
      format: 'text',
      help: L(
        'A qualitative, inspiring sentence with no number in it. On KR rows, the objective the KR serves.',
        'Une phrase qualitative et inspirante, sans chiffre. Sur les lignes de KR : l’objectif servi.',
      ),
    },
    {
      key: 'keyResult',
      header: L('Key result', 'Résultat clé'),
      width: 280,
      format: 'text',
      help: L(
        'Measurable and time-bound; leave blank on the objective’s own row. 3 to 5 per objective.',
        'Mesurable et daté ; vide sur la ligne de l’objectif. 3 à 5 par objectif.',
      ),
    },
    {
      key: 'parent',
      header: L('Company objective', 'Objectif d’entreprise'),
      width: 200,
      format: 'text',
      help: L(
        'On an objective row: the company-level objective it aligns under (optional).',
        'Sur la ligne d’un objectif : l’objectif d’entreprise auquel il se rattache (facultatif).',
      ),
    },
    { key: 'owner', header: L('Owner', 'Responsable'), width: 120, format: 'text' },
    {
      key: 'kind',
      header: L('Kind', 'Type'),
      width: 100,
      format: 'text',
      dropdown: { kind: 'list', values: kindValues },
    },
    { key: 'unit', header: L('Unit', 'Unité'), width: 70, format: 'text' },
    { key: 'baseline', header: L('Baseline', 'Point de départ'), width: 100, format: 'number' },
    { key: 'target', header: L('Target', 'Cible'), width: 100, format: 'number' },
    { key: 'current', header: L('Current', 'Valeur actuelle'), width: 110, format: 'number' },
    { key: 'weight', header: L('Weight', 'Poids'), width: 70, format: 'number' },
    {
      key: 'due',
      header: L('Due', 'Échéance'),
      width: 100,
      format: 'date',
      dropdown: { kind: 'date' },
      help: L('When the key result must be reached (the period’s end by default).', 'Quand le résultat clé doit être atteint (la fin de période par défaut).'),
    },
    {
      key: 'progress',
      header: L('Progress', 'Progression'),
      width: 90,
      format: 'score',
      formula: (f) =>
        progressFormula(f.cell('score'), {
          objective: f.cell('objective'),
          keyResult: f.cell('keyResult'),
          objectiveRange: f.column('objective'),
          keyResultRange: f.column('keyResult'),
          weightedRange: f.column('weighted'),
          countedRange: f.column('counted'),
        }),
    },
    {
      key: 'bar',
      header: L('Bar', 'Barre'),
      width: 120,
      format: 'text',
      formula: (f) => barFormula(f.cell('progress'), f.target),
    },
    {
      key: 'status',
      header: L('Status', 'Statut'),
      width: 110,
      format: 'text',
      formula: (f) => paceStatusFormula(f.cell('progress'), f.named('elapsed'), f.lang),
    },
    // The hidden helpers sit right after Status so that every computed column forms one block:
    // one protected range, one conditional-format range.
    {
      key: 'score',
      header: L('KR score', 'Score KR'),
      width: 80,
      format: 'score',
      hidden: true,
      formula: (f) =>
        krScoreFormula({
          keyResult: f.cell('keyResult'),
          kind: f.cell('kind'),
          baseline: f.cell('baseline'),
          target: f.cell('target'),
          current: f.cell('current'),
        }),
    },
    {
      key: 'weighted',
      header: L('Weighted score', 'Score pondéré'),
      width: 80,
      format: 'score',
      hidden: true,
      formula: (f) => weightedScoreFormula(f.cell('score'), f.cell('weight')),
    },
    {
      key: 'counted',
      header: L('Counted weight', 'Poids compté'),
      width: 80,
      format: 'number',
      hidden: true,
      formula: (f) => countedWeightFormula(f.cell('score'), f.cell('weight')),
    },
    { key: 'confidence', header: L('Confidence', 'Confiance'), width: 95, format: 'percent' },
    { key: 'note', header: L('Note', 'Note'), width: 200, format: 'text' },
    { key: 'checkedIn', header: L('Last check-in', 'Dernier suivi'), width: 110, format: 'date' },
  ],
};

export const ACTION_STATES: Readonly<Record<Lang, readonly string[]>> = {
  en: ['To do', 'In progress', 'Done', 'Blocked'],
  fr: ['À faire', 'En cours', 'Fait', 'Bloqué'],
};

export const ACTIONS: TableSheet = {
  key: 'actions',
  name: L('Actions', 'Actions'),
  title: L('Actions that move the key results', 'Actions au service des résultats clés'),
  headerRow: 3,
  preparedRows: 200,
  named: [],
  columns: [
    { key: 'action', header: L('Action', 'Action'), width: 300, format: 'text' },
    {
      key: 'keyResult',
      header: L('Key result', 'Résultat clé'),
      width: 260,
      format: 'text',
      dropdown: { kind: 'column', sheet: 'okrs', column: 'keyResult' },
    },
    { key: 'owner', header: L('Owner', 'Responsable'), width: 120, format: 'text' },
    { key: 'due', header: L('Due date', 'Échéance'), width: 110, format: 'date', dropdown: { kind: 'date' } },
    {
      key: 'state',
      header: L('State', 'État'),
      width: 110,
      format: 'text',
      dropdown: { kind: 'list', values: ACTION_STATES },
    },
  ],
};

export const FREQUENCIES: Readonly<Record<Lang, readonly string[]>> = {
  en: ['daily', 'weekly', 'monthly', 'quarterly', 'yearly'],
  fr: ['quotidienne', 'hebdomadaire', 'mensuelle', 'trimestrielle', 'annuelle'],
};

export const DATA_SOURCES: Readonly<Record<Lang, readonly string[]>> = {
  en: ['Web analytics', 'CRM', 'Emailing tool', 'Social network', 'Search Console', 'Ads platform', 'Database', 'Other'],
  fr: ['Analytics web', 'CRM', 'Outil d’emailing', 'Réseau social', 'Search Console', 'Régie publicitaire', 'Base de données', 'Autre'],
};

export const KPIS: TableSheet = {
  key: 'kpis',
  name: L('KPIs', 'KPI'),
  title: L('Key performance indicators', 'Indicateurs clés de performance'),
  headerRow: 3,
  preparedRows: 100,
  named: [],
  columns: [
    { key: 'measure', header: L('Measure', 'Mesure'), width: 240, format: 'text' },
    { key: 'target', header: L('Target', 'Cible'), width: 100, format: 'number' },
    {
      key: 'direction',
      header: L('Direction', 'Sens'),
      width: 130,
      format: 'text',
      dropdown: {
        kind: 'list',
        values: {
          en: [DIRECTION_LABELS.en.higher, DIRECTION_LABELS.en.lower],
          fr: [DIRECTION_LABELS.fr.higher, DIRECTION_LABELS.fr.lower],
        },
      },
    },
    {
      key: 'source',
      header: L('Data source', 'Source de données'),
      width: 150,
      format: 'text',
      dropdown: { kind: 'list', values: DATA_SOURCES },
    },
    {
      key: 'frequency',
      header: L('Frequency', 'Fréquence'),
      width: 110,
      format: 'text',
      dropdown: { kind: 'list', values: FREQUENCIES },
    },
    { key: 'actual', header: L('Actual', 'Valeur réelle'), width: 100, format: 'number' },
    {
      key: 'status',
      header: L('Status', 'Statut'),
      width: 120,
      format: 'text',
      formula: (f) =>
        kpiStatusFormula(
          { actual: f.cell('actual'), target: f.cell('target'), direction: f.cell('direction') },
          f.lang,
        ),
    },
    { key: 'owner', header: L('Owner', 'Responsable'), width: 120, format: 'text' },
  ],
};

/** The append-only check-in history: one snapshot per KR (and objective) per day. */
export const HISTORY: TableSheet = {
  key: 'history',
  name: L('Check-in history', 'Historique des suivis'),
  title: L('Check-in history (append-only)', 'Historique des suivis (ajout seul)'),
  headerRow: 3,
  preparedRows: 0,
  named: [],
  columns: [
    { key: 'date', header: L('Date', 'Date'), width: 100, format: 'date' },
    { key: 'id', header: L('ID', 'ID'), width: 70, format: 'id' },
    { key: 'objective', header: L('Objective', 'Objectif'), width: 220, format: 'text' },
    { key: 'keyResult', header: L('Key result', 'Résultat clé'), width: 260, format: 'text' },
    { key: 'current', header: L('Current', 'Valeur actuelle'), width: 100, format: 'number' },
    { key: 'progress', header: L('Progress', 'Progression'), width: 90, format: 'score' },
    { key: 'confidence', header: L('Confidence', 'Confiance'), width: 95, format: 'percent' },
    { key: 'note', header: L('Note', 'Note'), width: 240, format: 'text' },
  ],
};

export const TABLES: readonly TableSheet[] = [OKRS, ACTIONS, KPIS, HISTORY];

/** The sheets that are not tables: built by their own generators. */
export const DASHBOARD_NAME = L('Dashboard', 'Tableau de bord');
export const GUIDE_NAME = L('Guide', 'Guide');

/** Every header of a table in every language, so a table is found whatever its language. */
export function headerAliases(column: Column): readonly string[] {
  return Object.values(column.header);
}
