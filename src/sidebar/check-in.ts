import type {
  CheckIn,
  KpiCheckIn,
  KpiState,
  KrFromKpi,
  KrState,
  SidebarState,
} from '../contract/sidebar';
import { fieldAmount, type NumberLocale, readAmount, showAmount } from './amount';
import type { Catalogue } from './catalogue';
import { editsOf, kept, type Row, readRows } from './check-in-rows';
import { checkField, errorLine, field, h, hideError, setText, showError, uid } from './dom';
import { kpiRow } from './kpi-check-in';
import { kpiChoice } from './kpi-choice';

/**
 * The check-in panel: every key result's current value (or the KPI it follows from now on),
 * confidence and note, then every KPI's value this period, saved in one go. Only the rows
 * whose fields changed are sent, so a check-in writes what moved.
 */
export interface CheckInPanel {
  readonly nodes: readonly Node[];
  /** No key result and no KPI: nothing to save. */
  readonly empty: boolean;
  /** The check-ins to send; null when a field needs a fix (they are marked, the first focused). */
  collect(): CheckIns | null;
  /** What was typed and not saved yet: kept when the panel is drawn anew. */
  edits(): Edits;
}

export interface CheckIns {
  readonly checkIns: readonly CheckIn[];
  readonly kpiCheckIns: readonly KpiCheckIn[];
}

/** A key result's fields as a person left them. */
interface KrEdit {
  readonly current: string;
  readonly checked: boolean;
  readonly confidence: string;
  readonly note: string;
  readonly kpi: KrFromKpi | undefined;
}

/** By key result ID, and by KPI ID (a KPI's value as typed). */
export interface Edits {
  readonly krs: ReadonlyMap<string, KrEdit>;
  readonly kpis: ReadonlyMap<string, string>;
}

/**
 * `before`: edits made before a save of something else or a refresh redrew the panel; they
 * stay typed (and unsaved) in the rows of the key results and KPIs that are still there.
 */
export function checkInPanel(
  state: SidebarState,
  t: Catalogue,
  loc: NumberLocale,
  before: Edits = { krs: new Map(), kpis: new Map() },
): CheckInPanel {
  const krRows: Row<CheckIn, KrEdit>[] = [];
  const nodes: Node[] = [];
  for (const o of state.objectives) {
    if (o.krs.length === 0) continue;
    nodes.push(h('h3', {}, o.title));
    for (const kr of o.krs) {
      const row = kept(checkInRow(kr, state.kpis, t, loc), before.krs);
      krRows.push(row);
      nodes.push(row.element);
    }
  }
  if (krRows.length === 0) nodes.push(h('p', { class: 'gray' }, t.nothingToCheckIn));
  const kpiRows = state.kpis.map((kpi) => kept(kpiRow(kpi, state.lang, t, loc), before.kpis));
  if (kpiRows.length > 0) nodes.push(h('h2', {}, t.kpis), ...kpiRows.map((r) => r.element));
  const rows: readonly Row<unknown, unknown>[] = [...krRows, ...kpiRows];
  return {
    nodes,
    empty: rows.length === 0,
    collect() {
      // Both lists are read before either answers, so every wrong field is marked at once.
      const checkIns = readRows(krRows);
      const kpiCheckIns = readRows(kpiRows);
      if (checkIns === null || kpiCheckIns === null) {
        rows
          .map((r) => r.element.querySelector<HTMLElement>('[aria-invalid="true"]'))
          .find((e) => e !== null)
          ?.focus();
        return null;
      }
      return { checkIns, kpiCheckIns };
    },
    edits: () => ({ krs: editsOf(krRows), kpis: editsOf(kpiRows) }),
  };
}

