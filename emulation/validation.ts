/** Data validation rules and their builder (SpreadsheetApp.newDataValidation()). */
import { parseA1, rangeA1 } from './a1';
import { SERVICE } from './calls';
import type { DocumentModel } from './document';
import { Range } from './range';
import type { ValidationRule } from './sheet-model';

export const DATA_VALIDATION_CRITERIA = Object.fromEntries(
  [
    'DATE_AFTER',
    'DATE_BEFORE',
    'DATE_BETWEEN',
    'DATE_EQUAL_TO',
    'DATE_IS_VALID_DATE',
    'DATE_NOT_BETWEEN',
    'DATE_ON_OR_AFTER',
    'DATE_ON_OR_BEFORE',
    'NUMBER_BETWEEN',
    'NUMBER_EQUAL_TO',
    'NUMBER_GREATER_THAN',
    'NUMBER_GREATER_THAN_OR_EQUAL_TO',
    'NUMBER_LESS_THAN',
    'NUMBER_LESS_THAN_OR_EQUAL_TO',
    'NUMBER_NOT_BETWEEN',
    'NUMBER_NOT_EQUAL_TO',
    'TEXT_CONTAINS',
    'TEXT_DOES_NOT_CONTAIN',
    'TEXT_EQUAL_TO',
    'TEXT_IS_VALID_EMAIL',
    'TEXT_IS_VALID_URL',
    'VALUE_IN_LIST',
    'VALUE_IN_RANGE',
    'CUSTOM_FORMULA',
    'CHECKBOX',
  ].map((n) => [n, n]),
);

/** A range argument kept as plain data so a rule survives the Range object it came from. */
function rangeRef(range: Range): { sheet: string; a1: string } {
  const { sheet, grid } = Range.model(range);
  return { sheet: sheet.name, a1: rangeA1(grid) };
}

export class DataValidation {
  readonly [SERVICE] = 'DataValidation';
  readonly #rule: ValidationRule;
  readonly #doc: DocumentModel;

  constructor(rule: ValidationRule, doc: DocumentModel) {
    this.#rule = rule;
    this.#doc = doc;
  }

  model(): ValidationRule {
    return this.#rule;
  }
  getCriteriaType(): string {
    return this.#rule.criteria;
  }
  getCriteriaValues(): unknown[] {
    return this.#rule.values.map((v) => {
      if (typeof v !== 'object' || v === null || !('a1' in v)) return v;
      const ref = v as { sheet: string; a1: string };
      const sheet = this.#doc.sheetByName(ref.sheet);
      const grid = sheet && parseA1(ref.a1, sheet.maxRows, sheet.maxColumns);
      return sheet && grid ? new Range(this.#doc, sheet, grid) : null;
    });
  }
  getAllowInvalid(): boolean {
    return this.#rule.allowInvalid;
  }
  getHelpText(): string {
    return this.#rule.helpText;
  }
  copy(): DataValidationBuilder {
    return new DataValidationBuilder(this.#doc, structuredClone(this.#rule));
  }
}

export class DataValidationBuilder {
  readonly [SERVICE] = 'DataValidationBuilder';
  readonly #doc: DocumentModel;
  #rule: ValidationRule;

  constructor(doc: DocumentModel, rule?: ValidationRule) {
    this.#doc = doc;
    this.#rule = rule ?? { criteria: '', values: [], allowInvalid: true, helpText: '' };
  }

  #require(criteria: string, values: unknown[]): DataValidationBuilder {
    this.#rule = { ...this.#rule, criteria, values };
    return this;
  }

  requireValueInList(values: unknown[], showDropdown = true): DataValidationBuilder {
    return this.#require('VALUE_IN_LIST', [[...values], showDropdown]);
  }
  requireValueInRange(range: Range, showDropdown = true): DataValidationBuilder {
    return this.#require('VALUE_IN_RANGE', [rangeRef(range), showDropdown]);
  }
  requireCheckbox(checked?: unknown, unchecked?: unknown): DataValidationBuilder {
    return this.#require(
      'CHECKBOX',
      [checked, unchecked].filter((v) => v !== undefined),
    );
  }
  requireNumberBetween(start: number, end: number): DataValidationBuilder {
    return this.#require('NUMBER_BETWEEN', [start, end]);
  }
  requireNumberNotBetween(start: number, end: number): DataValidationBuilder {
    return this.#require('NUMBER_NOT_BETWEEN', [start, end]);
  }
  requireNumberEqualTo(n: number): DataValidationBuilder {
    return this.#require('NUMBER_EQUAL_TO', [n]);
  }
  requireNumberGreaterThan(n: number): DataValidationBuilder {
    return this.#require('NUMBER_GREATER_THAN', [n]);
  }
  requireNumberGreaterThanOrEqualTo(n: number): DataValidationBuilder {
    return this.#require('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }
  requireNumberLessThan(n: number): DataValidationBuilder {
    return this.#require('NUMBER_LESS_THAN', [n]);
  }
  requireNumberLessThanOrEqualTo(n: number): DataValidationBuilder {
    return this.#require('NUMBER_LESS_THAN_OR_EQUAL_TO', [n]);
  }
  requireDate(): DataValidationBuilder {
    return this.#require('DATE_IS_VALID_DATE', []);
  }
  requireDateAfter(date: Date): DataValidationBuilder {
    return this.#require('DATE_AFTER', [date]);
  }
  requireDateBefore(date: Date): DataValidationBuilder {
    return this.#require('DATE_BEFORE', [date]);
  }
  requireDateOnOrAfter(date: Date): DataValidationBuilder {
    return this.#require('DATE_ON_OR_AFTER', [date]);
  }
  requireDateOnOrBefore(date: Date): DataValidationBuilder {
    return this.#require('DATE_ON_OR_BEFORE', [date]);
  }
  requireTextContains(text: string): DataValidationBuilder {
    return this.#require('TEXT_CONTAINS', [text]);
  }
  requireTextEqualTo(text: string): DataValidationBuilder {
    return this.#require('TEXT_EQUAL_TO', [text]);
  }
  requireTextIsEmail(): DataValidationBuilder {
    return this.#require('TEXT_IS_VALID_EMAIL', []);
  }
  requireTextIsUrl(): DataValidationBuilder {
    return this.#require('TEXT_IS_VALID_URL', []);
  }
  requireFormulaSatisfied(formula: string): DataValidationBuilder {
    return this.#require('CUSTOM_FORMULA', [formula]);
  }
  withCriteria(criteria: string, args: unknown[]): DataValidationBuilder {
    return this.#require(
      String(criteria),
      args.map((a) => (a instanceof Range ? rangeRef(a) : a)),
    );
  }
  setAllowInvalid(allowInvalid: boolean): DataValidationBuilder {
    this.#rule = { ...this.#rule, allowInvalid };
    return this;
  }
  setHelpText(helpText: string): DataValidationBuilder {
    this.#rule = { ...this.#rule, helpText };
    return this;
  }
  getCriteriaType(): string {
    return this.#rule.criteria;
  }
  getAllowInvalid(): boolean {
    return this.#rule.allowInvalid;
  }
  getHelpText(): string {
    return this.#rule.helpText;
  }
  copy(): DataValidationBuilder {
    return new DataValidationBuilder(this.#doc, structuredClone(this.#rule));
  }
  build(): DataValidation {
    if (!this.#rule.criteria) throw new Error('You must specify a validation criteria.');
    return new DataValidation(structuredClone(this.#rule), this.#doc);
  }
}
