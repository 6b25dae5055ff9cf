import type { CheckIn, KrState, SidebarState } from '../contract/sidebar';
import { fieldAmount, type NumberLocale, readAmount, showAmount } from './amount';
import type { Catalogue } from './catalogue';
import { checkField, errorLine, field, h, hideError, showError } from './dom';

/**
 * The check-in panel: every key result's current value, confidence and note, saved in one
 * go. Only the key results whose fields changed are sent, so a check-in writes what moved.
 */
export interface CheckInPanel {
  readonly nodes: readonly Node[];
  /** The check-ins to send; null when a field needs a fix (it is marked and focused). */
  collect(): CheckIn[] | null;
  /** What was typed and not saved yet, by KR ID: kept when the panel is drawn anew. */
  edits(): Edits;
}

/** A key result's fields as a person left them. */
interface Edit {
  readonly current: string;
  readonly checked: boolean;
  readonly confidence: string;
  readonly note: string;
}

export type Edits = ReadonlyMap<string, Edit>;

interface Row {
  /** The key result's ID. */
  readonly id: string;
  readonly element: HTMLElement;
  /** The new check-in, or null when a field is wrong; undefined when nothing changed. */
  read(): CheckIn | null | undefined;
  /** The fields, when they differ from the state's. */
  edit(): Edit | undefined;
  restore(edit: Edit): void;
}

/**
 * `kept`: edits made before a save of something else or a refresh redrew the panel; they stay
 * typed (and unsaved) in the rows of the key results that are still there.
 */
export function checkInPanel(
  state: SidebarState,
  t: Catalogue,
  loc: NumberLocale,
  kept: Edits = new Map(),
): CheckInPanel {
  const rows: Row[] = [];
  const nodes: Node[] = [];
  for (const o of state.objectives) {
    if (o.krs.length === 0) continue;
    nodes.push(h('h3', {}, o.title));
    for (const kr of o.krs) {
      const row = checkInRow(kr, t, loc);
      const edit = kept.get(kr.id);
      if (edit !== undefined) row.restore(edit);
      rows.push(row);
      nodes.push(row.element);
    }
  }
  if (rows.length === 0) nodes.push(h('p', { class: 'gray' }, t.nothingToCheckIn));
  return {
    nodes,
    collect() {
      const read = rows.map((r) => r.read());
      if (read.includes(null)) return null;
      return read.filter((c): c is CheckIn => c !== undefined && c !== null);
    },
    edits() {
      const edits = new Map<string, Edit>();
      for (const row of rows) {
        const edit = row.edit();
        if (edit !== undefined) edits.set(row.id, edit);
      }
      return edits;
    },
  };
}

function checkInRow(kr: KrState, t: Catalogue, loc: NumberLocale): Row {
  const error = errorLine();
  const milestone = kr.kind === 'milestone';

  const current = h('input', {
    type: milestone ? 'checkbox' : 'text',
    inputmode: milestone ? undefined : 'decimal',
    autocomplete: 'off',
    class: milestone ? undefined : 'num',
  });
  if (milestone) current.checked = (kr.current ?? 0) >= 1;
  else current.value = fieldAmount(kr.current, kr.unit, loc);
  // Changes are judged on what the fields show, so a number's round trip through its text
  // (0.07 → "7" → 0.07000000000000001) never counts as a change.
  const shown = { current: current.value, checked: current.checked };
  // A formula-fed Current is the sheet's to compute: shown, never overwritten.
  current.readOnly = kr.currentIsFormula;
  current.disabled = milestone && kr.currentIsFormula;

  const confidence = h('input', { type: 'number', min: 0, max: 100, step: 5, class: 'num' });
  confidence.value = kr.confidence === null ? '' : String(Math.round(kr.confidence * 100));
  const shownConfidence = confidence.value;
  const note = h('input', { type: 'text', autocomplete: 'off' });
  note.value = kr.note;

  const facts = [kr.owner];
  if (!milestone && kr.target !== null)
    facts.unshift(t.targetIs(showAmount(kr.target, kr.unit, loc)));
  if (kr.currentIsFormula) facts.push(t.fromFormula);
  const currentLabel = milestone
    ? t.done
    : kr.unit === ''
      ? t.current
      : `${t.current} (${kr.unit})`;
  const currentField = milestone ? checkField(t.done, current) : field(currentLabel, current);

  const element = h(
    'fieldset',
    { class: 'check-in' },
    h('legend', {}, kr.title),
    h('p', { class: 'gray small' }, facts.filter((f) => f !== '').join(' · ')),
    h('div', { class: 'row' }, currentField, field(t.confidence, confidence)),
    field(t.note, note),
    error,
  );

  const fail = (input: HTMLInputElement, message: string): null => {
    input.focus();
    return showError(error, input, message);
  };

  return {
    id: kr.id,
    element,
    edit() {
      const same =
        current.value === shown.current &&
        current.checked === shown.checked &&
        confidence.value === shownConfidence &&
        note.value === kr.note;
      return same
        ? undefined
        : {
            current: current.value,
            checked: current.checked,
            confidence: confidence.value,
            note: note.value,
          };
    },
    restore(edit) {
      // A formula-fed Current is the sheet's: the new state's value stands.
      if (!kr.currentIsFormula) {
        current.value = edit.current;
        current.checked = edit.checked;
      }
      confidence.value = edit.confidence;
      note.value = edit.note;
    },
    read() {
      hideError(error, current, confidence);
      const value = milestone ? (current.checked ? 1 : 0) : readAmount(current.value, kr.unit, loc);
      if (value === undefined) return fail(current, t.notANumber(current.value));
      const percent = confidence.value === '' ? null : Number(confidence.value);
      if (confidence.validity.badInput || (percent !== null && !(percent >= 0 && percent <= 100)))
        return fail(confidence, t.confidenceRange);
      const currentChanged =
        !kr.currentIsFormula &&
        (current.value !== shown.current || current.checked !== shown.checked);
      if (!currentChanged && confidence.value === shownConfidence && note.value === kr.note)
        return undefined;
      const checkIn: CheckIn = {
        krId: kr.id,
        confidence: percent === null ? null : percent / 100,
        note: note.value,
      };
      // A Current left as it was is not sent: the sheet keeps its cell (a formula stays one).
      return currentChanged ? { ...checkIn, current: value } : checkIn;
    },
  };
}
