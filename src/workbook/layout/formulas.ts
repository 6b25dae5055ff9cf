import { GREEN_FROM, YELLOW_FROM } from '../../core/grade';
import { DONE_WORDS, KIND_WORDS, KR_KINDS, wordKey } from '../../core/kind';
import { DEFAULT_TOLERANCE, DIRECTION_WORDS, STATUS_LABELS } from '../../core/kpi';
import { fold, type Lang } from '../../core/lang';
import { SCORE_DECIMALS } from '../../core/round';

/**
 * The template's native formulas: the same rules as the core (kr.ts, objective.ts, kpi.ts,
 * period.ts), written so that Sheets, Excel and LibreOffice compute equal numbers without
 * the add-on. Tests evaluate them with a spreadsheet engine and compare with the core.
 *
 * Formulas are written in the API's syntax (English names, "," separators) and hold no
 * decimal literal: 0.7 is written 7/10, so no locale can misread it.
 */

/** Where a formula runs: Sheets has SPARKLINE; an .xlsx file gets a portable text bar. */
export type FormulaTarget = 'sheets' | 'xlsx';

/** A fraction as a formula without a decimal literal ("7/10" for 0.7). */
export function fraction(x: number): string {
  for (let d = 1; d <= 1000; d *= 10) {
    const n = Math.round(x * d);
    if (Math.abs(n / d - x) < 1e-12) return d === 1 ? String(n) : `${n}/${d}`;
  }
  throw new Error(`fraction(${x}): not a short decimal`);
}

/** `cell` equals one of the words, ignoring case (the KPI's direction words). */
function isOneOf(cell: string, words: readonly string[]): string {
  const unique = [...new Set(words.map((w) => w.toLowerCase()))];
  return `OR(${unique.map((w) => `LOWER(${cell})="${w}"`).join(',')})`;
}

/** What kindKeyFormula gives for a word that names no kind. */
export const UNKNOWN_KIND = '?';

/** A typed word's key in a formula: LOWER(TRIM(…)), which core's wordKey computes the same. */
const wordKeyOf = (cell: string): string => `LOWER(TRIM(${cell}))`;

/**
 * Words as one text, each between bars ("|auto|up|…|"), and where in it each word's key is
 * found: FIND is exact (case and accents counted, no wildcards) in every engine, where MATCH
 * reads * ? ~ as patterns and some engines ignore accents in it. A key holding a bar could span
 * two words, so such a key is no word.
 */
const BAR = '|';
const barList = (keys: readonly string[]): string => `${BAR}${keys.join(BAR)}${BAR}`;
const findIn = (key: string, list: string): string =>
  `IF(ISNUMBER(FIND("${BAR}",${key})),0,IFERROR(FIND("${BAR}"&${key}&"${BAR}","${list.replace(/"/g, '""')}"),0))`;

/**
 * The name a cell's word stands for in a vocabulary (the core's words for each name, compared
 * by wordKey): `blank` for a blank cell, the name for a word of the vocabulary, "?" for any
 * other text. The words are listed name after name: where the word is found says the name.
 */
export function vocabularyFormula<T extends string>(
  cell: string,
  names: readonly T[],
  words: Readonly<Record<T, readonly string[]>>,
  blank: string,
): string {
  const segments = names.map((k) => barList(words[k].map(wordKey)).slice(0, -1));
  const list = `${segments.join('')}${BAR}`;
  const starts = segments.map((_, i) => segments.slice(0, i).join('').length + 1);
  const at = findIn(wordKeyOf(cell), list);
  return (
    `IF(TRIM(${cell})="","${blank}",IF(${at}=0,"${UNKNOWN_KIND}",` +
    `CHOOSE(MATCH(${at},{${starts.join(',')}},1),${names.map((k) => `"${k}"`).join(',')})))`
  );
}

/**
 * The kind a row's Kind cell names, by the vocabulary (core: parseKind): "auto" for a blank,
 * the kind's code for a word of the vocabulary, "?" for any other text; blank on rows with no
 * key result. The template's hidden Kind key column holds it, so each KR's score formula reads
 * one short cell instead of repeating the vocabulary.
 */
export function kindKeyFormula(keyResult: string, kind: string): string {
  return `IF(${keyResult}="","",${vocabularyFormula(kind, KR_KINDS, KIND_WORDS, 'auto')})`;
}

/** The cells a KR's score reads, as A1 references in the formula's row. */
export interface KrRefs {
  readonly keyResult: string;
  /** The row's Kind key (kindKeyFormula), not the typed Kind. */
  readonly kindKey: string;
  readonly baseline: string;
  readonly target: string;
  readonly current: string;
}

