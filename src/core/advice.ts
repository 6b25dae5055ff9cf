/**
 * The method's rules of thumb for writing an OKR (docs/method.md#advice): shown as advice while a
 * person types in the sidebar, and reported by the refresh. They never block anything.
 */

/** A team's objective carries 3 to 5 key results. */
export const MIN_KRS = 3;
export const MAX_KRS = 5;

/** An objective is qualitative: any digit (in any script) means a number slipped into it. */
export function hasNumber(text: string): boolean {
  return /\p{Nd}/u.test(text);
}

/** Where a count of key results stands against the 3-to-5 rule. */
export function krCountAdvice(count: number): 'too_few' | 'ok' | 'too_many' {
  if (count < MIN_KRS) return 'too_few';
  return count > MAX_KRS ? 'too_many' : 'ok';
}
