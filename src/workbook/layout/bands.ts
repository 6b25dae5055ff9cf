import { GRADE_COLORS, GREEN_FROM, type Grade, YELLOW_FROM } from '../../core/grade';
import { STATUS_LABELS, type Status } from '../../core/kpi';
import { LANGS } from '../../core/lang';
import { fraction } from './formulas';

/**
 * The grade bands as conditional formats: a score is red under 0.4, yellow under 0.7, green
 * from 0.7 (core/grade.ts), and a status takes the colour of its meaning. One custom-formula
 * rule per colour covers both kinds of cell, so a block holding scores and statuses side by
 * side (Progress, Bar, Status) needs three rules, whatever its width. The fill alone carries
 * the band (the default text colour reads well on it), which saves a builder call per rule.
 */

const GRADES: readonly Grade[] = ['green', 'yellow', 'red'];

const STATUS_OF: Record<Grade, Status> = { green: 'on_track', yellow: 'at_risk', red: 'off_track' };

/**
 * The rule's formula for one grade, relative to the top-left cell of the ranges it covers.
 * Blank cells ("") are not numbers and match no status: they stay uncoloured. Status words
 * are matched in every language, so a sheet keeps its colours whatever language wrote it.
 */
export function bandFormula(grade: Grade, topLeft: string): string {
  const c = topLeft;
  const score = {
    green: `${c}>=${fraction(GREEN_FROM)}`,
    yellow: `${c}>=${fraction(YELLOW_FROM)},${c}<${fraction(GREEN_FROM)}`,
    red: `${c}<${fraction(YELLOW_FROM)}`,
  }[grade];
  const words = [...new Set(LANGS.map((l) => STATUS_LABELS[l][STATUS_OF[grade]]))];
  return `=OR(AND(ISNUMBER(${c}),${score}),${words.map((w) => `${c}="${w}"`).join(',')})`;
}

/** Builds band rules with one builder for the whole template (build() takes a snapshot). */
export class BandRules {
  private builder: GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder | undefined;

  /**
   * Sets the three band rules of a new sheet (which has no rules to keep) on one range, whose
   * top-left cell the caller knows: asking the range for it would cost a call.
   */
  apply(
    sheet: GoogleAppsScript.Spreadsheet.Sheet,
    range: GoogleAppsScript.Spreadsheet.Range,
    topLeft: string,
  ): void {
    this.builder ??= SpreadsheetApp.newConditionalFormatRule();
    const b = this.builder.setRanges([range]);
    sheet.setConditionalFormatRules(
      GRADES.map((g) =>
        b.whenFormulaSatisfied(bandFormula(g, topLeft)).setBackground(GRADE_COLORS[g].fill).build(),
      ),
    );
  }
}
