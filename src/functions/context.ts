import type { Lang } from '../core/lang';
import { langOfLocale } from '../core/lang';
import { callError, problemShort } from '../core/messages';
import { type NumberStyle, numberStyleOf } from '../core/number';
import type { Place, Problem } from '../core/problem';

/**
 * One execution of a custom function. The spreadsheet's locale is read lazily, at most once,
 * and only when something needs it (text to parse as a number, words to show): a column of
 * plain numbers costs no service call at all.
 */
export class CallContext {
  private locale: string | undefined;
  private numberStyle: NumberStyle | undefined;
  private language: Lang | undefined;

  constructor(
    readonly fn: string,
    private readonly readLocale: () => string,
  ) {}

  /** Bound so that it can be handed around as the lazy number-style getter. */
  readonly style = (): NumberStyle => {
    this.numberStyle ??= numberStyleOf(this.localeName());
    return this.numberStyle;
  };

  lang(): Lang {
    this.language ??= langOfLocale(this.localeName());
    return this.language;
  }

  /**
   * Throws the problem the way Sheets shows a custom function's error: named, placed in the
   * ranges when one row or column is at fault, and explained.
   */
  fail(problem: Problem, place?: Place): never {
    throw new Error(callError(this.fn, problem, this.lang(), place));
  }

  /** The short text one bad row shows in a range result. */
  short(problem: Problem): string {
    return problemShort(problem, this.lang());
  }

  private localeName(): string {
    if (this.locale === undefined) {
      try {
        this.locale = this.readLocale();
      } catch {
        // No readable spreadsheet (a test harness, a revoked grant): English is the safe default.
        this.locale = 'en_US';
      }
    }
    return this.locale;
  }
}
