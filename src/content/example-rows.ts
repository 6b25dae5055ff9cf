import { KIND_LABELS } from '../core/kind';
import type { Lang } from '../core/lang';
import { NUMBER_FORMATS, type OkrColumn } from '../workbook/layout/tables';
import type { PrefillCell, PrefillRow } from '../workbook/template/table-sheet';
import { EXAMPLES } from './examples';

/**
 * The example OKRs as rows of the OKRs sheet, laid out as layout.ts says: the objective's own
 * row (Key result blank), then one row per key result naming its objective. Percent units
 * hold fractions, shown with the percent format.
 */
export function exampleOkrRows(lang: Lang): PrefillRow[] {
  const rows: PrefillRow[] = [];
  for (const okr of EXAMPLES) {
    const objective = { text: okr.objective[lang] };
    rows.push({ objective });
    for (const kr of okr.krs) {
      const unit = kr.unit[lang];
      const format = unit === '%' ? NUMBER_FORMATS.percent : undefined;
      const amount = (v: number | boolean | null): PrefillCell | undefined =>
        v === null ? undefined : format === undefined ? { value: v } : { value: v, format };
      const row: Partial<Record<OkrColumn, PrefillCell>> = {
        objective,
        keyResult: { text: kr.title[lang] },
        kind: { text: KIND_LABELS[lang][kr.kind] },
        unit: { text: unit },
      };
      for (const key of ['baseline', 'target', 'current'] as const) {
        const cell = amount(kr[key]);
        if (cell) row[key] = cell;
      }
      rows.push(row);
    }
  }
  return rows;
}
