/** The page's own words (Sheets' chrome), in the user's language. */

export interface Labels {
  readonly menus: readonly string[];
  readonly extensions: string;
  readonly help: string;
  readonly addOns: string;
  readonly appsScript: string;
  readonly nameBox: string;
  readonly formulaBar: string;
  readonly sheets: string;
  readonly running: string;
  readonly ok: string;
  readonly answered: string;
  readonly close: string;
  readonly closeSidebar: string;
  readonly failed: string;
  /** The control that starts the document again. */
  readonly reset: string;
  readonly cancel: string;
  /** Sheets' warning before an edit of a range protected with a warning only. */
  readonly protectedTitle: string;
  readonly protectedMessage: string;
}

const EN: Labels = {
  menus: ['File', 'Edit', 'View', 'Insert', 'Format', 'Data', 'Tools'],
  extensions: 'Extensions',
  help: 'Help',
  addOns: 'Add-ons',
  appsScript: 'Apps Script',
  nameBox: 'Name box',
  formulaBar: 'Formula bar',
  sheets: 'Sheets',
  running: 'Running script',
  ok: 'OK',
  answered: 'The script was answered:',
  close: 'Close',
  closeSidebar: 'Close sidebar',
  failed: 'Script error',
  reset: 'Reset',
  cancel: 'Cancel',
  protectedTitle: 'Heads up!',
  protectedMessage:
    "You are trying to edit part of this sheet that shouldn't be changed accidentally. Edit anyway?",
};

const FR: Labels = {
  menus: ['Fichier', 'Édition', 'Affichage', 'Insertion', 'Format', 'Données', 'Outils'],
  extensions: 'Extensions',
  help: 'Aide',
  addOns: 'Modules complémentaires',
  appsScript: 'Apps Script',
  nameBox: 'Zone de nom',
  formulaBar: 'Barre de formule',
  sheets: 'Feuilles',
  running: 'Exécution du script',
  ok: 'OK',
  answered: 'Réponse donnée au script :',
  close: 'Fermer',
  closeSidebar: 'Fermer la barre latérale',
  failed: 'Erreur de script',
  reset: 'Réinitialiser',
  cancel: 'Annuler',
  protectedTitle: 'Attention !',
  protectedMessage:
    'Vous essayez de modifier une partie de cette feuille qui ne doit pas être modifiée par erreur. Modifier quand même ?',
};

export function labelsFor(userLocale: string): Labels {
  return userLocale.startsWith('fr') ? FR : EN;
}
