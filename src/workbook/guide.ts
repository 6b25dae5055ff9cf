import { GRADE_COLORS } from '../core/grade';
import type { Lang, Localized } from '../core/lang';
import { Block, writeBlock } from './block';
import { guideLines } from './guide-content';
import { OKRS } from './layout';
import { columnLetter, templateLocation } from './table';
import { HEADER_FILL } from './table-sheet';

/**
 * The Guide sheet: the shared guide (guide-content.ts: how to fill in, scoring legend, method,
 * example OKRs per domain) followed by the custom functions, which only exist in Sheets.
 * Column A holds the lines (wrapped), column B a key result's shape or a function's example.
 */

const L = (en: string, fr: string): Localized => ({ en, fr });

const FUNCTIONS_HEADING = L(
  'Custom functions (type them in any cell of this spreadsheet)',
  'Fonctions personnalisées (à taper dans n’importe quelle cellule de ce classeur)',
);

/**
 * One line per function with an example. Examples are written as people type them: French
 * spreadsheets separate arguments with ";" and write decimals with "," (function names stay
 * English). The ranges point at the OKRs sheet's own columns.
 */
function functionLines(lang: Lang): { readonly text: string; readonly example: string }[] {
  const at = templateLocation(OKRS);
  const first = OKRS.headerRow + 1;
  const col = (key: string): string => columnLetter(at.columns[key] ?? 1);
  const range = (key: string): string => `${col(key)}${first}:${col(key)}${first + 3}`;
  const fr = lang === 'fr';
  const sep = fr ? '; ' : ', ';
  const num = (x: number): string => (fr ? String(x).replace('.', ',') : String(x));
  const call = (name: string, ...args: string[]): string => `=${name}(${args.join(sep)})`;
  const start = `${columnLetter(2)}2`;
  const end = `${columnLetter(4)}2`;
  return [
    {
      text: L(
        'KR_PROGRESS(current, target, [baseline], [kind]): a key result’s score from 0 to 1. Works on a whole column at once.',
        'KR_PROGRESS(current, target, [baseline], [kind]) : le score d’un résultat clé, de 0 à 1. Marche aussi sur une colonne entière.',
      )[lang],
      example: `${call('KR_PROGRESS', num(0.18), num(0.2), num(0.15))} → ${num(0.6)}`,
    },
    {
      text: L(
        'OKR_SCORE(current, target, [baseline], [weight], [kind]): an objective’s score, the weighted mean of its key results.',
        'OKR_SCORE(current, target, [baseline], [weight], [kind]) : le score d’un objectif, moyenne pondérée de ses résultats clés.',
      )[lang],
      example: call(
        'OKR_SCORE',
        range('current'),
        range('target'),
        range('baseline'),
        range('weight'),
      ),
    },
    {
      text: L(
        'KPI_STATUS(actual, target, [direction], [tolerance], [elapsed], [language]): On track, At risk, Off track or No data.',
        'KPI_STATUS(actual, target, [direction], [tolerance], [elapsed], [language]) : En bonne voie, À risque, En retard ou Pas de données.',
      )[lang],
      example: fr
        ? `${call('KPI_STATUS', '45', '50', '"baisse"')} → En bonne voie`
        : `${call('KPI_STATUS', '45', '50', '"lower"')} → On track`,
    },
    {
      text: L(
        'PERIOD_ELAPSED(start, end, [today]): the share of a period elapsed, from 0 to 1.',
        'PERIOD_ELAPSED(start, end, [today]) : la part écoulée d’une période, de 0 à 1.',
      )[lang],
      example: call('PERIOD_ELAPSED', start, end, 'TODAY()'),
    },
  ];
}

export interface GuidePlan {
  readonly block: Block;
  /** The widths of columns A (the lines) and B (shapes and examples); both wrap. */
  readonly widths: readonly [number, number];
}

export function planGuide(lang: Lang): GuidePlan {
  const lines = guideLines(lang);
  const functions = functionLines(lang);
  // A blank row before each heading and domain, then the functions' heading and lines.
  const spaced = lines.filter((l) => l.role === 'heading' || l.role === 'domain').length;
  const block = new Block(lines.length + spaced + 2 + functions.length, 2);
  let row = 1;
  for (const line of lines) {
    if (line.role === 'heading' || line.role === 'domain') row++;
    block.text(row, 1, line.role === 'keyResult' ? `• ${line.text}` : line.text);
    if (line.role === 'title' || line.role === 'heading')
      block.bold(row, 1).fill(row, 1, HEADER_FILL);
    if (line.role === 'domain' || line.role === 'objective') block.bold(row, 1);
    if (line.role === 'band') block.fill(row, 1, GRADE_COLORS[line.grade].fill);
    if (line.role === 'keyResult') block.text(row, 2, line.detail);
    row++;
  }
  row++;
  block.text(row, 1, FUNCTIONS_HEADING[lang]).bold(row, 1).fill(row, 1, HEADER_FILL);
  for (const f of functions) {
    row++;
    block.text(row, 1, f.text).text(row, 2, f.example);
  }
  return { block, widths: [560, 360] };
}

export function writeGuide(sheet: GoogleAppsScript.Spreadsheet.Sheet, plan: GuidePlan): void {
  const { block } = plan;
  const range = sheet.getRange(1, 1, block.rows, block.columns);
  writeBlock(range, block);
  range.setWrap(true);
  plan.widths.forEach((w, i) => {
    sheet.setColumnWidth(i + 1, w);
  });
}
