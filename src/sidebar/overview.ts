import type { Finding, KrState, ObjectiveState, SidebarState } from '../contract/sidebar';
import { GRADE_COLORS, type Grade, gradeOf } from '../core/grade';
import { STATUS_LABELS, type Status } from '../core/kpi';
import type { Lang } from '../core/lang';
import { type NumberLocale, showAmount } from './amount';
import type { Catalogue } from './catalogue';
import { h, uid } from './dom';

/**
 * The objectives at a glance: each one's score as a bar coloured by Google's grade bands,
 * its status by pace, its key results, then what the last refresh found.
 */
export function overview(state: SidebarState, t: Catalogue, loc: NumberLocale): Node[] {
  const period = state.period
    ? t.period(state.period.start, state.period.end, loc.percent(state.period.elapsed))
    : t.noPeriod;
  const objectives =
    state.objectives.length === 0
      ? [h('p', { class: 'gray' }, t.noObjectives)]
      : state.objectives.map((o) => objectiveCard(o, state.lang, t, loc));
  return [
    h('p', { class: 'gray period' }, period),
    ...objectives,
    h('h2', {}, t.findings),
    findingList(state, t),
  ];
}

function objectiveCard(
  o: ObjectiveState,
  lang: Lang,
  t: Catalogue,
  loc: NumberLocale,
): HTMLElement {
  const titleId = uid('obj');
  const { score, status } = o.progress;
  const card = h('article', { class: 'okr', 'aria-labelledby': titleId });
  card.append(h('h3', { id: titleId }, o.title));
  if (o.parent !== '') card.append(h('p', { class: 'gray small' }, t.under(o.parent)));
  const scoreText = score === null ? t.notScored : loc.score(score);
  card.append(
    scoreBar(score),
    h('p', { class: 'status' }, `${t.scoreLine(scoreText)} `, statusChip(status, lang)),
    h('ul', { class: 'kr-list' }, ...o.krs.map((kr) => krItem(kr, t, loc))),
  );
  return card;
}

/** A status by pace wears the colour of the grade band it corresponds to. */
const STATUS_GRADE: Readonly<Record<Status, Grade | null>> = {
  on_track: 'green',
  at_risk: 'yellow',
  off_track: 'red',
  no_data: null,
};

/** A status in its words and the colours of its band: an objective's, a KPI's. */
export function statusChip(status: Status, lang: Lang): HTMLElement {
  return gradeChip(STATUS_LABELS[lang][status], STATUS_GRADE[status]);
}

/** A chip of text in the colours of a grade band; uncoloured without one. */
export function gradeChip(text: string, grade: Grade | null): HTMLElement {
  const chip = h('span', { class: 'status-chip' }, text);
  if (grade) {
    chip.style.backgroundColor = GRADE_COLORS[grade].fill;
    chip.style.color = GRADE_COLORS[grade].text;
  }
  return chip;
}

/** A decorative bar: the score is also said in words beside it. */
function scoreBar(score: number | null): HTMLElement {
  const fill = h('span', { class: 'bar-fill' });
  if (score !== null) {
    const colors = GRADE_COLORS[gradeOf(score)];
    fill.style.width = `${Math.round(score * 100)}%`;
    fill.style.backgroundColor = colors.fill;
    fill.style.borderColor = colors.text;
  }
  return h('div', { class: 'bar', 'aria-hidden': 'true' }, fill);
}

function krItem(kr: KrState, t: Catalogue, loc: NumberLocale): HTMLElement {
  const score = kr.score === null ? t.notScored : loc.score(kr.score);
  const target =
    kr.kind !== 'milestone' && kr.target !== null
      ? ` · ${t.targetIs(showAmount(kr.target, kr.unit, loc))}`
      : '';
  return h(
    'li',
    {},
    h('span', { class: 'kr-title' }, kr.title),
    h('span', { class: 'gray small' }, `${t.krLine(kr.owner || t.noOwner, score)}${target}`),
  );
}

/**
 * What the refresh found, grouped by objective in the order of the objectives above (the
 * workbook's own findings — a lost column, a missing history — first), each with the key result
 * it concerns, so it can be found in the sheet.
 */
function findingList(state: SidebarState, t: Catalogue): HTMLElement {
  if (state.findings.length === 0) return h('p', { class: 'gray' }, t.noFindings);
  const known = new Set(state.objectives.map((o) => o.id));
  const groups = [
    {
      title: t.workbookFindings,
      findings: state.findings.filter(
        (f) => f.where.objectiveId === null || !known.has(f.where.objectiveId),
      ),
      objective: undefined,
    },
    ...state.objectives.map((o) => ({
      title: o.title,
      findings: state.findings.filter((f) => f.where.objectiveId === o.id),
      objective: o,
    })),
  ].filter((g) => g.findings.length > 0);
  return h(
    'div',
    { class: 'findings' },
    ...groups.flatMap((g) => [
      h('h3', { class: 'findings-group' }, g.title),
      h('ul', {}, ...g.findings.map((f) => findingItem(f, g.objective))),
    ]),
  );
}

function findingItem(f: Finding, objective: ObjectiveState | undefined): HTMLElement {
  const krId = 'krId' in f.where ? f.where.krId : undefined;
  const kr = krId === undefined ? undefined : objective?.krs.find((k) => k.id === krId);
  return h(
    'li',
    { class: `finding finding-${f.code}` },
    h('span', {}, f.message),
    kr === undefined ? '' : h('span', { class: 'gray small' }, kr.title),
  );
}