function checkInRow(
  kr: KrState,
  kpis: readonly KpiState[],
  t: Catalogue,
  loc: NumberLocale,
): Row<CheckIn, KrEdit> {
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
  // A milestone is done or not: no KPI summarises into it.
  const feed = milestone || kpis.length === 0 ? undefined : kpiFeed(kpis, t, currentField);

  const element = h(
    'fieldset',
    { class: 'check-in' },
    h('legend', {}, kr.title),
    h('p', { class: 'gray small' }, facts.filter((f) => f !== '').join(' · ')),
    h(
      'div',
      { class: 'row' },
      currentField,
      ...(feed ? [feed.follows] : []),
      field(t.confidence, confidence),
    ),
    ...(feed ? [feed.toggle, feed.choice] : []),
    field(t.note, note),
    error,
  );

  /**
   * What the check-in says of Current: the KPI it follows from now on, its new value, or
   * nothing (left as it was); null when the value is no number (it is marked).
   */
  const currentPart = (): Pick<CheckIn, 'current' | 'kpi'> | null => {
    const kpi = feed?.chosen();
    // What Current's field holds gives way to the KPI: neither read nor sent.
    if (kpi !== undefined) return { kpi };
    const value = milestone ? (current.checked ? 1 : 0) : readAmount(current.value, kr.unit, loc);
    if (value === undefined) return showError(error, current, t.notANumber(current.value));
    const changed =
      !kr.currentIsFormula &&
      (current.value !== shown.current || current.checked !== shown.checked);
    // A Current left as it was is not sent: the sheet keeps its cell (a formula stays one).
    return changed ? { current: value } : {};
  };

  return {
    id: kr.id,
    element,
    edit() {
      const kpi = feed?.chosen();
      const same =
        current.value === shown.current &&
        current.checked === shown.checked &&
        confidence.value === shownConfidence &&
        note.value === kr.note &&
        kpi === undefined;
      return same
        ? undefined
        : {
            current: current.value,
            checked: current.checked,
            confidence: confidence.value,
            note: note.value,
            kpi,
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
      feed?.choose(edit.kpi);
    },
    read() {
      hideError(error, current, confidence);
      const fed = currentPart();
      if (fed === null) return null;
      const percent = confidence.value === '' ? null : Number(confidence.value);
      if (confidence.validity.badInput || (percent !== null && !(percent >= 0 && percent <= 100)))
        return showError(error, confidence, t.confidenceRange);
      const unchanged = fed.current === undefined && fed.kpi === undefined;
      if (unchanged && confidence.value === shownConfidence && note.value === kr.note)
        return undefined;
      return {
        krId: kr.id,
        confidence: percent === null ? null : percent / 100,
        note: note.value,
        ...fed,
      };
    },
  };
}

/**
 * "Current from a KPI" for a key result that exists, behind a button: most check-ins type
 * Current, and a KPI replaces what its cell holds (a formula too) once saved. While a KPI is
 * chosen, Current's field gives way to a note naming the KPI it will follow; none chosen again,
 * the field is back as it was left.
 */
function kpiFeed(kpis: readonly KpiState[], t: Catalogue, currentField: HTMLElement) {
  // The button says "Current from a KPI": the select under it is the KPI, not a second Current.
  const choice = kpiChoice(t, t.kpi);
  choice.offer(kpis);
  const box = choice.element;
  box.id = uid('kpi');
  box.hidden = true;
  const toggle = h(
    'button',
    { type: 'button', class: 'link disclose', 'aria-expanded': 'false', 'aria-controls': box.id },
    t.fromKpi,
  );
  const open = (shown: boolean): void => {
    box.hidden = !shown;
    toggle.setAttribute('aria-expanded', String(shown));
  };
  toggle.addEventListener('click', () => open(toggle.getAttribute('aria-expanded') !== 'true'));
  const follows = h('p', { class: 'gray small', id: uid('hint') });
  // Read with the KPI's select, so the choice is heard with what it does.
  choice.kpiSelect.setAttribute('aria-describedby', follows.id);
  const follow = (): void => {
    const kpi = kpis.find((k) => k.id === choice.chosen()?.kpiId);
    currentField.hidden = kpi !== undefined;
    follows.hidden = kpi === undefined;
    setText(follows, kpi === undefined ? '' : t.followsKpi(kpi.measure));
  };
  box.addEventListener('change', follow);
  follow();
  return {
    toggle,
    choice: box,
    follows,
    chosen: choice.chosen,
    /** As a redraw keeps it: a KPI chosen shows, still open. */
    choose(kpi: KrFromKpi | undefined): void {
      choice.choose(kpi);
      if (choice.chosen() !== undefined) open(true);
      follow();
    },
  };
}
