import { LANGS, type Lang } from '../core/lang';
import type { GuideRow, TemplateContent, TemplateContents } from '../workbook/template/content';
import { dashboardContent } from './dashboard-plan';
import { exampleOkrRows } from './example-rows';
import { guideLines } from './guide-content';
import { functionsGuide } from './guide-functions';
import {
  COLUMN_HELP,
  DASHBOARD_LABELS,
  DROPDOWN_LISTS,
  KIND_HELP,
  TABLE_TITLES,
} from './template-words';

/** About what a default-width screen shows of a line overflowing from column A. */
const GUIDE_LINE = 100;

export function templateContents(): TemplateContents {
  return Object.fromEntries(LANGS.map((l) => [l, templateContent(l)])) as Record<
    Lang,
    TemplateContent
  >;
}

function templateContent(lang: Lang): TemplateContent {
  /** Picks one language's words out of a record of localized words (or word lists). */
  const pick = <K extends string, T>(words: Partial<Record<K, Readonly<Record<Lang, T>>>>) =>
    Object.fromEntries(
      Object.entries<Readonly<Record<Lang, T>> | undefined>(words).flatMap(([k, w]) =>
        w === undefined ? [] : [[k, w[lang]]],
      ),
    ) as Record<K, T>;
  return {
    guide: guideRows(lang),
    titles: pick(TABLE_TITLES),
    notes: Object.fromEntries(
      Object.entries(COLUMN_HELP).map(([sheet, help]) => [sheet, pick(help)]),
    ),
    dashboard: dashboardContent(lang, pick(DASHBOARD_LABELS)),
    lists: pick(DROPDOWN_LISTS),
    strictLists: { kinds: KIND_HELP[lang] },
    examples: exampleOkrRows(lang),
  };
}

/** The shared guide (guide-content.ts) then the custom functions, laid out as rows. */
function guideRows(lang: Lang): GuideRow[] {
  const rows: GuideRow[] = [];
  const add = (text: string, look?: GuideRow['look']): void => {
    for (const line of breakLine(text))
      rows.push(look === undefined ? { text: line } : { text: line, look });
  };
  for (const line of guideLines(lang)) {
    if (line.role === 'heading' || line.role === 'domain') rows.push({ text: '' });
    if (line.role === 'title' || line.role === 'heading') add(line.text, 'banner');
    else if (line.role === 'domain') add(line.text, 'section');
    else if (line.role === 'band') add(line.text, line.grade);
    else if (line.role === 'keyResult') add(`    • ${line.text} — ${line.detail}`);
    else add(line.text);
  }
  const { heading, functions } = functionsGuide(lang);
  rows.push({ text: '' });
  add(heading, 'banner');
  for (const f of functions) {
    add(f.text);
    add(f.example);
  }
  return rows;
}

/**
 * Splits a line at spaces into lines of at most GUIDE_LINE characters (a longer word stays
 * whole); continuation lines are indented under the text of the first, after its bullet.
 */
export function breakLine(text: string): string[] {
  const lead = /^\s*(• )?/.exec(text)?.[0] ?? '';
  const indent = ' '.repeat(lead.length);
  const lines: string[] = [];
  let line = lead;
  for (const word of text.slice(lead.length).split(' ')) {
    const started = line.length > indent.length;
    if (started && line.length + 1 + word.length > GUIDE_LINE) {
      lines.push(line);
      line = `${indent}${word}`;
    } else line += started ? ` ${word}` : word;
  }
  lines.push(line);
  return lines;
}
