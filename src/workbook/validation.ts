import type { Lang } from '../core/lang';
import type { Dropdown } from './layout';

/**
 * The dropdowns of the template as Sheets data validation rules. One builder serves every
 * rule (build() takes a snapshot), and each distinct dropdown is built once: a rule is set on
 * a whole block of cells with one setDataValidations. Typed values outside a list are
 * allowed with a warning, as French aliases and free words are legitimate input.
 */
export class ValidationRules {
  /** Built rules by what they require (two date columns share one rule). */
  readonly #rules = new Map<string, GoogleAppsScript.Spreadsheet.DataValidation>();
  #builder: GoogleAppsScript.Spreadsheet.DataValidationBuilder | undefined;

  constructor(
    private readonly lang: Lang,
    /** The data cells of another table's column, for dropdowns that list them. */
    private readonly columnRange: (
      dropdown: Extract<Dropdown, { kind: 'column' }>,
    ) => GoogleAppsScript.Spreadsheet.Range,
  ) {}

  rule(dropdown: Dropdown): GoogleAppsScript.Spreadsheet.DataValidation {
    const key =
      dropdown.kind === 'list'
        ? `list:${dropdown.values[this.lang].join('\n')}`
        : JSON.stringify(dropdown);
    let rule = this.#rules.get(key);
    if (rule === undefined) {
      rule = this.#build(dropdown);
      this.#rules.set(key, rule);
    }
    return rule;
  }

  #build(dropdown: Dropdown): GoogleAppsScript.Spreadsheet.DataValidation {
    this.#builder ??= SpreadsheetApp.newDataValidation();
    const b = this.#builder;
    switch (dropdown.kind) {
      case 'list':
        return b.requireValueInList([...dropdown.values[this.lang]], true).build();
      case 'column':
        return b.requireValueInRange(this.columnRange(dropdown), true).build();
      case 'checkbox':
        return b.requireCheckbox().build();
      case 'date':
        return b.requireDate().build();
    }
  }
}
