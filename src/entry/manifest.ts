import type * as entry from './index';

/**
 * The documentation of every entry point, from which the build writes main.js: Apps Script
 * sees only top-level functions and reads a custom function's autocomplete from the JSDoc
 * directly above it. Typed against the real exports, so an entry point cannot be left out
 * and a custom function cannot have more or fewer documented parameters than it takes.
 * (The build also checks that the names match.)
 */
type Entry = typeof entry;

export interface ParamDoc {
  readonly name: string;
  /** The JSDoc type, as Sheets shows it. */
  readonly type: string;
  readonly doc: string;
}

export interface CustomFunctionDoc {
  readonly summary: string;
  readonly params: readonly ParamDoc[];
  readonly returns: string;
}

// Mapped over a type parameter, so a tuple of parameters maps to a tuple of the same length.
type ParamDocs<P extends readonly unknown[]> = { readonly [K in keyof P]-?: ParamDoc };

type CustomName = 'KR_PROGRESS' | 'OKR_SCORE' | 'KPI_STATUS' | 'PERIOD_ELAPSED';

type CustomDocs = {
  readonly [K in CustomName]: CustomFunctionDoc & {
    readonly params: ParamDocs<Parameters<Entry[K]>>;
  };
};

const NUM = '{number|number[][]}';
const ANY = '{number|string|(number|string)[][]}';

export const CUSTOM_FUNCTIONS: CustomDocs = {
  KR_PROGRESS: {
    summary:
      "A key result's score from 0 to 1: (current − baseline) / (target − baseline), clamped. Works on single cells or whole columns.",
    params: [
      {
        name: 'current',
        type: NUM,
        doc: 'The current value (or a column of them). Blank scores 0: not measured yet.',
      },
      { name: 'target', type: NUM, doc: 'The value to reach. A row with no target stays blank.' },
      { name: 'baseline', type: NUM, doc: 'Optional. The starting value; 0 when left out.' },
      {
        name: 'kind',
        type: ANY,
        doc: 'Optional. "increase", "decrease", "at least", "at most" or "milestone" (French words too); inferred from the numbers when left out.',
      },
    ],
    returns: 'The score, 0 to 1 (a column for a column).',
  },
  OKR_SCORE: {
    summary: "An objective's score: the weighted mean of its key results' scores (0 to 1).",
    params: [
      { name: 'current', type: NUM, doc: 'The key results’ current values.' },
      { name: 'target', type: NUM, doc: 'Their targets. Rows with no target are skipped.' },
      { name: 'baseline', type: NUM, doc: 'Optional. Their starting values; 0 when left out.' },
      {
        name: 'weight',
        type: NUM,
        doc: 'Optional. Their weights: blank is 1, 0 leaves a row out.',
      },
      { name: 'kind', type: ANY, doc: 'Optional. Their kinds, as for KR_PROGRESS.' },
    ],
    returns: 'The objective score, 0 to 1.',
  },
  KPI_STATUS: {
    summary:
      "A KPI's status: On track, At risk, Off track or No data, in the spreadsheet's language.",
    params: [
      {
        name: 'actual',
        type: NUM,
        doc: 'The measured value (or a column of them). Blank gives No data.',
      },
      { name: 'target', type: NUM, doc: 'The target value.' },
      {
        name: 'direction',
        type: ANY,
        doc: 'Optional. "higher" (higher is better, the default) or "lower" (up/down, hausse/baisse, >=/<= too).',
      },
      {
        name: 'tolerance',
        type: NUM,
        doc: 'Optional. How far below the pace target is still At risk, as a fraction; 10 % by default.',
      },
      {
        name: 'elapsed',
        type: NUM,
        doc: 'Optional. The share of the period elapsed (0 to 1), for a cumulative target: the pace target is target × elapsed.',
      },
      {
        name: 'language',
        type: '{string}',
        doc: 'Optional. "en" or "fr" to choose the labels’ language.',
      },
    ],
    returns: 'The status label (a column for a column).',
  },
  PERIOD_ELAPSED: {
    summary: 'The share of a period elapsed, from 0 on its first day to 1 on its last.',
    params: [
      { name: 'start', type: '{Date|Date[][]}', doc: 'The first day of the period.' },
      { name: 'end', type: '{Date|Date[][]}', doc: 'The last day of the period.' },
      {
        name: 'today',
        type: '{Date}',
        doc: 'Optional. The day to measure at; pass TODAY() so the cell updates every day.',
      },
    ],
    returns: 'A fraction from 0 to 1.',
  },
};

/** The other entry points: menu handlers, triggers and the sidebar's server API. */
export const HANDLERS: { readonly [K in Exclude<keyof Entry, CustomName>]: string } = {
  onOpen: 'Builds the Extensions ▸ Okapi menu (every auth mode).',
  onInstall: 'Builds the menu right after the add-on is installed.',
  okapiCreateTemplate: 'Menu: Create OKR template.',
  okapiOpenSidebar: 'Menu: Open sidebar.',
  okapiRefresh: 'Menu: Refresh progress.',
  okapiHelp: 'Menu: Help.',
  okapiClosePeriodMenu: 'Menu: Close period… (the sidebar’s closing view).',
  okapiNextPeriodMenu: 'Menu: Start next period… (the sidebar’s next-period view).',
  okapiClosingLoad: 'Closing view: the period’s grades.',
  okapiClosePeriod: 'Closing view: writes the Review (computed grades when given no choices).',
  okapiNextPeriodLoad: 'Next-period view: what would be carried.',
  okapiStartNextPeriod:
    'Next-period view: starts the next period (carries what was not reached when given no choices).',
  okapiTrackDaily: 'Menu: Track daily.',
  okapiTrackingRun: 'Track daily: the daily run.',
  okapiSidebarLoad: 'Sidebar: its state.',
  okapiSidebarSave: 'Sidebar: saves objectives and check-ins.',
  okapiSidebarRefresh: 'Sidebar: Refresh progress.',
  okapiSidebarRestore: 'Sidebar: Restore computed cells (typed over), then refresh.',
};
