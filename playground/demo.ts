/**
 * The lived-in workbook `npm start` opens on: what a team's spreadsheet looks like a few weeks
 * into a quarter. It is made the way a team makes it, through the real add-on in the
 * emulation — Create OKR template, three objectives saved from the sidebar, a check-in every
 * week (the clock moved a week at a time), a few KPIs and actions typed in — so every number
 * on it is the add-on's own, and the refresh's findings show what it reports.
 */
import { columnToLetters } from '../emulation/a1';
import type { BundleHandle } from '../emulation/load';
import { EXAMPLES } from '../src/content/examples';
import { DROPDOWN_LISTS } from '../src/content/template-words';
import type { CheckIn, KpiCheckIn, NewObjective, SidebarState } from '../src/contract/sidebar';
import { DIRECTION_LABELS } from '../src/core/kpi';
import { FREQUENCIES, MEASURES } from '../src/core/kpi-words';
import type { Lang } from '../src/core/lang';
import { ACTIONS, KPI_TARGETS, KPIS, type TableSheet } from '../src/workbook/layout/tables';

const DAY = 86_400_000;
const WEEKS = 8;
const OWNERS = ['Camille', 'Hugo', 'Léa', 'Malik'];
/** The examples the demo team chose, by domain. */
const DOMAINS = ['inbound', 'email', 'seo'] as const;

/** How fast each KR moves, as a share of its distance a week: ahead, on pace, behind. */
const PACES = [0.11, 0.08, 0.05, 0.09];

