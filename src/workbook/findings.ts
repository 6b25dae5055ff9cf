import type { Lang } from '../core/lang';
import { problemMessage } from '../core/messages';
import type { Problem } from '../core/problem';

/**
 * What a refresh found worth a person's attention (PRODUCT.md §4), as data for the sidebar and
 * as sentences for the menu's dialog. The planner states the facts and where they are; the
 * words are added once the sheet names are known (they cost a service call each).
 */
export type FindingFacts =
  | { readonly code: 'objective_has_number'; readonly title: string }
  | { readonly code: 'too_few_krs' | 'too_many_krs'; readonly title: string; readonly count: number }
  | { readonly code: 'kr_without_owner' | 'kr_without_target'; readonly title: string }
  | { readonly code: 'kr_invalid'; readonly title: string; readonly problem: Problem }
  /** A KR naming an objective no row of its sheet holds ('' when it names none). */
  | { readonly code: 'kr_orphan'; readonly title: string; readonly objective: string }
  | { readonly code: 'duplicate_id'; readonly id: string }
  /** Headers (or banner labels) the refresh needs and did not find, in the table's language. */
  | { readonly code: 'missing_columns'; readonly table: string; readonly headers: readonly string[] }
  | { readonly code: 'no_okr_table' };

export type FindingCode = FindingFacts['code'];

/** Where a finding is: a sheet (by index until its name is read), a row, the IDs involved. */
export interface FindingPlace {
  readonly sheet: number | null;
  readonly row: number | null;
  readonly objectiveId: string | null;
  readonly krId: string | null;
}

export type PlannedFinding = FindingFacts & FindingPlace;

/** A finding as the sidebar and the dialog get it. */
export type Finding = FindingFacts & {
  /** The sentence, in the user's language, location included. */
  readonly message: string;
  readonly sheet: string | null;
  readonly row: number | null;
  readonly objectiveId: string | null;
  readonly krId: string | null;
};

const q = (text: string): string => `“${text.length > 60 ? `${text.slice(0, 57)}…` : text}”`;

function sentence(f: FindingFacts, lang: Lang): string {
  if (lang === 'fr') {
    switch (f.code) {
      case 'objective_has_number':
        return `L’objectif ${q(f.title)} contient un chiffre : gardez l’objectif qualitatif et mettez les chiffres dans ses résultats clés.`;
      case 'too_few_krs':
        return `L’objectif ${q(f.title)} a ${f.count} résultat${f.count > 1 ? 's' : ''} clé${f.count > 1 ? 's' : ''} : visez 3 à 5.`;
      case 'too_many_krs':
        return `L’objectif ${q(f.title)} a ${f.count} résultats clés : gardez les 3 à 5 plus parlants.`;
      case 'kr_without_owner':
        return `Le résultat clé ${q(f.title)} n’a pas de responsable.`;
      case 'kr_without_target':
        return `Le résultat clé ${q(f.title)} n’a pas de cible : il ne peut pas être noté.`;
      case 'kr_invalid':
        return `Résultat clé ${q(f.title)} : ${problemMessage(f.problem, lang)}`;
      case 'kr_orphan':
        return f.objective === ''
          ? `Le résultat clé ${q(f.title)} ne nomme aucun objectif.`
          : `Le résultat clé ${q(f.title)} renvoie à l’objectif ${q(f.objective)}, qui n’existe pas sur la feuille.`;
      case 'duplicate_id':
        return `L’ID ${f.id} est sur plusieurs lignes : videz l’une d’elles puis actualisez pour lui en donner un nouveau.`;
      case 'missing_columns':
        return `Le tableau ${f.table} n’a pas ${f.headers.length > 1 ? 'les colonnes' : 'la colonne'} ${f.headers.map(q).join(', ')} : rétablissez l’en-tête (Okapi trouve les colonnes par leur en-tête).`;
      case 'no_okr_table':
        return 'Aucun tableau d’OKR trouvé : créez-en un avec Extensions ▸ Okapi ▸ Créer le modèle OKR.';
    }
  }
  switch (f.code) {
    case 'objective_has_number':
      return `Objective ${q(f.title)} has a number in it: keep objectives qualitative and put the numbers in their key results.`;
    case 'too_few_krs':
      return `Objective ${q(f.title)} has ${f.count} key result${f.count === 1 ? '' : 's'}: aim for 3 to 5.`;
    case 'too_many_krs':
      return `Objective ${q(f.title)} has ${f.count} key results: keep the 3 to 5 that tell the most.`;
    case 'kr_without_owner':
      return `Key result ${q(f.title)} has no owner.`;
    case 'kr_without_target':
      return `Key result ${q(f.title)} has no target, so it cannot be scored.`;
    case 'kr_invalid':
      return `Key result ${q(f.title)}: ${problemMessage(f.problem, lang)}`;
    case 'kr_orphan':
      return f.objective === ''
        ? `Key result ${q(f.title)} names no objective.`
        : `Key result ${q(f.title)} points to objective ${q(f.objective)}, which is not on the sheet.`;
    case 'duplicate_id':
      return `ID ${f.id} is on more than one row: clear one of them and refresh to give it a new ID.`;
    case 'missing_columns':
      return `The ${f.table} table has no ${f.headers.map(q).join(', ')} column${f.headers.length > 1 ? 's' : ''}: restore the header (Okapi finds columns by their header).`;
    case 'no_okr_table':
      return 'No OKR table found: create one with Extensions ▸ Okapi ▸ Create OKR template.';
  }
}

function where(sheet: string | null, row: number | null, lang: Lang): string {
  if (sheet === null) return '';
  if (row === null) return ` (${sheet})`;
  return lang === 'fr' ? ` (${sheet}, ligne ${row})` : ` (${sheet}, row ${row})`;
}

/** Puts a planned finding into words, with its sheet's name. */
export function describeFinding(f: PlannedFinding, sheetName: string | null, lang: Lang): Finding {
  return { ...f, sheet: sheetName, message: sentence(f, lang) + where(sheetName, f.row, lang) };
}
