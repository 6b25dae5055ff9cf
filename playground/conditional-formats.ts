/**
 * Conditional formats as Sheets applies them, from the rules the script recorded: for each
 * cell a rule covers, the first rule (in the sheet's order) whose condition holds gives its
 * background, font colour, weight and style. A custom formula is written for the range's
 * top-left cell and read in each other cell with its relative references moved.
 */
import { cellA1, parseA1 } from '../emulation/a1';
import type { Inspector } from '../emulation/inspect';
import type { ConditionalRule } from '../emulation/sheet-model';
import { shiftReferences } from './formula-text';

export interface RuleFormat {
  readonly background?: string;
  readonly color?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
}

type Test = (value: unknown, args: readonly unknown[]) => boolean;

const number = (v: unknown): v is number => typeof v === 'number';
const text = (v: unknown): string => String(v).toLowerCase();
const between = (v: unknown, [a, b]: readonly unknown[]): boolean =>
  number(v) && v >= Math.min(Number(a), Number(b)) && v <= Math.max(Number(a), Number(b));

/** The criteria that read only the cell's own value (SpreadsheetApp.BooleanCriteria). */
const TESTS: Readonly<Record<string, Test>> = {
  CELL_EMPTY: (v) => v === '',
  CELL_NOT_EMPTY: (v) => v !== '',
  NUMBER_BETWEEN: between,
  NUMBER_NOT_BETWEEN: (v, args) => number(v) && !between(v, args),
  NUMBER_EQUAL_TO: (v, [a]) => number(v) && v === Number(a),
  NUMBER_NOT_EQUAL_TO: (v, [a]) => number(v) && v !== Number(a),
  NUMBER_GREATER_THAN: (v, [a]) => number(v) && v > Number(a),
  NUMBER_GREATER_THAN_OR_EQUAL_TO: (v, [a]) => number(v) && v >= Number(a),
  NUMBER_LESS_THAN: (v, [a]) => number(v) && v < Number(a),
  NUMBER_LESS_THAN_OR_EQUAL_TO: (v, [a]) => number(v) && v <= Number(a),
  TEXT_CONTAINS: (v, [t]) => text(v).includes(text(t)),
  TEXT_DOES_NOT_CONTAIN: (v, [t]) => !text(v).includes(text(t)),
  TEXT_EQUAL_TO: (v, [t]) => text(v) === text(t),
  TEXT_NOT_EQUAL_TO: (v, [t]) => text(v) !== text(t),
  TEXT_STARTS_WITH: (v, [t]) => text(v).startsWith(text(t)),
  TEXT_ENDS_WITH: (v, [t]) => text(v).endsWith(text(t)),
};

/** The rows and columns a sheet hides (1-based): their cells are not drawn. */
export interface Hidden {
  readonly rows: ReadonlySet<number>;
  readonly columns: ReadonlySet<number>;
}

/**
 * The formats the rules give, by A1, over the rows of `values` (the sheet's block from A1)
 * that show something: Sheets also tests the rows that show nothing, which the template's
 * rules never colour, and each custom formula costs an evaluation (the template's formulas
 * reach row 200 and show "" below the last key result). Hidden cells are left out too, for
 * the same cost: the template's rules cover its hidden helper columns.
 */
export function conditionalFormats(
  inspect: Inspector,
  sheet: string,
  values: readonly (readonly unknown[])[],
  hidden: Hidden,
): Map<string, RuleFormat> {
  const formats = new Map<string, RuleFormat>();
  const lastColumn = values[0]?.length ?? 0;
  for (const rule of inspect.conditionalRules(sheet)) {
    const format = ruleFormat(rule);
    for (const ref of rule.ranges) {
      const range = ref.sheet === sheet ? parseA1(ref.a1, values.length, lastColumn) : undefined;
      if (!range) continue;
      const lastRow = Math.min(range.row + range.numRows - 1, values.length);
      const endColumn = Math.min(range.column + range.numColumns - 1, lastColumn);
      for (let row = range.row; row <= lastRow; row++) {
        if (hidden.rows.has(row) || !values[row - 1]?.some((v) => v !== '')) continue;
        for (let column = range.column; column <= endColumn; column++) {
          const a1 = cellA1(row, column);
          if (hidden.columns.has(column) || formats.has(a1)) continue;
          const value = values[row - 1]?.[column - 1];
          const holds =
            rule.condition === 'CUSTOM_FORMULA'
              ? inspect.evaluate(
                  sheet,
                  shiftReferences(String(rule.values[0]), row - range.row, column - range.column),
                ) === true
              : (TESTS[rule.condition]?.(value, rule.values) ?? false);
          if (holds) formats.set(a1, format);
        }
      }
    }
  }
  return formats;
}

function ruleFormat(rule: ConditionalRule): RuleFormat {
  const { background, fontColor, bold, italic } = rule.format;
  return {
    ...(typeof background === 'string' ? { background } : {}),
    ...(typeof fontColor === 'string' ? { color: fontColor } : {}),
    ...(typeof bold === 'boolean' ? { bold } : {}),
    ...(typeof italic === 'boolean' ? { italic } : {}),
  };
}