/**
 * A KR's score (core: scoreKrRow + krScore). Blank on rows with no key result, and on rows with
 * no target unless a milestone; a milestone scores 1 when done (TRUE, a number of 1 or more, a
 * done word of the vocabulary) and 0 otherwise, blank included; 0 when not measured; #N/A
 * where the core reports a problem (an unknown kind, target = baseline, the wrong side).
 */
export function krScoreFormula(r: KrRefs): string {
  const { kindKey: k } = r;
  const c = r.current;
  // As the core reads numbers: TRUE as 1, a number typed as text read as a number, any other
  // text an error (so an "at least" KR with "done" in Current is refused, as KR_PROGRESS does).
  const num = (x: string): string => `IF(ISTEXT(${x}),VALUE(${x}),N(${x}))`;
  const t = num(r.target);
  const b = num(r.baseline);
  const n = num(c);
  const doneWord = `IF(${findIn(wordKeyOf(c), barList(DONE_WORDS.map(wordKey)))}>0,1,0)`;
  const done = `IF(ISNUMBER(${c}),IF(${c}>=1,1,0),IF(${c}=TRUE(),1,IF(ISTEXT(${c}),${doneWord},0)))`;
  const linear = `ROUND(MIN(1,MAX(0,(${n}-${b})/(${t}-${b}))),${SCORE_DECIMALS})`;
  return (
    `IF(${r.keyResult}="","",` +
    `IF(${k}="milestone",${done},` +
    `IF(${r.target}="","",` +
    `IF(${k}="${UNKNOWN_KIND}",NA(),` +
    `IF(${k}="at_least",IF(${c}="",0,IF(${n}>=${t},1,0)),` +
    `IF(${k}="at_most",IF(${c}="",0,IF(${n}<=${t},1,0)),` +
    `IF(${t}=${b},NA(),` +
    `IF(AND(${k}="increase",${t}<${b}),NA(),` +
    `IF(AND(${k}="decrease",${t}>${b}),NA(),` +
    `IF(${c}="",0,${linear}))))))))))`
  );
}

/** A KR's weight in its objective (core: readWeight): blank is 1, negative is an error. */
export function weightFormula(weight: string): string {
  return `IF(${weight}="",1,IF(${weight}<0,NA(),${weight}))`;
}

/**
 * score × weight on KR rows that have a score, blank elsewhere (SUMIFS skips blanks). A KR
 * in error passes its error on, so the objective's roll-up fails as OKR_SCORE does rather
 * than quietly averaging the other KRs.
 */
export function weightedScoreFormula(score: string, weight: string): string {
  return `IF(${score}="","",${score}*${weightFormula(weight)})`;
}

/** The weight counted for the mean on KR rows that have a score (errors passed on). */
export function countedWeightFormula(score: string, weight: string): string {
  return `IF(${score}="","",${weightFormula(weight)})`;
}

/** The cells and columns an objective's roll-up reads. */
export interface RollupRefs {
  readonly objective: string;
  readonly keyResult: string;
  /** Whole data ranges of the objective, key result, weighted score and counted weight columns. */
  readonly objectiveRange: string;
  readonly keyResultRange: string;
  readonly weightedRange: string;
  readonly countedRange: string;
}

/**
 * The Progress column (core: krScore on KR rows, WeightedMean on objective rows): a KR row
 * shows its score; an objective row (no key result) the weighted mean of its KRs' scores.
 */
export function progressFormula(score: string, r: RollupRefs): string {
  const counted = `SUMIFS(${r.countedRange},${r.objectiveRange},${r.objective},${r.keyResultRange},"<>")`;
  const weighted = `SUMIFS(${r.weightedRange},${r.objectiveRange},${r.objective},${r.keyResultRange},"<>")`;
  // KRs scored at all (a counted weight, 0 included): every one weighing 0 is refused, as
  // OKR_SCORE refuses it; none scored yet is blank.
  const scored = `COUNTIFS(${r.countedRange},">=0",${r.objectiveRange},${r.objective},${r.keyResultRange},"<>")`;
  return (
    `IF(${r.keyResult}<>"",${score},IF(${r.objective}="","",` +
    `IF(${counted}=0,IF(${scored}>0,NA(),""),ROUND(${weighted}/${counted},${SCORE_DECIMALS}))))`
  );
}

/** The share of the period elapsed (core: elapsedShare), from the period's two date cells. */
export function elapsedFormula(start: string, end: string): string {
  return (
    `IF(OR(${start}="",${end}=""),"",IF(${end}<=${start},NA(),` +
    `ROUND(MIN(1,MAX(0,(TODAY()-${start})/(${end}-${start}))),${SCORE_DECIMALS})))`
  );
}

/**
 * The default tolerance as a formula factor. The parentheses matter: x*(1/10) multiplies by
 * the same double as the core's x * 0.1, where x*1/10 divides, which rounds differently and
 * moves the At risk boundary by one unit in the last place.
 */
