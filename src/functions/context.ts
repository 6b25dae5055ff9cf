import type { Lang } from '../core/lang';
import { langOfLocale } from '../core/lang';
import { problemMessage, problemShort } from '../core/messages';
import { type NumberStyle, numberStyleOf } from '../core/number';
import type { Problem } from '../core/problem';

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

  /** Throws the problem the way Sheets shows a custom function's error: named and explained. */
  fail(problem: Problem, row?: number): never {
    const where = row === undefined ? '' : ` row ${row}:`;
    throw new Error(`${this.fn}:${where} ${problemMessage(problem, this.lang())}`);
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
