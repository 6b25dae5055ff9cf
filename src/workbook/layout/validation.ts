import type { Dropdown, ListName } from './tables';

/**
 * The dropdowns of the template as Sheets data validation rules. One builder serves every
 * rule (build() takes a snapshot), and each distinct dropdown is built once: a rule is set on
 * a whole block of cells with one setDataValidations. Typed values outside a list are
 * allowed with a warning, as French aliases and free words are legitimate input.
 */
export class ValidationRules {
  /** Built rules by dropdown (two date columns share one rule). */
  private readonly rules = new Map<string, GoogleAppsScript.Spreadsheet.DataValidation>();
  private builder: GoogleAppsScript.Spreadsheet.DataValidationBuilder | undefined;

  constructor(
    /** The words of each list, in the template's language. */
    private readonly lists: Readonly<Record<ListName, readonly string[]>>,
    /** The data cells of another table's column, for dropdowns that list them. */
    private readonly columnRange: (
      dropdown: Extract<Dropdown, { kind: 'column' }>,
    ) => GoogleAppsScript.Spreadsheet.Range,
  ) {}

  rule(dropdown: Dropdown): GoogleAppsScript.Spreadsheet.DataValidation {
    const key = JSON.stringify(dropdown);
    let rule = this.rules.get(key);
    if (rule === undefined) {
      rule = this.build(dropdown);
      this.rules.set(key, rule);
    }
    return rule;
  }

  private build(dropdown: Dropdown): GoogleAppsScript.Spreadsheet.DataValidation {
    this.builder ??= SpreadsheetApp.newDataValidation();
    const b = this.builder;
    switch (dropdown.kind) {
      case 'list':
        return b.requireValueInList([...this.lists[dropdown.list]], true).build();
      case 'column':
        return b.requireValueInRange(this.columnRange(dropdown), true).build();
      case 'checkbox':
        return b.requireCheckbox().build();
      case 'date':
        return b.requireDate().build();
    }
  }
}
