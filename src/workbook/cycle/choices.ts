import type { ClosingChoices, NextChoices } from '../../contract/cycle';
import type { Lang } from '../../core/lang';
import { inputRules, MAX_CHECK_INS, MAX_OBJECTIVES } from '../sidebar/input';

/**
 * The cycle views' choices, checked on the server as the sidebar's save is (any browser can call
 * a top-level function with anything): a bad field stops the call before any write, with a
 * message naming it. Left out (the server functions called with nothing), they are the defaults.
 */

/** At most as many notes as a workbook has objectives in a period, with room to spare. */
const MAX_NOTES = MAX_OBJECTIVES * 10;

export function checkClosingChoices(input: unknown, lang: Lang): ClosingChoices {
  if (input == null) return {};
  const { is, text, fraction, record, list, optional } = inputRules(lang);
  record({
    krs: optional(
      list(MAX_CHECK_INS, record({ krId: text(true), override: fraction, reason: text() })),
    ),
    notes: optional(list(MAX_NOTES, record({ objectiveId: text(true), note: text() }))),
  })(input, []);
  const choices = input as ClosingChoices;
  // An override stands only with its reason: the review keeps why a score was changed.
  choices.krs?.forEach((k, i) => {
    is(k.override == null || k.reason.trim() !== '', [`krs#${i}`, 'reason'], 'required');
  });
  return choices;
}

export function checkNextChoices(input: unknown, lang: Lang): NextChoices | null {
  if (input == null) return null;
  const { text, record, list } = inputRules(lang);
  record({ krIds: list(MAX_CHECK_INS, text(true)) })(input, []);
  return input as NextChoices;
}
