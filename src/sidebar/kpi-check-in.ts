import type { KpiCheckIn, KpiState } from '../contract/sidebar';
import type { Lang } from '../core/lang';
import { type NumberLocale, readAmount, signedAmount } from './amount';
import type { Catalogue } from './catalogue';
import type { Row } from './check-in-rows';
import { errorLine, field, h, hideError, numberInput, showError } from './dom';
import { statusChip } from './overview';

/**
 * A KPI's row of the check-in: its value this period, typed in the sheet's locale. What a
 * redraw keeps is the value's text.
 */
export function kpiRow(
  kpi: KpiState,
  lang: Lang,
  t: Catalogue,
  loc: NumberLocale,
): Row<KpiCheckIn, string> {
  // A percent KPI reads as a key result in "%" does: "52" and "52 %" are both 0.52.
  const unit = kpi.percent ? '%' : '';
  const error = errorLine();
  const actual = numberInput();
  // With its sign: the label names no unit, the rates and the counts sharing one list.
  actual.value = signedAmount(kpi.actual, unit, loc);
  // Changes are judged on the text shown, as for key results: a round trip is no change.
  const shown = actual.value;
  // A formula-fed Actual is the sheet's to compute: shown, never overwritten.
  actual.readOnly = kpi.actualIsFormula;

  const facts = [
    kpi.frequency === null ? '' : t.frequencies[kpi.frequency],
    kpi.target === null ? '' : t.targetIs(signedAmount(kpi.target, unit, loc)),
    kpi.actualIsFormula ? t.fromFormula : '',
  ].filter((f) => f !== '');
  const element = h(
    'fieldset',
    { class: 'check-in' },
    h('legend', {}, kpi.measure),
    h('p', { class: 'gray small' }, statusChip(kpi.status, lang), ...facts.map((f) => ` · ${f}`)),
    field(t.thisPeriod, actual),
    error,
  );

  return {
    id: kpi.id,
    element,
    edit: () => (actual.value === shown ? undefined : actual.value),
    restore(edit) {
      // A formula-fed Actual is the sheet's: the new state's value stands.
      if (!kpi.actualIsFormula) actual.value = edit;
    },
    read() {
      hideError(error, actual);
      if (kpi.actualIsFormula || actual.value === shown) return undefined;
      const value = readAmount(actual.value, unit, loc);
      // The message names the KPI: it is also announced away from its fieldset.
      if (value === undefined)
        return showError(error, actual, t.about(kpi.measure, t.notANumber(actual.value)));
      return { kpiId: kpi.id, actual: value };
    },
  };
}
