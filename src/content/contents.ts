import type { Lang } from '../core/lang';
import type { ReviewWords } from '../workbook/cycle/review-sheet';
import type { FindingWords } from '../workbook/refresh/findings';
import type { TemplateContents } from '../workbook/template/content';
import { DIALOG_TEXT, type DialogText } from './dialog-text';
import { FINDING_WORDS } from './finding-words';
import { REVIEW_WORDS } from './review-words';
import { templateContents } from './template-content';

/**
 * Everything Okapi says that no custom function needs: the template's words, the menu's dialogs
 * and the findings' sentences. Every custom-function execution loads all the pushed .js, so
 * these are not bundled: the build writes contents() as JSON to dist/content.html and the
 * entry points read it on demand (src/entry/content.ts). Bundled code imports only the types.
 */
export interface Contents {
  readonly template: TemplateContents;
  readonly dialogs: Readonly<Record<Lang, DialogText>>;
  readonly findings: Readonly<Record<Lang, FindingWords>>;
  readonly review: Readonly<Record<Lang, ReviewWords>>;
}

export function contents(): Contents {
  return {
    template: templateContents(),
    dialogs: DIALOG_TEXT,
    findings: FINDING_WORDS,
    review: REVIEW_WORDS,
  };
}
