import type { Lang } from '../core/lang';
import { BUSY_TEXT } from './refresh-text';

/** How long a write waits for another Okapi write (a refresh, a template, a save) to finish. */
const LOCK_WAIT_MS = 30_000;

/**
 * Runs `write` under the document lock, so two Okapi writes never interleave (PRODUCT.md §6),
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
