import type { Lang } from '../core/lang';
import {
  DASHBOARD_NAME,
  HISTORY,
  KPI_HISTORY,
  KPIS,
  OKRS,
  REVIEW_NAME,
} from '../workbook/layout/tables';
import type { FindingWords } from '../workbook/refresh/findings';
import type { MarkedRole } from '../workbook/sheets/marks';

/** The names the template gives Okapi's sheets, for the sentences that name a lost one. */
function roleNames(lang: Lang): Readonly<Record<MarkedRole, string>> {
  return {
    okrs: OKRS.name[lang],
    kpis: KPIS.name[lang],
    history: HISTORY.name[lang],
    kpiHistory: KPI_HISTORY.name[lang],
    dashboard: DASHBOARD_NAME[lang],
    review: REVIEW_NAME[lang],
  };
}

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
      'The {table} table has lost its {headers} column (deleted?): undo the deletion, or restore the sheet from File ▸ Version history. Okapi writes only in its own columns.',
    missing_columns_other:
      'The {table} table has lost its {headers} columns (deleted?): undo the deletion, or restore the sheet from File ▸ Version history. Okapi writes only in its own columns.',
    no_okr_table: 'No OKR table found: create one with Extensions ▸ Okapi ▸ Create OKR template.',
    no_history:
      'The check-in history sheet is gone, so today’s check-ins were not recorded: restore it from File ▸ Version history.',
    kr_stale: 'Key result {title} has had no check-in for {days} days or more.',
    kr_not_started: 'Key result {title} has no value {days} days into the period: not started?',
    kr_behind:
      'Key result {title} is more than {points} points behind the share of the period elapsed.',
    kr_past_due: 'Key result {title} is past its due date and not reached.',
    objective_not_aligned:
      'Objective {title} names no company objective, where the others do: align it, or leave the column empty for all.',
    header_row_missing:
      'The header row of the {sheet} sheet was not found (deleted, or every header renamed), so Okapi left that sheet alone: restore the header row, or undo the change.',
    typed_over_one:
      'A value was typed over the computed {column} column in row {rows}: it is kept. Clear the cell, or use Restore computed cells in the sidebar, to get the formula back.',
    typed_over_other:
      '{count} values were typed over the computed {column} column, rows {rows}: they are kept. Clear the cells, or use Restore computed cells in the sidebar, to get the formulas back.',
    duplicate_objective:
      'Two objectives are titled {title}: key results roll up to the first one only. Give each objective its own title.',
    objective_renamed_one:
      'Objective {from} was renamed {to}: its key result now names the new title.',
    objective_renamed_other:
      'Objective {from} was renamed {to}: its {count} key results now name the new title.',
    roles: roleNames('en'),
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
      'Le tableau {table} a perdu sa colonne {headers} (supprimée ?) : annulez la suppression, ou rétablissez la feuille depuis Fichier ▸ Historique des versions. Okapi n’écrit que dans ses propres colonnes.',
    missing_columns_other:
      'Le tableau {table} a perdu ses colonnes {headers} (supprimées ?) : annulez la suppression, ou rétablissez la feuille depuis Fichier ▸ Historique des versions. Okapi n’écrit que dans ses propres colonnes.',
    no_history:
      'La feuille d’historique des suivis a disparu : les suivis du jour n’ont pas été enregistrés. Rétablissez-la depuis Fichier ▸ Historique des versions.',
    kr_stale: 'Le résultat clé {title} n’a pas eu de suivi depuis {days} jours ou plus.',
    kr_not_started:
      'Le résultat clé {title} n’a pas de valeur {days} jours après le début de la période : pas démarré ?',
    kr_behind:
      'Le résultat clé {title} a plus de {points} points de retard sur la part de la période écoulée.',
    kr_past_due: 'Le résultat clé {title} a dépassé son échéance sans être atteint.',
    objective_not_aligned:
      'L’objectif {title} ne nomme aucun objectif d’entreprise, quand les autres le font : rattachez-le, ou laissez la colonne vide pour tous.',
    header_row_missing:
      'La ligne d’en-têtes de la feuille {sheet} est introuvable (supprimée, ou tous les en-têtes renommés) : Okapi n’a pas touché à cette feuille. Rétablissez la ligne d’en-têtes, ou annulez la modification.',
    typed_over_one:
      'Une valeur a été saisie par-dessus la colonne calculée {column} à la ligne {rows} : elle est conservée. Videz la cellule, ou utilisez Rétablir les cellules calculées dans la barre latérale, pour retrouver la formule.',
    typed_over_other:
      '{count} valeurs ont été saisies par-dessus la colonne calculée {column}, lignes {rows} : elles sont conservées. Videz les cellules, ou utilisez Rétablir les cellules calculées dans la barre latérale, pour retrouver les formules.',
    duplicate_objective:
      'Deux objectifs s’intitulent {title} : les résultats clés ne se rattachent qu’au premier. Donnez à chaque objectif son propre titre.',
    objective_renamed_one:
      'L’objectif {from} a été renommé {to} : son résultat clé porte désormais le nouveau titre.',
    objective_renamed_other:
      'L’objectif {from} a été renommé {to} : ses {count} résultats clés portent désormais le nouveau titre.',
    roles: roleNames('fr'),
    no_okr_table:
      'Aucun tableau d’OKR trouvé : créez-en un avec Extensions ▸ Okapi ▸ Créer le modèle OKR.',
    at_sheet: ' ({sheet})',
    at_row: ' ({sheet}, ligne {row})',
  },
};
