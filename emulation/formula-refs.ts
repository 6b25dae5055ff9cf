/**
 * Open-ended ranges. Sheets accepts "H5:H" (rows 5 to the end) and "A:A"; HyperFormula parses
 * neither "H5:H" nor gives custom functions a Sheets-shaped "A:A". The emulation hands HF the
 * bounded equivalent ("H5:H1000" on a 1000-row sheet, exactly what Sheets passes) and turns it
 * back into the open form when a script reads the formula.
 */

/** Rewrites the parts of a formula outside string literals. */
export function outsideStrings(formula: string, rewrite: (code: string) => string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : rewrite(part)))
    .join('');
}

const SHEET = String.raw`(?:'(?:[^']|'')+'|[A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*)!`;
const OPEN_RANGE = new RegExp(
  String.raw`(^|[^\w.$'!])(${SHEET})?(\$?[A-Za-z]{1,3})(\$?\d+)?:(\$?[A-Za-z]{1,3})(?![\w$(!.])`,
  'g',
);
const BOUNDED_RANGE = new RegExp(
  String.raw`(^|[^\w.$'!])(${SHEET})?(\$?[A-Za-z]{1,3})(\$?\d+):(\$?[A-Za-z]{1,3})\$?(\d+)(?![\w$(!.])`,
  'g',
);

function sheetOf(prefix: string | undefined): string | undefined {
  if (!prefix) return undefined;
  const name = prefix.slice(0, -1);
  return name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

/**
 * The end of an open range (":H" not followed by a row), anywhere in the text. A formula
 * without one, which is most of them, skips the split and rewrite below: a refresh writes
 * tens of thousands of formulas at once.
 */
const AFTER_RANGE = /[\w$(!.]/;
const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * Whether the text has an open end (":H" or ":$H" not followed by a row): a scan from colon to
 * colon, for the same match as /:\$?[A-Za-z]{1,3}(?![\w$(!.])/ without running a regex over
 * every character of 75,000 formulas (a fresh process pays the regex's warm-up on each).
 */
function hasOpenEnd(text: string): boolean {
  for (let at = text.indexOf(':'); at !== -1; at = text.indexOf(':', at + 1)) {
    let i = at + 1;
    if (text[i] === '$') i++;
    const start = i;
    while (i - start < 3 && isLetter(text.charCodeAt(i))) i++;
    if (i === start) continue;
    // Greedy like the regex, then backtracking to fewer letters cannot help: a letter follows.
    if (!AFTER_RANGE.test(text[i] ?? '')) return true;
  }
  return false;
}

/** The formula HF should evaluate, and whether it had open-ended ranges. */
export function boundOpenRanges(
  formula: string,
  lastRowOf: (sheet: string | undefined) => number,
): { text: string; openEnded: boolean } {
  if (!hasOpenEnd(formula)) return { text: formula, openEnded: false };
  let openEnded = false;
  const text = outsideStrings(formula, (code) =>
    code.replace(
      OPEN_RANGE,
      (
        _m,
        pre: string,
        sheet: string | undefined,
        c1: string,
        r1: string | undefined,
        c2: string,
      ) => {
        openEnded = true;
        // The bound is absolute so filling the formula down moves its start, not its end.
        return `${pre}${sheet ?? ''}${c1}${r1 ?? '1'}:${c2}$${lastRowOf(sheetOf(sheet))}`;
      },
    ),
  );
  return { text, openEnded };
}

/** The open form of a bounded formula: ranges ending on a sheet's last row lose their end row. */
export function reopenRanges(
  formula: string,
  isLastRow: (sheet: string | undefined, row: number) => boolean,
): string {
  return outsideStrings(formula, (code) =>
    code.replace(
      BOUNDED_RANGE,
      (
        m,
        pre: string,
        sheet: string | undefined,
        c1: string,
        r1: string,
        c2: string,
        r2: string,
      ) => {
        if (!isLastRow(sheetOf(sheet), Number(r2))) return m;
        const start = r1.replace('$', '') === '1' ? c1 : `${c1}${r1}`;
        return `${pre}${sheet ?? ''}${start}:${c2}`;
      },
    ),
  );
}
