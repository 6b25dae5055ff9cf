/**
 * Everything that can be wrong with an input, as data. The math returns a Problem instead of
 * throwing, so a range call can show one bad row's message and still compute the others;
 * messages.ts turns a Problem into words in the user's language.
 */
export type ArgName =
  | 'current'
  | 'target'
  | 'baseline'
  | 'kind'
  | 'weight'
  | 'actual'
  | 'direction'
  | 'tolerance'
  | 'elapsed'
  | 'language'
  | 'start'
  | 'end'
  | 'today';

export type Problem =
  | { readonly code: 'not_a_number'; readonly arg: ArgName; readonly text: string }
  | { readonly code: 'is_date'; readonly arg: ArgName }
  | { readonly code: 'not_finite'; readonly arg: ArgName }
  | { readonly code: 'unknown_kind'; readonly text: string }
  | { readonly code: 'unknown_direction'; readonly text: string }
  | { readonly code: 'unknown_language'; readonly text: string }
  | { readonly code: 'target_equals_baseline' }
  | { readonly code: 'wrong_side'; readonly kind: 'increase' | 'decrease' }
  | { readonly code: 'negative_weight' }
  | { readonly code: 'zero_weights' }
  | { readonly code: 'not_a_fraction'; readonly arg: 'tolerance' | 'elapsed' }
  | { readonly code: 'missing'; readonly arg: ArgName }
  | { readonly code: 'empty_period' }
  | {
      readonly code: 'size_mismatch';
      readonly arg: ArgName;
      readonly rows: number;
      readonly cols: number;
      readonly expectedRows: number;
      readonly expectedCols: number;
    }
  | { readonly code: 'needs_single_value'; readonly arg: ArgName };

/**
 * Where a problem lies in a call's ranges, 1-based within them. A range of one column names its
 * rows only, one of one row its columns only; a 2-D range names both.
 */
export interface Place {
  readonly row?: number;
  readonly column?: number;
}

/** Marks a value as a Problem; results are `T | Problem`, and T is never an object. */
export function isProblem(x: unknown): x is Problem {
  return typeof x === 'object' && x !== null && 'code' in x;
}
