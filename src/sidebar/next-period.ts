import type { NextChoices, NextKr, NextObjective, NextPeriodState } from '../contract/cycle';
import { type NumberLocale, showAmount } from './amount';
import type { Catalogue } from './catalogue';
import { checkField, h } from './dom';

/**
 * The next-period view: the key results to carry into the next period, each with the baseline
 * it would start from. Those not reached are checked to begin with, as the method carries
 * what is unfinished; a box per objective checks or clears all of its key results.
 */
export interface NextForm {
  readonly element: HTMLElement;
  /** Whether there is a period to follow. */
  readonly startable: boolean;
  collect(): NextChoices;
}

export function nextForm(state: NextPeriodState, t: Catalogue, loc: NumberLocale): NextForm {
  const { current, next } = state;
  const boxes: KrBox[] = [];
  const element = h(
    'div',
    {},
    h(
      'p',
      { class: 'gray period' },
      current && next ? t.fromTo(current.label, next.label) : t.noPeriod,
    ),
    h('p', { class: 'small' }, t.carryHint),
  );
  if (state.objectives.length === 0) element.append(h('p', { class: 'gray' }, t.noObjectives));
  for (const o of state.objectives) {
    const group = objectiveGroup(o, t, loc);
    boxes.push(...group.boxes);
    element.append(group.element);
  }
  return {
    element,
    startable: current !== null && next !== null,
    collect: () => ({ krIds: boxes.filter((b) => b.box.checked).map((b) => b.id) }),
  };
}

interface KrBox {
  readonly id: string;
  readonly box: HTMLInputElement;
}

function objectiveGroup(
  o: NextObjective,
  t: Catalogue,
  loc: NumberLocale,
): { readonly element: HTMLElement; readonly boxes: readonly KrBox[] } {
  const all = h('input', { type: 'checkbox' });
  // "All" shows mixed while only some are checked, so it tells the state of the group.
  const sync = (): void => {
    const checked = boxes.filter((b) => b.box.checked).length;
    all.checked = checked > 0 && checked === boxes.length;
    all.indeterminate = checked > 0 && checked < boxes.length;
  };
  const boxes = o.krs.map((kr) => {
    const box = h('input', { type: 'checkbox' });
    box.checked = !kr.reached;
    box.addEventListener('change', sync);
    return { id: kr.id, box, kr };
  });
  all.addEventListener('change', () => {
    for (const b of boxes) b.box.checked = all.checked;
  });
  sync();
  const element = h(
    'fieldset',
    {},
    h('legend', {}, o.title),
    checkField(t.allKrs, all),
    ...boxes.map(({ box, kr }) =>
      checkField(kr.title, box, h('p', { class: 'gray small' }, krFacts(kr, t, loc))),
    ),
  );
  return { element, boxes };
}

function krFacts(kr: NextKr, t: Catalogue, loc: NumberLocale): string {
  const score = kr.score === null ? t.notScored : loc.score(kr.score);
  const start = t.startsFrom(
    kr.baseline === null ? t.noValue : showAmount(kr.baseline, kr.unit, loc),
  );
  return [score, kr.reached ? t.reached : '', start].filter((f) => f !== '').join(' · ');
}
