import { HEALTH_DEFAULTS } from '../../core/health';
import type { Lang, Localized } from '../../core/lang';
import {
  barFormula,
  countedWeightFormula,
  elapsedFormula,
  type FormulaTarget,
  kindKeyFormula,
  kpiStatusFormula,
  krScoreFormula,
  paceStatusFormula,
  progressFormula,
  trendFormula,
  weightedScoreFormula,
} from './formulas';
import {
  frequencyKeyFormula,
  measureKeyFormula,
  periodElapsedFormula,
  periodTargetFormula,
  periodValueFormula,
  targetMeasureFormula,
} from './kpi-formulas';

/**
 * The one description of the workbook Okapi builds. The Sheets generator, the refresh and the
 * .xlsx export all read it; none of them knows a column's position: columns are found by
 * their header (in either language), so users may move, insert, sort and add.
 */

/** How a column's cells are shown. */
export type Format = 'text' | 'number' | 'percent' | 'score' | 'date' | 'datetime' | 'id';

export const NUMBER_FORMATS: Readonly<Record<Format, string>> = {
  text: '@',
  // General: whole numbers show without a trailing decimal mark ("600", not "600.").
  number: 'General',
  percent: '0.0%',
  score: '0.00',
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm',
  id: '@',
};

/**
 * A computed cell's number format. Never "@": a formula written into a plain-text cell stays
 * text. A computed column shown as words gets General, so that its run of computed columns
 * is one rectangle of formats (one call); people do not type there.
 */
export function computedFormat(column: Column): string {
  return column.format === 'text' ? 'General' : NUMBER_FORMATS[column.format];
}

/** The fixed word lists dropdowns offer; their words are in template-words.ts. */
export type ListName = 'kinds' | 'directions' | 'states' | 'frequencies' | 'sources' | 'measures';

/** A dropdown: fixed words, or the values found in another table's column. */
export type Dropdown =
  | { readonly kind: 'list'; readonly list: ListName }
  | { readonly kind: 'column'; readonly sheet: 'okrs'; readonly column: OkrColumn }
  | { readonly kind: 'column'; readonly sheet: 'kpis'; readonly column: KpiColumn }
  | { readonly kind: 'checkbox' }
  | { readonly kind: 'date' };

/**
 * What a computed column's formula may refer to: a same-row cell by column key, a whole
 * data column by key (for roll-ups), and the sheet's named cells (period, elapsed share).
 * K and N are the table's column and named-cell keys: a key the table lacks does not compile.
 */
export interface FormulaContext<K extends string = string, N extends string = string> {
  readonly lang: Lang;
  readonly target: FormulaTarget;
  /** The A1 reference of this row's cell in the column with that key, e.g. "H5". */
  readonly cell: (key: K) => string;
  /** The absolute A1 reference of the data rows of a column, e.g. "$B$5:$B$204". */
  readonly column: (key: K) => string;
  /** The absolute A1 reference of a named cell of the sheet's banner, e.g. "$D$2". */
  readonly named: (key: N) => string;
}

export interface Column<K extends string = string, N extends string = string> {
  /** Stable key used by code; never shown. */
  readonly key: K;
  readonly header: Localized;
  /** Pixels, as Sheets' setColumnWidth takes them. */
  readonly width: number;
  readonly format: Format;
  /** Computed columns hold a formula on every data row, written by the generator and refresh. */
  readonly formula?: (f: FormulaContext<K, N>) => string;
  readonly dropdown?: Dropdown;
  /** Helper columns the formulas need but people do not: hidden and protected. */
  readonly hidden?: boolean;
  /**
   * Written by the refresh, not by a formula: protected with the computed columns. Such a
   * column came after the first templates, so a table without it works, without what it
   * brings (and no finding says it is missing).
   */
  readonly written?: boolean;
  /**
   * A column people fill in that came after the first templates: a table without it works,
   * without what it brings, and no finding says it is missing.
   */
  readonly optional?: boolean;
  /**
   * A heavy computed column (the KPI register's periods, each a scan of the KPI history): its
   * formula goes only on rows that hold something in the table's `rowKey` column, written by
   * the refresh, never on the template's empty prepared rows. What it reads exists only after
   * a refresh anyway.
   */
  readonly sparse?: boolean;
}

