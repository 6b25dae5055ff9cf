import { DOMAIN_LABELS, DOMAINS, EXAMPLES, type ExampleOkr } from '../content/examples';
import type { KpiState, KrFromKpi, NewKr, NewObjective, SidebarState } from '../contract/sidebar';
import { hasNumber, krCountAdvice } from '../core/advice';
import { KIND_LABELS, KR_KINDS, type KrKind } from '../core/kind';
import type { Lang } from '../core/lang';
import { PERIODS, type Period } from '../core/period';
import { roundScore } from '../core/round';
import { fieldAmount, type NumberLocale, readAmount } from './amount';
import type { Catalogue } from './catalogue';
import {
  datalist,
  errorLine,
  field,
  h,
  hideError,
  numberInput,
  select,
  setText,
  showError,
  textInput,
} from './dom';
import { kpiChoice } from './kpi-choice';

/**
 * "New objective": the objective, its company objective, owner and period, and its key
 * results, blank or from an example. The method's advice follows the typing in hints beside
 * the fields; it never blocks a save. Only what cannot be saved (no title, a number that is
 * not one) stops it, marked on the field itself.
 */
export interface ObjectiveForm {
  readonly element: HTMLFormElement;
  /** Refreshes, from the workbook, the owner and company-objective suggestions and the KPIs. */
  suggest(state: SidebarState): void;
  /** Back to a blank form, after a save. */
  reset(): void;
}

export interface FormContext {
  readonly lang: Lang;
  readonly t: Catalogue;
  readonly loc: NumberLocale;
  readonly announce: (message: string) => void;
  readonly submit: (objective: NewObjective) => void;
}

const DEFAULT_KRS = 3;
const OWNERS_LIST = 'okapi-owners';
const PARENTS_LIST = 'okapi-parents';

