import { loadBundle } from '../../emulation/load';

/**
 * Service calls of one "Create OKR template" from the menu (locale read, lock, the content
 * read, every sheet), counted by the emulation on the built bundle (dist/, `npm run build`
 * first). Counts, not timings: the same on every machine. Two counts, reported apart:
 * - templateCalls(): the calls that reach the document (or another service: the lock, the
 *   content file), the ones that cost round trips. The bar is about these.
 * - templateBuilderCalls(): calls that configure a rule or a chart in the script
 *   (SpreadsheetApp.new…, Sheet.newChart and the builders' methods); Apps Script runs them
 *   without touching the document.
 */
function countCalls(locale: string): Record<string, number> {
  const h = loadBundle({ locale, now: new Date('2025-02-15T10:00:00Z'), timeZone: 'Europe/Paris' });
  h.calls.reset();
  h.run('okapiCreateTemplate');
  return h.calls.byMethod();
}

function isBuilderCall(method: string): boolean {
  return /Builder\./.test(method) || /^(SpreadsheetApp\.new|Sheet\.newChart$)/.test(method);
}

function sum(byMethod: Record<string, number>, builder: boolean): number {
  return Object.entries(byMethod)
    .filter(([m]) => isBuilderCall(m) === builder)
    .reduce((total, [, n]) => total + n, 0);
}

/** The template's calls that reach the document, builder calls left out, by method. */
export function templateCallsByMethod(locale = 'en_US'): Record<string, number> {
  return Object.fromEntries(Object.entries(countCalls(locale)).filter(([m]) => !isBuilderCall(m)));
}

/** The template's calls that reach the document (builder calls left out). */
export function templateCalls(locale = 'en_US'): number {
  return sum(countCalls(locale), false);
}

/** The template's builder calls: local configuration of rules and the chart. */
export function templateBuilderCalls(locale = 'en_US'): number {
  return sum(countCalls(locale), true);
}