/** A cell in a sheet's banner (above the table) that formulas refer to by key. */
export interface NamedCell<K extends string = string, N extends string = string> {
  readonly key: N;
  readonly label: Localized;
  /** Row and column (1-based) of the value; its label sits on its left. */
  readonly row: number;
  readonly column: number;
  readonly format: Format;
  readonly formula?: (f: FormulaContext<K, N>) => string;
  /**
   * A setting a team may change: the template writes this value, and a sheet without the cell
   * (made before it) uses it, with no finding.
   */
  readonly setting?: number;
}

export type SheetKey =
  | 'okrs'
  | 'actions'
  | 'kpis'
  | 'kpiTargets'
  | 'history'
  | 'kpiHistory'
  | 'dashboard'
  | 'guide';

export interface TableSheet<K extends string = string, N extends string = string> {
  readonly key: SheetKey;
  readonly name: Localized;
  /** The row of the table's headers (1-based); the template freezes rows up to it. */
  readonly headerRow: number;
  readonly columns: readonly Column<K, N>[];
  readonly named: readonly NamedCell<K, N>[];
  /** Data rows the template prepares (formats, dropdowns, formulas) below the header. */
  readonly preparedRows: number;
  /** The column whose content makes a row one of the table's: where sparse columns go. */
  readonly rowKey?: K;
  /**
   * Computed columns that show another column's amount, each with that column: on rows of the
   * table, a cell shows its source cell's number format (a percent Actual, a currency Target),
   * which the refresh copies (refresh/follow-formats.ts).
   */
  readonly followFormats?: readonly (readonly [computed: K, source: K])[];
}

const L = (en: string, fr: string): Localized => ({ en, fr });

/** A column as described in a table's record of columns: all but its key, which is the record's. */
type ColumnSpec<K extends string, N extends string> = Omit<Column<K, N>, 'key'>;

/** A column: its header in English and French, its width, its format, and more. */
const col = <K extends string, N extends string = never>(
  en: string,
  fr: string,
  width: number,
  format: Format,
  // The keys come from the table the column is described in, never from what `more` names.
  more: NoInfer<
    Pick<Column<K, N>, 'formula' | 'dropdown' | 'hidden' | 'written' | 'optional' | 'sparse'>
  > = {},
): ColumnSpec<K, N> => ({ header: { en, fr }, width, format, ...more });

/**
 * A table's columns in sheet order. `order` is the table's key list, from which its key type
 * is derived; `specs` must describe each of those keys, and no other, so a column cannot be
 * left out or misnamed.
 */
function columnsOf<K extends string, N extends string>(
  order: readonly K[],
  specs: { readonly [P in K]: ColumnSpec<K, N> },
): Column<K, N>[] {
  return order.map((key) => ({ key, ...specs[key] }));
}

const OKR_COLUMNS = [
  'id',
  'objective',
  'keyResult',
  'parent',
  'owner',
  'kind',
  'unit',
  'baseline',
  'target',
  'current',
  'weight',
  'due',
  'progress',
  'bar',
  'status',
  // The hidden helpers sit right after Status so that every computed column forms one block:
  // one protected range, one conditional-format range.
  'score',
  'weighted',
  'counted',
  'kindKey',
  'objectiveId',
  'confidence',
  'note',
  'checkedIn',
] as const;
export type OkrColumn = (typeof OKR_COLUMNS)[number];
export type OkrNamed =
  | 'start'
  | 'end'
  | 'elapsed'
  | 'staleDays'
  | 'notStartedDays'
  | 'behindPoints';

/**
 * The OKR sheet: one row per objective (its Key result cell blank) and one per key result
 * (naming its objective). An objective row's Progress is the weighted mean of its KRs'.
 */
