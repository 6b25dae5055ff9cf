import type { Lang } from './lang';

/**
 * Google's grading bands for OKR scores: 0.0–0.3 red, 0.4–0.6 yellow, 0.7–1.0 green.
 * 0.7 is the sweet spot of an ambitious OKR. The template's conditional formats use the same
 * two thresholds.
 */
export const YELLOW_FROM = 0.4;
export const GREEN_FROM = 0.7;

export type Grade = 'red' | 'yellow' | 'green';

export function gradeOf(score: number): Grade {
  if (score >= GREEN_FROM) return 'green';
  return score >= YELLOW_FROM ? 'yellow' : 'red';
}

/** Colours shared by the template's bands, the dashboard and the sidebar. */
export const GRADE_COLORS: Record<Grade, { readonly fill: string; readonly text: string }> = {
  red: { fill: '#f4c7c3', text: '#a50e0e' },
  yellow: { fill: '#fce8b2', text: '#7a4f01' },
  green: { fill: '#b7e1cd', text: '#0d652d' },
};

export const GRADE_LABELS: Record<Lang, Record<Grade, string>> = {
  en: {
    red: '0.0–0.3: missed — the OKR was likely unrealistic',
    yellow: '0.4–0.6: progress made, short of the goal',
    green: '0.7–1.0: delivered (0.7 is the sweet spot; always 1.0 means aim higher)',
  },
  fr: {
    red: "0,0–0,3 : manqué — l'OKR était sans doute irréaliste",
    yellow: "0,4–0,6 : des progrès, sans atteindre l'objectif",
    green: '0,7–1,0 : réussi (0,7 est idéal ; toujours 1,0 : visez plus haut)',
  },
};
