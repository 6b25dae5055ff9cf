/**
 * The controls Sheets draws on validated cells: a dropdown chip where a list or range rule
 * shows its dropdown, a checkbox where the rule is a checkbox. Each distinct list of choices
 * is sent once; cells point to it.
 */
import { cellA1, parseA1 } from '../emulation/a1';
import type { Inspector } from '../emulation/inspect';
import type { ValidationRule } from '../emulation/sheet-model';

export type Control =
  | { readonly dropdown: number }
  | { readonly checkbox: Readonly<ValidationRule> };

export interface Controls {
  readonly lists: string[][];
  /** By A1, the cells in `a1` that draw a control. */
  readonly cells: Map<string, Control>;
}

export function validationControls(inspect: Inspector, sheet: string, a1: string): Controls {
  const lists: string[][] = [];
  const listIndex = new Map<string, number>();
  /** A rule's dropdown, by the rule: the cells of one range share it. */
  const dropdowns = new Map<Readonly<ValidationRule>, number>();
  const cells = new Map<string, Control>();
  const origin = parseA1(a1, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
  inspect.sharedValidations(sheet, a1).forEach((row, i) => {
    row.forEach((rule, j) => {
      if (!rule || !origin) return;
      const at = cellA1(origin.row + i, origin.column + j);
      if (rule.criteria === 'CHECKBOX') {
        cells.set(at, { checkbox: rule });
        return;
      }
      let index = dropdowns.get(rule);
      if (index === undefined) {
        // Rules set apart may list the same choices: each list is read and sent once.
        const key = JSON.stringify([rule.criteria, rule.values]);
        index = listIndex.get(key);
        if (index === undefined) {
          const choices = dropdownChoices(inspect, rule);
          index = choices ? lists.push(choices) - 1 : -1;
          listIndex.set(key, index);
        }
        dropdowns.set(rule, index);
      }
      if (index >= 0) cells.set(at, { dropdown: index });
    });
  });
  return { lists, cells };
}

/** Whether a checkbox cell is ticked: TRUE, or the rule's own "checked" value. */
export function isChecked(rule: Readonly<ValidationRule>, value: unknown): boolean {
  return rule.values.length > 0 ? value === rule.values[0] : value === true;
}

/** A list or range rule's choices, when it shows a dropdown (its second value, true by default). */
function dropdownChoices(inspect: Inspector, rule: Readonly<ValidationRule>): string[] | undefined {
  const [source, showDropdown] = rule.values;
  if (showDropdown === false) return undefined;
  if (rule.criteria === 'VALUE_IN_LIST' && Array.isArray(source)) return source.map(String);
  if (rule.criteria !== 'VALUE_IN_RANGE' || typeof source !== 'object' || source === null)
    return undefined;
  const { sheet, a1 } = source as { sheet: string; a1: string };
  const shown = inspect.displayValues(sheet, a1).flat();
  return [...new Set(shown.filter((s) => s !== ''))];
}