function tolerance(): string {
  return `(${fraction(DEFAULT_TOLERANCE)})`;
}

/**
 * Status by pace for a progress 0–1 (core: kpiStatus(progress, 1, 'higher', tolerance, elapsed)):
 * on track at or above the elapsed share, at risk within the tolerance below it.
 */
export function paceStatusFormula(progress: string, elapsed: string, lang: Lang): string {
  const s = STATUS_LABELS[lang];
  const tol = tolerance();
  return (
    `IF(${progress}="","",IF(${elapsed}="","${s.no_data}",` +
    `IF(OR(${progress}>=1,${progress}>=${elapsed}),"${s.on_track}",` +
    `IF(${progress}>=${elapsed}-ABS(${elapsed})*${tol},"${s.at_risk}","${s.off_track}"))))`
  );
}

/** The cells a KPI's status reads. */
export interface KpiRefs {
  readonly actual: string;
  readonly target: string;
  readonly direction: string;
  /**
   * The share of the KPI's period elapsed (the register's periodElapsedFormula), for a status
   * by pace; blank reads as 1. Without it the status is against the target as it stands.
   */
  readonly elapsed?: string;
}

/**
 * A KPI's status (core: kpiStatusRow with the default tolerance, and elapsed 1 unless an
 * elapsed cell is given). The direction cell may hold any word the core reads (blank or
 * unknown reads as higher is better). With an elapsed cell the pace is target × elapsed
 * (core: kpiStatus): higher is better is on track at or above the target or the pace, lower is
 * better at or under the pace. Without one, the text is the one sheets already hold, which the
 * template compares by text.
 */
/**
 * Whether a Direction cell says lower is better (core: readDirection): every word the core
 * reads so, folded or not, so that a typed "down" or "<=" is never inverted.
 */
export function lowerIsBetterFormula(direction: string): string {
  return isOneOf(
    `TRIM(${direction})`,
    DIRECTION_WORDS.lower.flatMap((w) => [w, fold(w)]),
  );
}

export function kpiStatusFormula(r: KpiRefs, lang: Lang): string {
  const s = STATUS_LABELS[lang];
  const { actual: a, target: t, elapsed: e } = r;
  const tol = tolerance();
  const lower = lowerIsBetterFormula(r.direction);
  // target × elapsed is the core's product, the same double; at elapsed 1 the pace is the
  // target, so "at or above the target or the pace" is "at or above the target".
  const pace = e === undefined ? t : `(${t}*IF(${e}="",1,${e}))`;
  const higherMet = e === undefined ? `${a}>=${t}` : `OR(${a}>=${t},${a}>=${pace})`;
  return (
    `IF(AND(${a}="",${t}=""),"",IF(${a}="","${s.no_data}",IF(${t}="",NA(),` +
    `IF(${lower},` +
    `IF(${a}<=${pace},"${s.on_track}",IF(${a}<=${pace}+ABS(${pace})*${tol},"${s.at_risk}","${s.off_track}")),` +
    `IF(${higherMet},"${s.on_track}",IF(${a}>=${pace}-ABS(${pace})*${tol},"${s.at_risk}","${s.off_track}"))))))`
  );
}

/**
 * A KPI's trend over its last periods (cells oldest first): a line SPARKLINE in Sheets; in
 * .xlsx, one block character a period, its height by the value's place between the smallest
 * and the largest (a space for a period without one).
 */
export function trendFormula(cells: readonly string[], target: FormulaTarget): string {
  const range = `${cells[0]}:${cells[cells.length - 1]}`;
  if (target === 'sheets')
    return `IF(COUNT(${range})<2,"",SPARKLINE(${range},{"charttype","line"}))`;
  const [low, high] = [`MIN(${range})`, `MAX(${range})`];
  const step = (c: string): string =>
    `IF(ISNUMBER(${c}),MID("▁▂▃▄▅▆▇█",1+IF(${high}=${low},0,ROUND(7*(${c}-${low})/(${high}-${low}),0)),1)," ")`;
  return `IF(COUNT(${range})<2,"",${cells.map(step).join('&')})`;
}

/** The progress bar: SPARKLINE in Sheets, coloured by grade; a text bar in .xlsx. */
export function barFormula(progress: string, target: FormulaTarget): string {
  if (target === 'xlsx') return `IF(ISNUMBER(${progress}),REPT("█",ROUND(${progress}*10,0)),"")`;
  const colour = `IF(${progress}>=${fraction(GREEN_FROM)},"#0f9d58",IF(${progress}>=${fraction(YELLOW_FROM)},"#f4b400","#db4437"))`;
  return `IF(ISNUMBER(${progress}),SPARKLINE(${progress},{"charttype","bar";"max",1;"color1",${colour}}),"")`;
}