export function objectiveForm(ctx: FormContext): ObjectiveForm {
  const { t, lang } = ctx;
  const owners = datalist(OWNERS_LIST, []);
  const parents = datalist(PARENTS_LIST, []);

  const exampleSelect = h('select', {});
  exampleSelect.append(h('option', { value: '' }, t.blankForm));
  for (const domain of DOMAINS) {
    const examples = EXAMPLES.map((e, i) => [e, i] as const).filter(([e]) => e.domain === domain);
    if (examples.length === 0) continue;
    exampleSelect.append(
      h(
        'optgroup',
        { label: DOMAIN_LABELS[lang][domain] },
        ...examples.map(([e, i]) => h('option', { value: i }, e.objective[lang])),
      ),
    );
  }
  const useExample = h('button', { type: 'button', class: 'secondary' }, t.useExample);

  const title = textInput();
  const titleAdvice = h('p', { class: 'advice' });
  const titleError = errorLine();
  const parent = textInput(PARENTS_LIST);
  const owner = textInput(OWNERS_LIST);
  const period = select(PERIODS.map((p) => [p, t.periods[p]] as const));
  period.value = 'quarter';

  const rows: KrRow[] = [];
  /** The register's KPIs, which each key result may take its Current from. */
  let kpis: readonly KpiState[] = [];
  const krList = h('div', { class: 'kr-rows' });
  const countAdvice = h('p', { class: 'advice' });
  const addKr = h('button', { type: 'button', class: 'secondary' }, t.addKr);
  const clear = h('button', { type: 'button', class: 'secondary' }, t.clear);

  const element = h(
    'form',
    { class: 'objective-form', novalidate: true },
    owners,
    parents,
    h('div', { class: 'example block' }, field(t.example, exampleSelect), useExample),
    field(t.objective, title, titleAdvice),
    titleError,
    field(t.parent, parent),
    h('div', { class: 'row' }, field(t.owner, owner), field(t.periodField, period)),
    h('h3', {}, t.keyResults),
    krList,
    countAdvice,
    h('div', { class: 'buttons' }, addKr),
    h(
      'div',
      { class: 'buttons bottom' },
      h('button', { type: 'submit', class: 'action' }, t.create),
      clear,
    ),
  );

  const advise = (): void => {
    const text = title.value.trim();
    setText(
      titleAdvice,
      text === ''
        ? t.adviceObjective
        : hasNumber(text)
          ? t.adviceObjectiveNumber
          : t.adviceObjectiveOk,
    );
    titleAdvice.className = `advice ${text === '' ? '' : hasNumber(text) ? 'warn' : 'ok'}`;
    const count = rows.filter((r) => r.hasTitle()).length;
    const verdict = krCountAdvice(count);
    setText(
      countAdvice,
      verdict === 'ok'
        ? t.adviceCountOk(count)
        : verdict === 'too_few'
          ? t.adviceTooFew(count)
          : t.adviceTooMany(count),
    );
    countAdvice.className = `advice ${verdict === 'ok' ? 'ok' : 'warn'}`;
    for (const row of rows) row.advise();
  };

  const renumber = (): void => {
    rows.forEach((row, i) => {
      row.setNumber(i + 1);
    });
    advise();
  };

  const addRow = (example?: ExampleOkr['krs'][number]): KrRow => {
    const row = krRow(ctx, (r) => {
      const at = rows.indexOf(r);
      rows.splice(at, 1);
      r.element.remove();
      renumber();
      const next = rows[at] ?? rows[at - 1];
      if (next) next.focus();
      else addKr.focus();
    });
    if (example) row.fill(example);
    row.offerKpis(kpis);
    rows.push(row);
    krList.append(row.element);
    return row;
  };

  const clearRows = (): void => {
    rows.length = 0;
    krList.replaceChildren();
  };

  const reset = (): void => {
    for (const input of [title, parent, owner]) input.value = '';
    hideError(titleError, title);
    period.value = 'quarter';
    exampleSelect.value = '';
    clearRows();
    for (let i = 0; i < DEFAULT_KRS; i++) addRow();
    renumber();
  };

  useExample.addEventListener('click', () => {
    const example = exampleSelect.value === '' ? undefined : EXAMPLES[Number(exampleSelect.value)];
    if (!example) {
      reset();
      return;
    }
    title.value = example.objective[lang];
    hideError(titleError, title);
    clearRows();
    for (const kr of example.krs) addRow(kr);
    renumber();
    ctx.announce(t.exampleFilled);
  });

  addKr.addEventListener('click', () => {
    addRow().focus();
    renumber();
  });

  element.addEventListener('input', advise);
  element.addEventListener('change', advise);
  clear.addEventListener('click', () => {
    reset();
    title.focus();
  });

  element.addEventListener('submit', (event) => {
    event.preventDefault();
    hideError(titleError, title);
    const objectiveTitle = title.value.trim();
    const krs = rows.map((r) => r.read());
    if (objectiveTitle === '') showError(titleError, title, t.titleRequired);
    const firstInvalid = element.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (firstInvalid) {
      firstInvalid.focus();
      ctx.announce(t.fixFields);
      return;
    }
    ctx.submit({
      title: objectiveTitle,
      parent: parent.value.trim(),
      owner: owner.value.trim(),
      period: period.value as Period,
      krs: krs.filter((k): k is NewKr => k !== undefined && k !== null),
    });
  });

  reset();
  return {
    element,
    reset,
    suggest(state) {
      owners.replaceWith(datalist(OWNERS_LIST, state.owners));
      parents.replaceWith(datalist(PARENTS_LIST, state.companyObjectives));
      kpis = state.kpis;
      for (const row of rows) row.offerKpis(kpis);
    },
  };
}

interface KrRow {
  readonly element: HTMLFieldSetElement;
  setNumber(n: number): void;
  fill(example: ExampleOkr['krs'][number]): void;
  hasTitle(): boolean;
  /** Lists `kpis` in the "Current from a KPI" choice, keeping the one chosen if still there. */
  offerKpis(kpis: readonly KpiState[]): void;
  advise(): void;
  /** The key result typed; undefined for a row left blank, null when a field needs a fix. */
  read(): NewKr | null | undefined;
  focus(): void;
}

