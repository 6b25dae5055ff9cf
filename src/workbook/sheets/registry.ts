import { LANGS, type Lang } from '../../core/lang';
import type { SheetKey } from '../layout/tables';

/**
 * Where Okapi's sheets are, kept in the document properties so that a refresh opens the sheets
 * it needs by ID instead of reading every sheet of the workbook to find them by their headers
 * (two data calls per sheet). It is only a hint: the refresh still finds each table's columns
 * by header (people move them) and checks the table is the one expected; it scans the whole
 * workbook again, and writes the registry anew, when the hint is missing or no longer true (a
 * sheet deleted or added, a workbook imported from .xlsx, properties cleared).
 */
const REGISTRY_KEY = 'okapi.tables';

/** The sheets a refresh reads (docs/workbook.md#refresh); Actions and the Guide need nothing from it. */
export type RefreshedKey = Extract<SheetKey, 'okrs' | 'kpis' | 'history' | 'dashboard'>;
const REFRESHED: readonly RefreshedKey[] = ['okrs', 'kpis', 'history', 'dashboard'];

export function isRefreshed(key: SheetKey): key is RefreshedKey {
  return (REFRESHED as readonly SheetKey[]).includes(key);
}

/** One remembered sheet: its ID, what it holds and in which language. */
export interface SheetRole {
  readonly id: number;
  readonly key: RefreshedKey;
  readonly lang: Lang;
}

export interface Registry {
  /**
   * How many sheets the workbook had when the registry was written: a different number means
   * a sheet came or went (a table built by hand, a duplicated sheet), so the refresh scans.
   */
  readonly sheets: number;
  /** In tab order: the first OKR table gets the first new IDs, the first history the snapshots. */
  readonly roles: readonly SheetRole[];
  /** Digest of the dashboards' trend block as last written (dashboard-trend.ts); none: write it. */
  readonly trend?: string;
}

/** The stored registry, or null when there is none or it is not one (hand-edited, older). */
function parseRegistry(text: string | null): Registry | null {
  if (text === null) return null;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const { sheets, roles, trend } = data as Record<string, unknown>;
  if (typeof sheets !== 'number' || !Array.isArray(roles)) return null;
  if (trend !== undefined && typeof trend !== 'string') return null;
  const valid = roles.every((r: unknown) => {
    const { id, key, lang } = (r ?? {}) as Record<string, unknown>;
    return (
      typeof id === 'number' && REFRESHED.some((k) => k === key) && LANGS.some((l) => l === lang)
    );
  });
  return valid
    ? { sheets, roles: roles as SheetRole[], ...(trend === undefined ? {} : { trend }) }
    : null;
}

function serialiseRegistry(registry: Registry): string {
  return JSON.stringify(registry);
}

/**
 * What "Create OKR template" leaves for the next refresh: the names of the sheets it made, under
 * a key of its own (the OKR sheet's name is unique in the workbook), so that it costs two calls
 * (no registry read, no sheet ID asked) and two templates never overwrite each other's note.
 * The refresh turns these into registry entries by ID (names change; IDs do not).
 */
const TEMPLATE_PREFIX = 'okapi.template.';

interface TemplateNote {
  readonly lang: Lang;
  /** Sheet names by role, in tab order. */
  readonly names: readonly { readonly key: RefreshedKey; readonly name: string }[];
}

export function rememberTemplate(
  created: readonly { readonly key: SheetKey; readonly name: string }[],
  lang: Lang,
): void {
  const names = created.flatMap(({ key, name }) => (isRefreshed(key) ? [{ key, name }] : []));
  const note: TemplateNote = { lang, names };
  const okrs = names.find((n) => n.key === 'okrs')?.name ?? '';
  PropertiesService.getDocumentProperties().setProperty(
    `${TEMPLATE_PREFIX}${okrs}`,
    JSON.stringify(note),
  );
}

/** The document properties Okapi keeps: the registry and the templates' notes. */
export interface StoredRegistry {
  readonly registry: Registry | null;
  /** Sheets templates made since the registry was written: [name, role] in tab order. */
  readonly pending: readonly {
    readonly name: string;
    readonly key: RefreshedKey;
    readonly lang: Lang;
  }[];
}

export function parseStored(properties: Readonly<Record<string, string>>): StoredRegistry {
  const pending = Object.entries(properties).flatMap(([k, text]) => {
    if (!k.startsWith(TEMPLATE_PREFIX)) return [];
    try {
      const note = JSON.parse(text) as Partial<TemplateNote>;
      const lang = LANGS.find((l) => l === note.lang);
      if (lang === undefined || !Array.isArray(note.names)) return [];
      return note.names.flatMap((n: { key?: unknown; name?: unknown }) =>
        typeof n.name === 'string' && REFRESHED.some((r) => r === n.key)
          ? [{ name: n.name, key: n.key as RefreshedKey, lang }]
          : [],
      );
    } catch {
      return [];
    }
  });
  return { registry: parseRegistry(properties[REGISTRY_KEY] ?? null), pending };
}

/** The properties to store: the registry alone (templates' notes, once read, are dropped). */
export function storedProperties(registry: Registry): Record<string, string> {
  return { [REGISTRY_KEY]: serialiseRegistry(registry) };
}
