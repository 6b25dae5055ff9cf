import { LANGS, type Lang } from '../../core/lang';
import { type MarkedRole, markedRole } from './marks';

/**
 * Workbooks made before Okapi marked its sheets kept, in the document properties, a registry
 * of Okapi's sheets by ID and a note per template of the sheets it made, by name. They are
 * read once, to adopt those sheets (find their columns by header and mark them), and then
 * dropped: after that the marks alone say what is Okapi's. A workbook without them holds
 * nothing of Okapi's, whatever its headers look like.
 */
const REGISTRY_KEY = 'okapi.tables';
const TEMPLATE_PREFIX = 'okapi.template.';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface LegacySheet {
  readonly sheet: Sheet;
  readonly role: MarkedRole;
  readonly lang: Lang;
}

/** The property keys of the legacy registry and notes: removed once adopted. */
export function legacyKeys(properties: Readonly<Record<string, string>>): string[] {
  return Object.keys(properties).filter((k) => k === REGISTRY_KEY || k.startsWith(TEMPLATE_PREFIX));
}

/** The sheets the legacy properties name that still exist, each once, in tab order. */
export function legacySheets(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  properties: Readonly<Record<string, string>>,
): LegacySheet[] {
  const found = new Map<number, LegacySheet>();
  const add = (sheet: Sheet | null, role: unknown, lang: unknown): void => {
    const language = LANGS.find((l) => l === lang);
    const known = markedRole(role);
    if (sheet === null || known === undefined || language === undefined) return;
    const id = sheet.getSheetId();
    if (!found.has(id)) found.set(id, { sheet, role: known, lang: language });
  };
  for (const [key, text] of Object.entries(properties)) {
    const data = parse(text);
    if (key === REGISTRY_KEY)
      for (const r of list(data, 'roles'))
        if (typeof r.id === 'number') add(ss.getSheetById(r.id), r.key, r.lang);
    if (key.startsWith(TEMPLATE_PREFIX))
      for (const n of list(data, 'names'))
        if (typeof n.name === 'string') add(ss.getSheetByName(n.name), n.key, data?.lang);
  }
  return [...found.values()].sort((a, b) => a.sheet.getIndex() - b.sheet.getIndex());
}

type Loose = Readonly<Record<string, unknown>>;

function parse(text: string): Loose | null {
  try {
    const data: unknown = JSON.parse(text);
    return typeof data === 'object' && data !== null ? (data as Loose) : null;
  } catch {
    return null;
  }
}

function list(data: Loose | null, key: string): Loose[] {
  const items = data?.[key];
  return Array.isArray(items)
    ? items.filter((x): x is Loose => typeof x === 'object' && x !== null)
    : [];
}
