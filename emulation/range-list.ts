import { SERVICE } from './calls';
import type { Range } from './range';

/**
 * Sheet.getRangeList's RangeList: ranges of one sheet changed in one call. Only what Okapi
 * uses is emulated (a number format set on every range, and the ranges themselves); any other
 * method fails as "Not emulated", so a new use is noticed.
 */
export class RangeList {
  readonly [SERVICE] = 'RangeList';
  readonly #ranges: readonly Range[];

  constructor(ranges: readonly Range[]) {
    this.#ranges = ranges;
  }

  getRanges(): Range[] {
    return [...this.#ranges];
  }

  /** One call in the script however many ranges: each range's own setter, uncounted here. */
  setNumberFormat(format: string): RangeList {
    for (const r of this.#ranges) r.setNumberFormat(format);
    return this;
  }
}