export const OKRS: TableSheet<OkrColumn, OkrNamed> = {
  key: 'okrs',
  name: L('OKRs', 'OKR'),
  headerRow: 4,
  preparedRows: 200,
  named: [
    {
      key: 'start',
      label: L('Period start', 'Début de période'),
      row: 2,
      column: 2,
      format: 'date',
    },
    { key: 'end', label: L('Period end', 'Fin de période'), row: 2, column: 4, format: 'date' },
    {
      // Above Progress, which it is read against: with the computed columns below it, its
      // format is one rectangle of the template's (one call).
      key: 'elapsed',
      label: L('Elapsed', 'Écoulé'),
      row: 2,
      column: OKR_COLUMNS.indexOf('progress') + 1,
      format: 'percent',
      formula: (f) => elapsedFormula(f.named('start'), f.named('end')),
    },
    // The health checks' thresholds, in the banner where the team sees and changes them.
    {
      key: 'staleDays',
      label: L('Stale after (days)', 'Sans suivi après (jours)'),
      row: 3,
      column: 2,
      format: 'number',
      setting: HEALTH_DEFAULTS.staleDays,
    },
    {
      key: 'notStartedDays',
      label: L('Not started after (days)', 'Non démarré après (jours)'),
      row: 3,
      column: 4,
      format: 'number',
      setting: HEALTH_DEFAULTS.notStartedDays,
    },
    {
      key: 'behindPoints',
      label: L('Behind pace by (points)', 'En retard de (points)'),
      row: 3,
      column: 6,
      format: 'number',
      setting: HEALTH_DEFAULTS.behindPoints,
    },
  ],
  columns: columnsOf(OKR_COLUMNS, {
    id: col('ID', 'ID', 70, 'id'),
    objective: col('Objective', 'Objectif', 240, 'text'),
    keyResult: col('Key result', 'Résultat clé', 280, 'text'),
    parent: col('Company objective', 'Objectif d’entreprise', 200, 'text'),
    owner: col('Owner', 'Responsable', 120, 'text'),
    kind: col('Kind', 'Type', 100, 'text', { dropdown: { kind: 'list', list: 'kinds' } }),
    unit: col('Unit', 'Unité', 70, 'text'),
    baseline: col('Baseline', 'Point de départ', 100, 'number'),
    target: col('Target', 'Cible', 100, 'number'),
    current: col('Current', 'Valeur actuelle', 110, 'number'),
    weight: col('Weight', 'Poids', 70, 'number'),
    due: col('Due', 'Échéance', 100, 'date', { dropdown: { kind: 'date' } }),
    progress: col('Progress', 'Progression', 90, 'score', {
      formula: (f) =>
        progressFormula(f.cell('score'), {
          objective: f.cell('objective'),
          keyResult: f.cell('keyResult'),
          objectiveRange: f.column('objective'),
          keyResultRange: f.column('keyResult'),
          weightedRange: f.column('weighted'),
          countedRange: f.column('counted'),
        }),
    }),
    bar: col('Bar', 'Barre', 120, 'text', {
      formula: (f) => barFormula(f.cell('progress'), f.target),
    }),
    status: col('Status', 'Statut', 110, 'text', {
      formula: (f) => paceStatusFormula(f.cell('progress'), f.named('elapsed'), f.lang),
    }),
    score: col('KR score', 'Score KR', 80, 'score', {
      hidden: true,
      formula: (f) =>
        krScoreFormula({
          keyResult: f.cell('keyResult'),
          kindKey: f.cell('kindKey'),
          baseline: f.cell('baseline'),
          target: f.cell('target'),
          current: f.cell('current'),
        }),
    }),
    weighted: col('Weighted score', 'Score pondéré', 80, 'score', {
      hidden: true,
      formula: (f) => weightedScoreFormula(f.cell('score'), f.cell('weight')),
    }),
    counted: col('Counted weight', 'Poids compté', 80, 'number', {
      hidden: true,
      formula: (f) => countedWeightFormula(f.cell('score'), f.cell('weight')),
    }),
    // The kind the Kind cell names, by the one vocabulary: the score formula reads it.
    kindKey: col('Kind key', 'Clé du type', 80, 'text', {
      hidden: true,
      formula: (f) => kindKeyFormula(f.cell('keyResult'), f.cell('kind')),
    }),
    // Written by the refresh on each KR row: the ID of the objective it rolls up to, so that
    // renaming an objective in its row keeps its KRs (docs/workbook.md#refresh).
    objectiveId: col('Objective ID', 'ID de l’objectif', 80, 'id', { hidden: true, written: true }),
    confidence: col('Confidence', 'Confiance', 95, 'percent'),
    note: col('Note', 'Note', 200, 'text'),
    checkedIn: col('Last check-in', 'Dernier suivi', 110, 'date'),
  }),
};

