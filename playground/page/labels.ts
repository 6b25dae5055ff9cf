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
  readonly charts: string;
  /** The control that starts the document again. */
  readonly reset: string;
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
  charts: 'chart(s) on this sheet (not drawn by the playground)',
  reset: 'Reset',
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
  charts: 'graphique(s) sur cette feuille (non dessinés par le terrain de jeu)',
  reset: 'Réinitialiser',
};

export function labelsFor(userLocale: string): Labels {
  return userLocale.startsWith('fr') ? FR : EN;
}
