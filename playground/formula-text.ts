/**
 * Reading a formula's text for what the page draws but no cell holds: a SPARKLINE's options,
 * a conditional rule's formula moved to each cell it covers, the cell a result takes its
 * number format from. Formulas are in English with "," separators, as the emulation keeps them.
 */
import { columnToLetters, lettersToColumn, splitSheet } from '../emulation/a1';
import { outsideStrings } from '../emulation/formula-refs';

/** A cell reference (sheet prefix aside), not part of a name or a function such as LOG10(. */
const CELL_REF = /(?<![\w.$])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![\w(!])/g;
const QUALIFIED_REF =
  /(?<![\w.$])((?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?\$?[A-Za-z]{1,3}\$?\d+(?![\w(!])/;

/**
 * The formula as it reads in a cell `rows` below and `columns` right of where it was written:
 * relative references move, `$` parts stay, as Sheets applies a rule's formula to each cell.
 */
export function shiftReferences(formula: string, rows: number, columns: number): string {
  return outsideStrings(formula, (code) =>
    code.replace(
      CELL_REF,
      (_m, columnLock: string, letters: string, rowLock: string, digits: string) =>
        columnLock +
        (columnLock ? letters : columnToLetters(lettersToColumn(letters) + columns)) +
        rowLock +
        (rowLock ? digits : String(Number(digits) + rows)),
    ),
  );
}

/** The first cell the formula reads ("OKRs!M5" for OKRs!$M$5:$M), with its sheet if named. */
export function firstReference(formula: string): { sheet?: string; a1: string } | undefined {
  const match = QUALIFIED_REF.exec(blankStrings(formula));
  if (!match) return undefined;
  const { sheet, local } = splitSheet(match[0].replace(/\$/g, ''));
  return sheet === undefined ? { a1: local } : { sheet, a1: local };
}

/** The text of each argument of the first call to `name` (any case), or undefined. */
export function callArguments(formula: string, name: string): string[] | undefined {
  const masked = blankStrings(formula).toUpperCase();
  const start = new RegExp(`(?<![\\w.])${name.toUpperCase()}\\(`).exec(masked);
  if (!start) return undefined;
  const args: string[] = [];
  let depth = 0;
  let from = start.index + start[0].length;
  for (let i = from; i < masked.length; i++) {
    const ch = masked[i];
    if (ch === '(' || ch === '{') depth++;
    else if ((ch === ')' || ch === '}') && depth > 0) depth--;
    else if ((ch === ',' || ch === ')') && depth === 0) {
      args.push(formula.slice(from, i).trim());
      if (ch === ')') return args;
      from = i + 1;
    }
  }
  return undefined;
}

/** The formula with its string literals blanked (same length): scans skip their text. */
function blankStrings(formula: string): string {
  return formula.replace(/"(?:[^"]|"")*"/g, (literal) => ' '.repeat(literal.length));
}
