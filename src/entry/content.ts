import type { Contents } from '../content/contents';

/** The pushed file (content.html) that holds src/workbook/contents.ts's words as JSON. */
export const CONTENT_FILE = 'content';

let read: Contents | undefined;

/** Reads content.html at most once per execution, and only when an entry point needs it. */
export function readContents(): Contents {
  read ??= JSON.parse(HtmlService.createHtmlOutputFromFile(CONTENT_FILE).getContent()) as Contents;
  return read;
}
