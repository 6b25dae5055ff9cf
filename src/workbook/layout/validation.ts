import type { Dropdown, ListName } from './tables';

/**
 * The dropdowns of the template as Sheets data validation rules. One builder serves every
 * rule (build() takes a snapshot, so each rule sets every option it depends on), and each
 * distinct dropdown is built once: a rule is set on a whole block of cells with one
 * setDataValidations. Typed values outside a list are allowed with a warning (free words are
 * legitimate input), except in a strict list (the kinds), which refuses them with its help.
 */
export class ValidationRules {
  /** Built rules by dropdown (two date columns share one rule). */
  private readonly rules = new Map<string, GoogleAppsScript.Spreadsheet.DataValidation>();
  private builder: GoogleAppsScript.Spreadsheet.DataValidationBuilder | undefined;

  constructor(
    /** The words of each list, in the template's language. */
    private readonly lists: Readonly<Record<ListName, readonly string[]>>,
    /** The lists that refuse other entries, with the help shown then. */
    private readonly strict: Partial<Readonly<Record<ListName, string>>>,
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
      case 'list': {
        const help = this.strict[dropdown.list];
        return b
          .requireValueInList([...this.lists[dropdown.list]], true)
          .setAllowInvalid(help === undefined)
          .setHelpText(help ?? '')
          .build();
      }
      case 'column':
        return b
          .requireValueInRange(this.columnRange(dropdown), true)
          .setAllowInvalid(true)
          .setHelpText('')
          .build();
      case 'checkbox':
        return b.requireCheckbox().setAllowInvalid(true).setHelpText('').build();
      case 'date':
        return b.requireDate().setAllowInvalid(true).setHelpText('').build();
    }
  }
}
