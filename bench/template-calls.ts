import { loadBundle } from '../emulation/load';

/**
 * Service calls of one "Create OKR template" from the menu (locale read, lock, every sheet,
 * the toast), counted by the emulation on the built bundle (dist/, `npm run build` first).
 * Counts, not timings: the same on every machine.
 */
export function templateCalls(locale = 'en_US'): {
  total: number;
  byMethod: Record<string, number>;
} {
  const h = loadBundle({ locale, now: new Date('2025-02-15T10:00:00Z'), timeZone: 'Europe/Paris' });
  h.calls.reset();
  h.run('okapiCreateTemplate');
  return { total: h.calls.total, byMethod: h.calls.byMethod() };
}

/**
 * Calls that build a rule or a chart in the script (SpreadsheetApp.new…, Sheet.newChart and
 * the builders' methods): Apps Script runs them without a round trip to the document.
 */
export function isBuilderCall(method: string): boolean {
  return /Builder\./.test(method) || /^(SpreadsheetApp\.new|Sheet\.newChart$)/.test(method);
}

/** The template's calls that reach the document, builder calls left out. */
export function templateDocumentCalls(locale = 'en_US'): number {
  const { byMethod } = templateCalls(locale);
  return Object.entries(byMethod)
    .filter(([m]) => !isBuilderCall(m))
    .reduce((sum, [, n]) => sum + n, 0);
}
