import type { Lang } from '../core/lang';
import type { FindingWords } from '../workbook/refresh/findings';

/** The findings' sentences in each language (the shape is findings.ts's FindingWords). */

export const FINDING_WORDS: Readonly<Record<Lang, FindingWords>> = {
  en: {
    objective_has_number:
      'Objective {title} has a number in it: keep objectives qualitative and put the numbers in their key results.',
    too_few_krs_one: 'Objective {title} has {count} key result: aim for 3 to 5.',
    too_few_krs_other: 'Objective {title} has {count} key results: aim for 3 to 5.',
    too_many_krs: 'Objective {title} has {count} key results: keep the 3 to 5 that tell the most.',
    kr_without_owner: 'Key result {title} has no owner.',
    kr_without_target: 'Key result {title} has no target, so it cannot be scored.',
    kr_invalid: 'Key result {title}: {problem}',
    kr_orphan: 'Key result {title} points to objective {objective}, which is not on the sheet.',
    kr_orphan_none: 'Key result {title} names no objective.',
    duplicate_id:
      'ID {id} is on more than one row: clear one of them and refresh to give it a new ID.',
    missing_columns_one:
      'The {table} table has no {headers} column: restore the header (Okapi finds columns by their header).',
    missing_columns_other:
      'The {table} table has no {headers} columns: restore the headers (Okapi finds columns by their header).',
    no_okr_table: 'No OKR table found: create one with Extensions ▸ Okapi ▸ Create OKR template.',
    at_sheet: ' ({sheet})',
    at_row: ' ({sheet}, row {row})',
  },
  fr: {
    objective_has_number:
      'L’objectif {title} contient un chiffre : gardez l’objectif qualitatif et mettez les chiffres dans ses résultats clés.',
    too_few_krs_one: 'L’objectif {title} a {count} résultat clé : visez 3 à 5.',
    too_few_krs_other: 'L’objectif {title} a {count} résultats clés : visez 3 à 5.',
    too_many_krs: 'L’objectif {title} a {count} résultats clés : gardez les 3 à 5 plus parlants.',
    kr_without_owner: 'Le résultat clé {title} n’a pas de responsable.',
    kr_without_target: 'Le résultat clé {title} n’a pas de cible : il ne peut pas être noté.',
    kr_invalid: 'Résultat clé {title} : {problem}',
    kr_orphan:
      'Le résultat clé {title} renvoie à l’objectif {objective}, qui n’existe pas sur la feuille.',
    kr_orphan_none: 'Le résultat clé {title} ne nomme aucun objectif.',
    duplicate_id:
      'L’ID {id} est sur plusieurs lignes : videz l’une d’elles puis actualisez pour lui en donner un nouveau.',
    missing_columns_one:
      'Le tableau {table} n’a pas la colonne {headers} : rétablissez l’en-tête (Okapi trouve les colonnes par leur en-tête).',
    missing_columns_other:
      'Le tableau {table} n’a pas les colonnes {headers} : rétablissez les en-têtes (Okapi trouve les colonnes par leur en-tête).',
    no_okr_table:
      'Aucun tableau d’OKR trouvé : créez-en un avec Extensions ▸ Okapi ▸ Créer le modèle OKR.',
    at_sheet: ' ({sheet})',
    at_row: ' ({sheet}, ligne {row})',
  },
};