const ACTION_COLUMNS = ['action', 'keyResult', 'owner', 'due', 'state'] as const;
export type ActionColumn = (typeof ACTION_COLUMNS)[number];

export const ACTIONS: TableSheet<ActionColumn, never> = {
  key: 'actions',
  name: L('Actions', 'Actions'),
  headerRow: 3,
  preparedRows: 200,
  named: [],
  columns: columnsOf(ACTION_COLUMNS, {
    action: col('Action', 'Action', 300, 'text'),
    keyResult: col('Key result', 'Résultat clé', 260, 'text', {
      dropdown: { kind: 'column', sheet: 'okrs', column: 'keyResult' },
    }),
    owner: col('Owner', 'Responsable', 120, 'text'),
    due: col('Due date', 'Échéance', 110, 'date', { dropdown: { kind: 'date' } }),
    state: col('State', 'État', 110, 'text', { dropdown: { kind: 'list', list: 'states' } }),
  }),
};

/** The register's last 12 periods, oldest first: hidden, read by the Trend's sparkline. */
export const TREND_KEYS = [
  'p11',
  'p10',
  'p9',
  'p8',
  'p7',
  'p6',
  'p5',
  'p4',
  'p3',
  'p2',
  'p1',
  'p0',
] as const;
export type TrendKey = (typeof TREND_KEYS)[number];

const KPI_COLUMNS = [
  'id',
  'measure',
  'target',
  'direction',
  'measuredAs',
  'source',
  'frequency',
  'owner',
  'pinned',
  'actual',
  // The register over time, computed from the KPI history, and its status; then the hidden
  // helpers (the keys the words name, the period's elapsed share, each of the last 12 periods'
  // values): one block of computed columns, protected and formatted in one range each.
  'value',
  'periodTarget',
  'previous',
  'change',
  'trend',
  'status',
  'frequencyKey',
  'measureKey',
  'elapsed',
  ...TREND_KEYS,
] as const;
export type KpiColumn = (typeof KPI_COLUMNS)[number];

