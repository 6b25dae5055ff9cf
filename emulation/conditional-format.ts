/** Conditional format rules and their builder (SpreadsheetApp.newConditionalFormatRule()). */
import { parseA1, rangeA1 } from './a1';
import { SERVICE } from './calls';
import type { DocumentModel } from './document';
import { Range } from './range';
import type { ConditionalRule } from './sheet-model';

export const BOOLEAN_CRITERIA = Object.fromEntries(
  [
    'CELL_EMPTY',
    'CELL_NOT_EMPTY',
    'DATE_AFTER',
    'DATE_BEFORE',
    'DATE_EQUAL_TO',
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
    'TEXT_ENDS_WITH',
    'TEXT_EQUAL_TO',
    'TEXT_NOT_EQUAL_TO',
    'TEXT_STARTS_WITH',
    'CUSTOM_FORMULA',
  ].map((n) => [n, n]),
);

export const INTERPOLATION_TYPE = {
  NUMBER: 'NUMBER',
  PERCENT: 'PERCENT',
  PERCENTILE: 'PERCENTILE',
  MIN: 'MIN',
  MAX: 'MAX',
};

export class BooleanCondition {
  readonly [SERVICE] = 'BooleanCondition';
  readonly #rule: ConditionalRule;

  constructor(rule: ConditionalRule) {
    this.#rule = rule;
  }
  getCriteriaType(): string {
    return this.#rule.condition;
  }
  getCriteriaValues(): unknown[] {
    return [...this.#rule.values];
  }
  getBackground(): string | null {
    return (this.#rule.format.background as string | undefined) ?? null;
  }
  getFontColor(): string | null {
    return (this.#rule.format.fontColor as string | undefined) ?? null;
  }
  getBold(): boolean | null {
    return (this.#rule.format.bold as boolean | undefined) ?? null;
  }
  getItalic(): boolean | null {
    return (this.#rule.format.italic as boolean | undefined) ?? null;
  }
}

export class ConditionalFormatRule {
  readonly [SERVICE] = 'ConditionalFormatRule';
  readonly #rule: ConditionalRule;
  readonly #doc: DocumentModel;

  constructor(rule: ConditionalRule, doc: DocumentModel) {
    this.#rule = rule;
    this.#doc = doc;
  }
  model(): ConditionalRule {
    return this.#rule;
  }
  getBooleanCondition(): BooleanCondition | null {
    return this.#rule.condition === 'GRADIENT' ? null : new BooleanCondition(this.#rule);
  }
  getRanges(): Range[] {
    return rangesOf(this.#doc, this.#rule);
  }
  copy(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(this.#doc, structuredClone(this.#rule));
  }
}

function rangesOf(doc: DocumentModel, rule: ConditionalRule): Range[] {
  return rule.ranges.flatMap((ref) => {
    const sheet = doc.sheetByName(ref.sheet);
    const grid = sheet && parseA1(ref.a1, sheet.maxRows, sheet.maxColumns);
    return sheet && grid ? [new Range(doc, sheet, grid)] : [];
  });
}

export class ConditionalFormatRuleBuilder {
  readonly [SERVICE] = 'ConditionalFormatRuleBuilder';
  readonly #doc: DocumentModel;
  readonly #rule: ConditionalRule;

  constructor(doc: DocumentModel, rule?: ConditionalRule) {
    this.#doc = doc;
    this.#rule = rule ?? { condition: '', values: [], format: {}, ranges: [] };
  }

  #when(condition: string, ...values: unknown[]): ConditionalFormatRuleBuilder {
    this.#rule.condition = condition;
    this.#rule.values = values;
    return this;
  }
  #format(key: string, value: unknown): ConditionalFormatRuleBuilder {
    this.#rule.format[key] = value;
    return this;
  }

  whenCellEmpty() {
    return this.#when('CELL_EMPTY');
  }
  whenCellNotEmpty() {
    return this.#when('CELL_NOT_EMPTY');
  }
  whenNumberBetween(start: number, end: number) {
    return this.#when('NUMBER_BETWEEN', start, end);
  }
  whenNumberNotBetween(start: number, end: number) {
    return this.#when('NUMBER_NOT_BETWEEN', start, end);
  }
  whenNumberEqualTo(n: number) {
    return this.#when('NUMBER_EQUAL_TO', n);
  }
  whenNumberNotEqualTo(n: number) {
    return this.#when('NUMBER_NOT_EQUAL_TO', n);
  }
  whenNumberGreaterThan(n: number) {
    return this.#when('NUMBER_GREATER_THAN', n);
  }
  whenNumberGreaterThanOrEqualTo(n: number) {
    return this.#when('NUMBER_GREATER_THAN_OR_EQUAL_TO', n);
  }
  whenNumberLessThan(n: number) {
    return this.#when('NUMBER_LESS_THAN', n);
  }
  whenNumberLessThanOrEqualTo(n: number) {
    return this.#when('NUMBER_LESS_THAN_OR_EQUAL_TO', n);
  }
  whenTextContains(text: string) {
    return this.#when('TEXT_CONTAINS', text);
  }
  whenTextDoesNotContain(text: string) {
    return this.#when('TEXT_DOES_NOT_CONTAIN', text);
  }
  whenTextEqualTo(text: string) {
    return this.#when('TEXT_EQUAL_TO', text);
  }
  whenTextStartsWith(text: string) {
    return this.#when('TEXT_STARTS_WITH', text);
  }
  whenTextEndsWith(text: string) {
    return this.#when('TEXT_ENDS_WITH', text);
  }
  whenFormulaSatisfied(formula: string) {
    return this.#when('CUSTOM_FORMULA', formula);
  }
  whenDateAfter(date: unknown) {
    return this.#when('DATE_AFTER', date);
  }
  whenDateBefore(date: unknown) {
    return this.#when('DATE_BEFORE', date);
  }
  whenDateEqualTo(date: unknown) {
    return this.#when('DATE_EQUAL_TO', date);
  }
  withCriteria(criteria: string, args: unknown[]) {
    return this.#when(String(criteria), ...args);
  }
  setBackground(color: string | null) {
    return this.#format('background', color);
  }
  setFontColor(color: string | null) {
    return this.#format('fontColor', color);
  }
  setBold(bold: boolean | null) {
    return this.#format('bold', bold);
  }
  setItalic(italic: boolean | null) {
    return this.#format('italic', italic);
  }
  setStrikethrough(strikethrough: boolean | null) {
    return this.#format('strikethrough', strikethrough);
  }
  setUnderline(underline: boolean | null) {
    return this.#format('underline', underline);
  }
  setGradientMinpoint(color: string) {
    return this.#gradient('min', color, 'MIN', '');
  }
  setGradientMaxpoint(color: string) {
    return this.#gradient('max', color, 'MAX', '');
  }
  setGradientMinpointWithValue(color: string, type: string, value: string) {
    return this.#gradient('min', color, type, value);
  }
  setGradientMidpointWithValue(color: string, type: string, value: string) {
    return this.#gradient('mid', color, type, value);
  }
  setGradientMaxpointWithValue(color: string, type: string, value: string) {
    return this.#gradient('max', color, type, value);
  }
  #gradient(point: string, color: string, type: string, value: string) {
    this.#rule.condition = 'GRADIENT';
    this.#rule.format[point] = { color, type: String(type), value };
    return this;
  }
  setRanges(ranges: Range[]) {
    this.#rule.ranges = ranges.map((r) => {
      const { sheet, grid } = Range.model(r);
      return { sheet: sheet.name, a1: rangeA1(grid) };
    });
    return this;
  }
  getRanges(): Range[] {
    return rangesOf(this.#doc, this.#rule);
  }
  copy() {
    return new ConditionalFormatRuleBuilder(this.#doc, structuredClone(this.#rule));
  }
  build(): ConditionalFormatRule {
    if (!this.#rule.condition) throw new Error('A conditional format rule needs a condition.');
    if (this.#rule.ranges.length === 0)
      throw new Error('A conditional format rule needs at least one range.');
    return new ConditionalFormatRule(structuredClone(this.#rule), this.#doc);
  }
}
