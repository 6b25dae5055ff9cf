import type { Lang, Localized } from '../../core/lang';

/** What a write says when another Okapi write holds the document lock past the wait. */
export const BUSY_TEXT: Localized = {
  en: 'Another Okapi refresh or template is still writing to this spreadsheet. Try again in a minute.',
  fr: 'Une autre actualisation ou création de modèle Okapi écrit encore dans ce classeur. Réessayez dans une minute.',
};

/** How long a write waits for another Okapi write (a refresh, a template, a save) to finish. */
const LOCK_WAIT_MS = 30_000;

/**
 * Runs `write` under the document lock, so two Okapi writes never interleave (docs/workbook.md#refresh),
 * and flushes before releasing it: everything written reaches the document before another
 * execution may take the lock. Throws a readable Error, in `lang`, when the lock cannot be had.
 */
export function withDocumentLock<T>(lang: Lang, write: () => T): T {
  const lock = LockService.getDocumentLock();
  try {
    lock.waitLock(LOCK_WAIT_MS);
  } catch {
    throw new Error(BUSY_TEXT[lang]);
  }
  try {
    return write();
  } finally {
    SpreadsheetApp.flush();
    lock.releaseLock();
  }
}
