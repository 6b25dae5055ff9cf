/**
 * Scores are rounded to 10 decimal places so that binary noise never shows
 * ((0.18 − 0.15) / (0.20 − 0.15) is 0.6, not 0.5999999999999999). The template's
 * native formulas apply the same ROUND(…, 10), so both paths give equal numbers.
 */
export const SCORE_DECIMALS = 10;
// Bound once: a global lookup per score is slow where scripts run in a contextified global.
const { round } = Math;
const SCALE = 10 ** SCORE_DECIMALS;

export function roundScore(x: number): number {
  return round(x * SCALE) / SCALE;
}