function krRow(ctx: FormContext, remove: (row: KrRow) => void): KrRow {
  const { t, loc, lang } = ctx;
  const legend = h('legend', {});
  const title = textInput();
  const advice = h('p', { class: 'advice warn' });
  const owner = textInput(OWNERS_LIST);
  const kind = select(KR_KINDS.map((k) => [k, KIND_LABELS[lang][k]] as const));
  const unit = textInput();
  const baseline = numberInput();
  const target = numberInput();
  const weight = numberInput();
  const plus20 = h(
    'button',
    { type: 'button', class: 'secondary small', 'aria-label': t.plus20Label },
    t.plus20,
  );
  const times2 = h(
    'button',
    { type: 'button', class: 'secondary small', 'aria-label': t.times2Label },
    t.times2,
  );
  const choice = kpiChoice(t, t.fromKpi);
  // A wrapper, not the .row itself: the row's display: flex would override its hidden.
  const fromKpi = h('div', {}, choice.element);
  const removeButton = h('button', { type: 'button', class: 'link' });
  const error = errorLine();
  // A milestone is done or not: no unit, baseline or target, so those fields hide.
  const numbers = h(
    'div',
    { class: 'row' },
    field(t.unit, unit),
    field(t.baseline, baseline),
    field(t.target, target),
  );
  const helpers = h('span', {}, plus20, times2);
  const weightField = field(t.weight, weight);
  weightField.classList.add('narrow');
  const element = h(
    'fieldset',
    { class: 'kr' },
    legend,
    field(t.krTitle, title, advice),
    h('div', { class: 'row' }, field(t.owner, owner), field(t.kind, kind), weightField),
    numbers,
    fromKpi,
    error,
    h('div', { class: 'kr-foot' }, helpers, removeButton),
  );
  const isMilestone = (): boolean => kind.value === 'milestone';

  const applyTarget = (factor: number): void => {
    hideError(error, baseline);
    const b = readAmount(baseline.value, unit.value, loc);
    if (b === null || b === undefined) {
      showError(error, baseline, b === null ? t.needBaseline : t.notANumber(baseline.value));
      baseline.focus();
      return;
    }
    target.value = fieldAmount(roundScore(b * factor), unit.value, loc);
    hideError(error, target);
    target.dispatchEvent(new Event('input', { bubbles: true }));
    ctx.announce(`${t.target}: ${target.value}`);
  };
  /** The KPI chosen for Current; none for a milestone, which is done or not. */
  const chosenKpi = (): KrFromKpi | undefined => (isMilestone() ? undefined : choice.chosen());

  plus20.addEventListener('click', () => applyTarget(1.2));
  times2.addEventListener('click', () => applyTarget(2));

  const inputs = [title, owner, unit, baseline, target, weight];
  const row: KrRow = {
    element,
    setNumber(n) {
      legend.textContent = t.krLegend(n);
      removeButton.textContent = t.removeKr(n);
    },
    fill(example) {
      title.value = example.title[lang];
      kind.value = example.kind;
      unit.value = example.unit[lang];
      baseline.value = fieldAmount(example.baseline, unit.value, loc);
      target.value = fieldAmount(example.target, unit.value, loc);
    },
    hasTitle: () => title.value.trim() !== '',
    offerKpis(kpis) {
      choice.offer(kpis);
      row.advise();
    },
    advise() {
      numbers.hidden = isMilestone();
      helpers.hidden = isMilestone();
      fromKpi.hidden = isMilestone() || choice.offered.length === 0;
      const notes: string[] = [];
      if (row.hasTitle()) {
        if (isMilestone()) notes.push(t.adviceMilestone);
        else if (target.value.trim() === '') notes.push(t.adviceTarget);
        if (owner.value.trim() === '') notes.push(t.adviceOwner);
      }
      setText(advice, notes.join(' '));
      advice.hidden = notes.length === 0;
    },
    read() {
      hideError(error, ...inputs);
      const kpi = chosenKpi();
      if (inputs.every((i) => i.value.trim() === '') && kpi === undefined) return undefined;
      if (!row.hasTitle()) return showError(error, title, t.krTitleRequired);
      const w = readAmount(weight.value, '', loc);
      if (w === undefined) return showError(error, weight, t.notANumber(weight.value));
      if (w !== null && w < 0) return showError(error, weight, t.negativeWeight);
      const common = {
        title: title.value.trim(),
        owner: owner.value.trim(),
        unit: unit.value.trim(),
        weight: w,
        // Left out without a KPI: the contract's "checked in by hand".
        ...(kpi === undefined ? {} : { kpi }),
      };
      if (isMilestone()) return { ...common, kind: 'milestone' };
      const b = readAmount(baseline.value, unit.value, loc);
      if (b === undefined) return showError(error, baseline, t.notANumber(baseline.value));
      const tg = readAmount(target.value, unit.value, loc);
      if (tg === undefined) return showError(error, target, t.notANumber(target.value));
      return {
        ...common,
        kind: kind.value as Exclude<KrKind, 'milestone'>,
        baseline: b,
        target: tg,
      };
    },
    focus: () => title.focus(),
  };
  removeButton.addEventListener('click', () => remove(row));
  return row;
}
