import type { Lang, Localized } from '../core/lang';
import { columnLetter, templateLocation } from '../workbook/layout/columns';
import { OKRS, type OkrColumn } from '../workbook/layout/tables';

/**
 * The Guide's last section: the custom functions, which only exist in Sheets (the .xlsx
 * export leaves it out). Examples are written as people type them: French spreadsheets
 * separate arguments with ";" and write decimals with "," (function names stay English). The
 * ranges point at the OKRs sheet's own columns.
 */
const L = (en: string, fr: string): Localized => ({ en, fr });

const HEADING = L(
  'Custom functions (type them in any cell of this spreadsheet)',
  'Fonctions personnalisées (à taper dans n’importe quelle cellule de ce classeur)',
);

export interface FunctionLine {
  readonly text: string;
  readonly example: string;
}

export function functionsGuide(lang: Lang): {
  readonly heading: string;
  readonly functions: readonly FunctionLine[];
} {
  const at = templateLocation(OKRS);
  const first = OKRS.headerRow + 1;
  const col = (key: OkrColumn): string => columnLetter(at.columns[key] ?? 1);
  const range = (key: OkrColumn): string => `${col(key)}${first}:${col(key)}${first + 3}`;
  const fr = lang === 'fr';
  const sep = fr ? '; ' : ', ';
  const num = (x: number): string => (fr ? String(x).replace('.', ',') : String(x));
  const call = (name: string, ...args: string[]): string => `=${name}(${args.join(sep)})`;
  const start = `${columnLetter(2)}2`;
  const end = `${columnLetter(4)}2`;
  const functions = [
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
  return { heading: HEADING[lang], functions };
}
