/**
 * Row IDs: "O<n>" for objectives, "KR<n>" for key results, "K<n>" for KPIs. The histories and
 * the sidebar refer to rows by ID, so an ID is given once and never changed; new ones continue
 * after the highest number in use anywhere in the workbook (several OKR sheets included), so
 * they stay unique even after rows were deleted.
 */
export type IdKind = 'objective' | 'kr' | 'kpi';

const PREFIX: Record<IdKind, string> = { objective: 'O', kr: 'KR', kpi: 'K' };
const PATTERN = /^(O|KR|K)(\d+)$/i;
const KIND_OF_PREFIX = new Map<string, IdKind>([
  ['O', 'objective'],
  ['KR', 'kr'],
  ['K', 'kpi'],
]);

export class IdAllocator {
  // BigInt: a typed "KR99999999999999999999" is past the numbers a double counts exactly, and
  // two new IDs after it would be the same.
  private readonly last: Record<IdKind, bigint> = { objective: 0n, kr: 0n, kpi: 0n };

  /** `existing`: every ID cell's value in the workbook (anything, blanks included). */
  constructor(existing: Iterable<unknown>) {
    for (const v of existing) {
      const m = typeof v === 'string' ? PATTERN.exec(v.trim()) : null;
      if (m === null) continue;
      const kind = KIND_OF_PREFIX.get((m[1] ?? '').toUpperCase());
      if (kind === undefined) continue;
      const n = BigInt(m[2] ?? '0');
      if (n > this.last[kind]) this.last[kind] = n;
    }
  }

  next(kind: IdKind): string {
    this.last[kind] += 1n;
    return `${PREFIX[kind]}${this.last[kind]}`;
  }
}
