import { GRADE_COLORS } from '../../core/grade';
import { Block, writeBlock } from '../sheets/block';
import type { GuideRow } from './content';

/**
 * The Guide sheet: its rows come ready from the template's content (template-content.ts:
 * how to fill in, the scoring legend, the method, example OKRs per domain, the custom
 * functions); this module only colours them. A coloured row is filled across GUIDE_COLUMNS,
 * under the text that overflows from column A, so the fills alone carry the structure: one
 * setBackgrounds, no fonts, no wrapping, no widths.
 */

/** Banners (title, headings) and sections (domains); the .xlsx export fills headers so too. */
export const HEADER_FILL = '#e8eaed';
const SECTION_FILL = '#f8f9fa';

/** How far right a coloured row is filled: about the width of the longest lines. */
const GUIDE_COLUMNS = 6;

export function planGuide(rows: readonly GuideRow[]): Block {
  const block = new Block(rows.length, GUIDE_COLUMNS);
  rows.forEach((r, i) => {
    block.text(i + 1, 1, r.text);
    const fill =
      r.look === undefined
        ? undefined
        : r.look === 'banner'
          ? HEADER_FILL
          : r.look === 'section'
            ? SECTION_FILL
            : GRADE_COLORS[r.look].fill;
    if (fill !== undefined) for (let c = 1; c <= GUIDE_COLUMNS; c++) block.fill(i + 1, c, fill);
  });
  return block;
}

export function writeGuide(sheet: GoogleAppsScript.Spreadsheet.Sheet, block: Block): void {
  writeBlock(sheet.getRange(1, 1, block.rows, block.columns), block);
}