export const KPIS: TableSheet<KpiColumn, never> = {
  key: 'kpis',
  name: L('KPIs', 'KPI'),
  headerRow: 3,
  preparedRows: 100,
  rowKey: 'measure',
  // This period's value shows as the Actual typed (0.52 typed as 52 % shows 52 %).
  followFormats: [
    ['value', 'actual'],
    ['periodTarget', 'target'],
    ['previous', 'actual'],
    ['change', 'actual'],
  ],
  named: [],
  columns: columnsOf(KPI_COLUMNS, {
    // Written by the refresh, as on the OKR sheet: the KPI history refers to KPIs by ID.
    id: col('ID', 'ID', 60, 'id', { written: true }),
    measure: col('Measure', 'Mesure', 240, 'text'),
    target: col('Target', 'Cible', 100, 'number'),
    direction: col('Direction', 'Sens', 130, 'text', {
      dropdown: { kind: 'list', list: 'directions' },
    }),
    // Whether the KPI adds up within its period (judged by pace) or is a level (docs/method.md#kpis-over-time).
    measuredAs: col('Measured as', 'Mesuré comme', 110, 'text', {
      dropdown: { kind: 'list', list: 'measures' },
      optional: true,
    }),
    source: col('Data source', 'Source de données', 150, 'text', {
      dropdown: { kind: 'list', list: 'sources' },
    }),
    frequency: col('Frequency', 'Fréquence', 110, 'text', {
      dropdown: { kind: 'list', list: 'frequencies' },
    }),
    // The KPIs the dashboard's chart follows. Came after the first templates.
    pinned: col('Pinned', 'Épinglé', 70, 'text', {
      dropdown: { kind: 'checkbox' },
      optional: true,
    }),
    actual: col('Actual', 'Valeur réelle', 100, 'number'),
    // A KPI without a frequency has no periods: its Actual stands for its value. A blank
    // Actual stays blank: a reference returned by IF reads as 0 in Excel and LibreOffice.
    value: col('This period', 'Cette période', 100, 'number', {
      formula: (f) => {
        const actual = f.cell('actual');
        return `IF(${f.cell('frequencyKey')}="",IF(${actual}="","",${actual}),${f.cell('p0')})`;
      },
    }),
    // The KPI targets table's target for this period, else the KPI's Target (resetting each
    // period). Sparse: TODAY() recalculates it at every edit, and it scans the KPI targets.
    periodTarget: col('Target this period', 'Cible de la période', 100, 'number', {
      sparse: true,
      formula: (f) => periodTargetFormula(f.cell('id'), f.cell('frequencyKey'), f.cell('target')),
    }),
    previous: col('Previous period', 'Période précédente', 100, 'number', {
      formula: (f) => f.cell('p1'),
    }),
    change: col('Change', 'Évolution', 90, 'number', {
      formula: (f) => {
        const [v, p] = [f.cell('value'), f.cell('previous')];
        return `IF(AND(ISNUMBER(${v}),ISNUMBER(${p})),${v}-${p},"")`;
      },
    }),
    trend: col('Trend', 'Tendance', 120, 'text', {
      formula: (f) =>
        trendFormula(
          TREND_KEYS.map((k) => f.cell(k)),
          f.target,
        ),
    }),
    status: col('Status', 'Statut', 120, 'text', {
      formula: (f) =>
        kpiStatusFormula(
          {
            actual: f.cell('value'),
            // On a row the refresh has not reached yet (no period target there), the Target:
            // a KPI typed has its status at once.
            target: `IF(${f.cell('periodTarget')}="",${f.cell('target')},${f.cell('periodTarget')})`,
            direction: f.cell('direction'),
            elapsed: f.cell('elapsed'),
          },
          f.lang,
        ),
    }),
    owner: col('Owner', 'Responsable', 120, 'text'),
    frequencyKey: col('Frequency key', 'Clé de fréquence', 80, 'text', {
      hidden: true,
      formula: (f) => frequencyKeyFormula(f.cell('measure'), f.cell('frequency')),
    }),
    measureKey: col('Measure key', 'Clé de mesure', 80, 'text', {
      hidden: true,
      formula: (f) => measureKeyFormula(f.cell('measure'), f.cell('measuredAs')),
    }),
    // Sparse too: TODAY() makes it recalculate at every edit, so only rows with a KPI carry it.
    elapsed: col('Period elapsed', 'Période écoulée', 80, 'percent', {
      hidden: true,
      sparse: true,
      formula: (f) => periodElapsedFormula(f.cell('frequencyKey'), f.cell('measureKey')),
    }),
    ...trendColumns(),
  }),
};

/** The register's column of the period `k` periods before today's (0: this period). */
export function periodKey(k: number): TrendKey {
  const key = TREND_KEYS[TREND_KEYS.length - 1 - k];
  if (key === undefined) throw new Error(`the register holds no period ${k} periods ago`);
  return key;
}

/** The 12 hidden columns of the last periods' values, p11 (oldest) to p0 (this period). */
function trendColumns(): { readonly [P in TrendKey]: ColumnSpec<KpiColumn, never> } {
  const columns = TREND_KEYS.map((key, i) => {
    const k = TREND_KEYS.length - 1 - i;
    const spec = col<KpiColumn>(`Period −${k}`, `Période −${k}`, 70, 'number', {
      hidden: true,
      sparse: true,
      formula: (f) =>
        periodValueFormula(
          {
            id: f.cell('id'),
            frequencyKey: f.cell('frequencyKey'),
            measureKey: f.cell('measureKey'),
          },
          k,
        ),
    });
    return [key, spec] as const;
  });
  return Object.fromEntries(columns) as { readonly [P in TrendKey]: ColumnSpec<KpiColumn, never> };
}

/**
 * The append-only check-in history: one row per check-in, each time a KR's Current, Confidence
 * or Note changes (and per objective, each time its score does), with where it came from.
 */
const HISTORY_COLUMNS = [
  'date',
  'id',
  'objective',
  'keyResult',
  'current',
  'progress',
  'confidence',
  'note',
  'source',
  'period',
] as const;
export type HistoryColumn = (typeof HISTORY_COLUMNS)[number];

