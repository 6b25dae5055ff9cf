/**
 * Row IDs of the OKR sheet: "O<n>" for objectives, "KR<n>" for key results. The history and the
 * sidebar refer to rows by ID, so an ID is given once and never changed; new ones continue
 * after the highest number in use anywhere in the workbook (several OKR sheets included), so
 * they stay unique even after rows were deleted.
 */
export type IdKind = 'objective' | 'kr';

const PREFIX: Record<IdKind, string> = { objective: 'O', kr: 'KR' };
const PATTERN = /^(O|KR)(\d+)$/i;

export class IdAllocator {
  private readonly last: Record<IdKind, number> = { objective: 0, kr: 0 };

  /** `existing`: every ID cell's value in the workbook (anything, blanks included). */
  constructor(existing: Iterable<unknown>) {
    for (const v of existing) {
      const m = typeof v === 'string' ? PATTERN.exec(v.trim()) : null;
      if (m === null) continue;
      const kind: IdKind = (m[1] ?? '').toUpperCase() === 'O' ? 'objective' : 'kr';
      this.last[kind] = Math.max(this.last[kind], Number(m[2]));
    }
  }

  next(kind: IdKind): string {
    this.last[kind] += 1;
    return `${PREFIX[kind]}${this.last[kind]}`;
  }
}
