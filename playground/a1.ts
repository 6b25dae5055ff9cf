import { lettersToColumn } from '../emulation/a1';

/**
 * The Name box's reading of a cell address. Column letters themselves come from the
 * emulation's A1 module, the one the playground shares with the sheets it draws.
 */

/** "h5" → { row: 5, column: 8 }; undefined when the text names no single cell. */
export function parseCell(text: string): { row: number; column: number } | undefined {
  const match = /^\s*\$?([A-Za-z]{1,3})\$?([1-9]\d{0,6})\s*$/.exec(text);
  if (!match) return undefined;
  const [, letters = '', digits = ''] = match;
  return { row: Number(digits), column: lettersToColumn(letters) };
}