export function fillDemo(handle: BundleHandle, lang: Lang, today: Date): void {
  const quarter = new Date(today.getFullYear(), Math.floor(today.getMonth() / 3) * 3, 1);
  const start = new Date(Math.max(quarter.getTime(), today.getTime() - WEEKS * 7 * DAY));
  handle.setNow(start);
  handle.run('okapiCreateTemplate');

  const objectives = DOMAINS.flatMap((d) => EXAMPLES.filter((e) => e.domain === d).slice(0, 1));
  const batch: NewObjective[] = objectives.map((o, i) => ({
    title: o.objective[lang],
    parent: '',
    owner: OWNERS[i] ?? 'Camille',
    period: 'quarter',
    krs: o.krs.map((kr, j) => ({
      title: kr.title[lang],
      // One KR without an owner: the refresh reports it.
      owner: i === 2 && j === 0 ? '' : (OWNERS[(i + j + 1) % OWNERS.length] ?? ''),
      unit: kr.unit[lang],
      weight: null,
      ...(kr.kind === 'milestone'
        ? { kind: 'milestone' as const }
        : { kind: kr.kind, baseline: kr.baseline, target: kr.target }),
    })),
  }));
  const fr = lang === 'fr';
  // The team's KPIs, followed from the first week: a monthly total, a weekly rate, a monthly
  // cost; the first two pinned to the dashboard's chart. Their IDs come with the save below.
  typeTable(handle, KPIS, lang, [
    {
      measure: fr ? 'Visites organiques' : 'Organic visits',
      target: 12000,
      measuredAs: offered('measures', lang, MEASURES.indexOf('cumulative')),
      frequency: offered('frequencies', lang, FREQUENCIES.indexOf('month')),
      pinned: true,
    },
    {
      measure: fr ? 'Taux d’ouverture' : 'Newsletter open rate',
      target: { typed: '35%' },
      measuredAs: offered('measures', lang, MEASURES.indexOf('rate')),
      frequency: offered('frequencies', lang, FREQUENCIES.indexOf('week')),
      pinned: true,
    },
    {
      measure: fr ? 'Coût par lead (€)' : 'Cost per lead (€)',
      target: 40,
      direction: DIRECTION_LABELS[lang].lower,
      measuredAs: offered('measures', lang, MEASURES.indexOf('rate')),
      frequency: offered('frequencies', lang, FREQUENCIES.indexOf('month')),
    },
  ]);
  handle.run('okapiSidebarSave', { objectives: batch, checkIns: [] });
  const state = handle.run('okapiSidebarLoad') as SidebarState;

  for (let week = 1; week <= WEEKS; week++) {
    const now = start.getTime() + week * 7 * DAY;
    if (now > today.getTime()) break;
    handle.setNow(new Date(now));
    const checkIns: CheckIn[] = state.objectives.flatMap((o, i) =>
      o.krs.flatMap((kr, j): CheckIn[] => {
        // The last KR of the first objective went quiet two weeks ago: stale.
        if (i === 0 && j === o.krs.length - 1 && week > WEEKS - 2) return [];
        const pace = PACES[(i + j) % PACES.length] ?? 0.08;
        const share = Math.min(1, pace * week);
        const current =
          kr.kind === 'milestone'
            ? week >= 6
              ? 1
              : 0
            : kr.target === null
              ? null
              : round((kr.baseline ?? 0) + ((kr.target ?? 0) - (kr.baseline ?? 0)) * share);
        return [
          {
            krId: kr.id,
            current,
            confidence: round(0.5 + pace * 3),
            note: `${lang === 'fr' ? 'Semaine' : 'Week'} ${week}`,
          },
        ];
      }),
    );
    handle.run('okapiSidebarSave', { objectives: [], checkIns, kpiCheckIns: kpiWeek(now) });
  }

  handle.setNow(today);
  // This month's visits target is raised: a row of the KPI targets sheet.
  const month = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-01`;
  typeTable(handle, KPI_TARGETS, lang, [{ id: 'K1', period: { typed: month }, target: 13000 }]);
  typeTable(handle, ACTIONS, lang, [
    { action: fr ? 'Réécrire les pages piliers' : 'Rewrite the pillar pages', owner: 'Hugo' },
    { action: fr ? 'Tester deux objets d’email' : 'A/B test two subject lines', owner: 'Léa' },
  ]);
  handle.run('okapiRefresh');
}

/**
 * The KPIs checked in on a week's day (IDs K1…K3, as the first save gave them): visits adding
 * up through the month, an open rate drifting under its target, a cost per lead coming down.
 */
function kpiWeek(now: number): KpiCheckIn[] {
  const day = new Date(now).getUTCDate();
  const weekOfYear = Math.floor(now / (7 * DAY));
  return [
    { kpiId: 'K1', actual: Math.round(day * 370 + (weekOfYear % 3) * 150) },
    { kpiId: 'K2', actual: round(0.29 + (weekOfYear % 4) * 0.02) },
    { kpiId: 'K3', actual: round(52 - (weekOfYear % 9) * 1.3) },
  ];
}

/** A cell as the demo types it: a number, a ticked box, a word, or keystrokes as they are. */
type Typed = string | number | boolean | { readonly typed: string };

/** Rows typed as a person types them, each cell under its column's header in the sheet. */
function typeTable<K extends string>(
  handle: BundleHandle,
  table: TableSheet<K>,
  lang: Lang,
  rows: readonly Partial<Record<K, Typed>>[],
): void {
  const sheet = table.name[lang];
  const headers =
    handle.spreadsheet.values(sheet, `A${table.headerRow}:Z${table.headerRow}`)[0] ?? [];
  rows.forEach((row, i) => {
    for (const column of table.columns) {
      const value = row[column.key];
      const at = headers.indexOf(column.header[lang]);
      if (value === undefined || at < 0) continue;
      // Numbers typed the way the sheet's locale writes them; a ticked box; words as text.
      const text =
        typeof value === 'object'
          ? value.typed
          : typeof value === 'number'
            ? String(value).replace('.', lang === 'fr' ? ',' : '.')
            : typeof value === 'boolean'
              ? String(value).toUpperCase()
              : `'${value}`;
      handle.spreadsheet.type(sheet, `${columnToLetters(at + 1)}${table.headerRow + 1 + i}`, text);
    }
  });
}

/** The word a dropdown offers, as a person picks it. */
function offered(list: 'measures' | 'frequencies', lang: Lang, i: number): string {
  const word = DROPDOWN_LISTS[list][lang][i];
  if (word === undefined) throw new Error(`no word ${i} in ${list}`);
  return word;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
