import type { ClosingChoices, ClosingKr, ClosingObjective, ClosingState } from '../contract/cycle';
import { gradeOf } from '../core/grade';
import { type NumberLocale, readAmount } from './amount';
import type { Catalogue } from './catalogue';
import { errorLine, field, h, hideError, numberInput, showError, textInput, uid } from './dom';
import { gradeChip } from './overview';

/**
 * The closing view: the period, each objective's grade with the method's reading of it, each
 * key result's computed score with the owner's final score and its reason, and a closing note
 * per objective. Only what a person changed is sent: what is left out keeps what the review
 * holds, so closing again never undoes a colleague's override.
 */
export interface ClosingForm {
  readonly element: HTMLElement;
  /** Whether there is a period to close. */
  readonly closable: boolean;
  /** The choices to send; null when a field needs a fix (they are marked, the first focused). */
  collect(): ClosingChoices | null;
}

type KrChoice = NonNullable<ClosingChoices['krs']>[number];
type NoteChoice = NonNullable<ClosingChoices['notes']>[number];

export function closingForm(state: ClosingState, t: Catalogue, loc: NumberLocale): ClosingForm {
  const { period } = state;
  const element = h(
    'div',
    {},
    h(
      'p',
      { class: 'gray period' },
      period ? t.periodName(period.label, period.start, period.end) : t.noPeriod,
    ),
  );
  if (state.review !== null)
    element.append(h('p', { class: 'gray small' }, t.closedBefore(state.review)));
  if (state.objectives.length === 0) element.append(h('p', { class: 'gray' }, t.noObjectives));
  const krRows: (() => KrChoice | null | undefined)[] = [];
  const notes: (() => NoteChoice | undefined)[] = [];
  for (const o of state.objectives) {
    const rows = o.krs.map((kr) => krRow(kr, t, loc));
    krRows.push(...rows.map((r) => r.read));
    const note = h('textarea', { rows: 3 });
    note.value = o.note;
    notes.push(() => (note.value === o.note ? undefined : { objectiveId: o.id, note: note.value }));
    element.append(
      objectiveCard(o, t, loc, [...rows.map((r) => r.element), field(t.closingNote, note)]),
    );
  }
  return {
    element,
    closable: period !== null,
    collect() {
      const krs = krRows.map((read) => read());
      const invalid = element.querySelector<HTMLElement>('[aria-invalid="true"]');
      if (invalid) {
        invalid.focus();
        return null;
      }
      return {
        krs: krs.filter((c): c is KrChoice => c !== undefined && c !== null),
        notes: notes.map((read) => read()).filter((c): c is NoteChoice => c !== undefined),
      };
    },
  };
}

function objectiveCard(
  o: ClosingObjective,
  t: Catalogue,
  loc: NumberLocale,
  fields: readonly HTMLElement[],
): HTMLElement {
  const titleId = uid('obj');
  const grade =
    o.grade === null
      ? gradeChip(t.notScored, null)
      : gradeChip(loc.score(o.grade), gradeOf(o.grade));
  return h(
    'article',
    { class: 'okr', 'aria-labelledby': titleId },
    h('h3', { id: titleId }, o.title),
    h('p', { class: 'status' }, `${t.grade} `, grade),
    o.reading === null ? '' : h('p', { class: 'small' }, t.readings[o.reading]),
    ...fields,
  );
}

interface KrRow {
  readonly element: HTMLElement;
  /** The KR's choice; undefined when nothing changed, null when a field needs a fix. */
  read(): KrChoice | null | undefined;
}

function krRow(kr: ClosingKr, t: Catalogue, loc: NumberLocale): KrRow {
  const override = numberInput();
  override.value = kr.override === null ? '' : loc.number(kr.override);
  // Changes are judged on the text shown, so a number's trip through its text is no change.
  const shown = override.value;
  const reason = textInput();
  reason.value = kr.reason;
  const overrideError = errorLine();
  const reasonError = errorLine();
  const computed = kr.computed === null ? t.notScored : loc.score(kr.computed);
  // One above the other: side by side, an error under one would push the other out of line.
  const overrideField = field(t.override, override, overrideError);
  overrideField.classList.add('score');
  const element = h(
    'fieldset',
    { class: 'kr-close' },
    h('legend', {}, kr.title),
    h(
      'p',
      { class: 'gray small' },
      [kr.owner, t.computed(computed)].filter((f) => f !== '').join(' · '),
    ),
    overrideField,
    field(t.reason, reason, reasonError),
  );
  return {
    element,
    read() {
      hideError(overrideError, override);
      hideError(reasonError, reason);
      const value = readAmount(override.value, '', loc);
      if (value === undefined)
        return showError(overrideError, override, t.notANumber(override.value));
      if (value !== null && !(value >= 0 && value <= 1))
        return showError(overrideError, override, t.overrideRange);
      if (value !== null && reason.value.trim() === '')
        return showError(reasonError, reason, t.reasonRequired);
      if (override.value === shown && reason.value === kr.reason) return undefined;
      // Sent as typed: the server stores text as text, and a person's spacing is theirs.
      return { krId: kr.id, override: value, reason: reason.value };
    },
  };
}