export const HISTORY: TableSheet<HistoryColumn, never> = {
  key: 'history',
  name: L('Check-in history', 'Historique des suivis'),
  headerRow: 3,
  preparedRows: 0,
  named: [],
  columns: columnsOf(HISTORY_COLUMNS, {
    date: col('Date', 'Date', 100, 'date'),
    id: col('ID', 'ID', 70, 'id'),
    objective: col('Objective', 'Objectif', 220, 'text'),
    keyResult: col('Key result', 'Résultat clé', 260, 'text'),
    current: col('Current', 'Valeur actuelle', 100, 'number'),
    progress: col('Progress', 'Progression', 90, 'score'),
    confidence: col('Confidence', 'Confiance', 95, 'percent'),
    note: col('Note', 'Note', 240, 'text'),
    // Came after the first templates: a history without it records check-ins all the same.
    source: col('Source', 'Source', 100, 'text', { written: true }),
    // The first day of the KR's period: an ID carried into the next period starts a new
    // series there (docs/workbook.md#history). Came with the cycle, after the first templates.
    period: col('Period', 'Période', 100, 'date', { written: true }),
  }),
};

/**
 * The KPI history: one row each time a KPI's Actual changes, at the moment the refresh sees it
 * (typed, fed by a formula, or checked in). The register's formulas read it through three
 * named ranges (kpi-formulas.ts: KPI_HISTORY_NAMES), so they name no sheet.
 */
const KPI_HISTORY_COLUMNS = ['when', 'id', 'measure', 'actual', 'source'] as const;
export type KpiHistoryColumn = (typeof KPI_HISTORY_COLUMNS)[number];

export const KPI_HISTORY: TableSheet<KpiHistoryColumn, never> = {
  key: 'kpiHistory',
  name: L('KPI history', 'Historique des KPI'),
  headerRow: 3,
  preparedRows: 0,
  named: [],
  columns: columnsOf(KPI_HISTORY_COLUMNS, {
    when: col('When', 'Quand', 140, 'datetime'),
    id: col('ID', 'ID', 60, 'id'),
    measure: col('Measure', 'Mesure', 240, 'text'),
    actual: col('Actual', 'Valeur réelle', 100, 'number'),
    source: col('Source', 'Source', 100, 'text'),
  }),
};

/**
 * Targets set per period (docs/workbook.md#kpi-targets): a row per KPI and period whose target
 * differs from the KPI's own (a monthly target row). The register's "Target this period" reads
 * it through named ranges (kpi-formulas.ts: KPI_TARGET_NAMES). People fill it in; Okapi only
 * reads it, and shows the measure each ID names (through the register's names).
 */
const KPI_TARGET_COLUMNS = ['id', 'measure', 'period', 'target', 'note'] as const;
export type KpiTargetColumn = (typeof KPI_TARGET_COLUMNS)[number];

export const KPI_TARGETS: TableSheet<KpiTargetColumn, never> = {
  key: 'kpiTargets',
  name: L('KPI targets', 'Cibles des KPI'),
  headerRow: 3,
  preparedRows: 60,
  named: [],
  columns: columnsOf(KPI_TARGET_COLUMNS, {
    // The register's IDs, offered as a list: the link that survives a renamed measure.
    id: col('KPI ID', 'ID du KPI', 80, 'id', {
      dropdown: { kind: 'column', sheet: 'kpis', column: 'id' },
    }),
    // The measure the ID names, or a warning: a mistyped ID shows as it is typed.
    measure: col('Measure', 'Mesure', 200, 'text', {
      formula: (f) => targetMeasureFormula(f.cell('id'), f.lang),
    }),
    period: col('Period (any day of it)', 'Période (un jour de celle-ci)', 160, 'date', {
      dropdown: { kind: 'date' },
    }),
    target: col('Target', 'Cible', 100, 'number'),
    note: col('Note', 'Note', 240, 'text'),
  }),
};

export const TABLES: readonly TableSheet[] = [
  OKRS,
  ACTIONS,
  KPIS,
  KPI_TARGETS,
  HISTORY,
  KPI_HISTORY,
];

/** The sheets that are not tables: built by their own generators. */
export const DASHBOARD_NAME = L('Dashboard', 'Tableau de bord');
export const GUIDE_NAME = L('Guide', 'Guide');
/** A closed period's Review sheet: "Review 2026 Q4", "Bilan 2026 T4". */
export const REVIEW_NAME = L('Review', 'Bilan');
