import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { BundleHandle } from '../../emulation/load';
import { REVIEW_WORDS } from '../../src/content/review-words';
import { krScore } from '../../src/core/kr';
import { finalScore, objectiveGrade } from '../../src/core/review';
import { REVIEW } from '../../src/workbook/cycle/review-sheet';
import { OKRS } from '../../src/workbook/layout/tables';
import {
  focused,
  injected,
  NOTHING_INJECTED,
  picture,
  tabTo,
  useBrowser,
} from '../support/browser';
import { announced } from '../support/form';
import type { SidebarPage } from '../support/harness';
import { checkedInQuarter, KRS, OBJECTIVE, type Quarter } from '../support/quarter';
import { PAYLOADS } from './payloads';

/**
 * The cycle's two views on the real server: dist/sidebar.html as the menu serves it, each
 * google.script.run call one execution of the built bundle in the emulation, on a French
 * workbook (fr_FR) whose quarter was set up and checked in from the sidebar. Keyboard only.
 * Needs `npm run build` and Chromium.
 */

const browser = useBrowser();

const OVERRIDDEN = 'Taux de conversion';
const UNCHECKED = 'Partenaires actifs';
const REASON = PAYLOADS.formula;
const NOTE = `${PAYLOADS.plus} ${PAYLOADS.script} ${PAYLOADS.img}`;

/** The sidebar as a menu item opens it: the HTML the server served, in a French browser. */
async function openFromMenu(q: Quarter, menu: string): Promise<SidebarPage> {
  q.h.run(menu);
  return browser.open(q.server, { html: q.h.ui.sidebars.at(-1)?.content ?? '', locale: 'fr-FR' });
}

/** A sheet's table below its header row, as cells by header (rows with a first cell). */
function table(h: BundleHandle, sheet: string, headerRow: number): Record<string, unknown>[] {
  const [header = [], ...rows] = h.spreadsheet.values(sheet, `A${headerRow}:AZ`);
  return rows
    .filter((r) => r[0] !== '')
    .map((r) => Object.fromEntries(header.map((hd, i) => [String(hd), r[i]])));
}

/** A column's cells, formulas as written (none where text was written as text). */
function formulasUnder(h: BundleHandle, sheet: string, headerRow: number, header: string) {
  const at = (h.spreadsheet.values(sheet, `A${headerRow}:AZ${headerRow}`)[0] ?? []).indexOf(header);
  if (at < 0) throw new Error(`no ${header} in ${sheet}`);
  return h.spreadsheet.formulas(sheet).map((row) => row[at]);
}

const okrHeader = (key: string): string => {
  const column = OKRS.columns.find((c) => c.key === key);
  if (!column) throw new Error(`no column ${key}`);
  return column.header.fr;
};

/** The key results checked in the next-period view, by title ("all" boxes left out). */
const checkedKrs = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement>('#panel-period input:checked')]
      .map((b) => b.labels?.[0]?.textContent ?? '')
      .filter((label) => label !== 'Tous ses résultats clés'),
  );

describe('the cycle on the real server, in French, keyboard only', () => {
  it('closes the quarter with an override, a reason and a note, then starts the next with the KRs chosen', async () => {
    const q = checkedInQuarter('fr_FR');
    const { h, ids } = q;
    const sidebar = await openFromMenu(q, 'okapiClosePeriodMenu');
    expect(h.ui.sidebars.at(-1)?.content).toMatch(/<meta name="okapi-view" content="closing">$/);
    const { page } = sidebar;
    // The view the menu asked for loads alongside the sidebar.
    expect(sidebar.calls.map((c) => c.name).sort()).toEqual([
      'okapiClosingLoad',
      'okapiSidebarLoad',
    ]);
    expect(
      await page.getByRole('tab', { name: 'Fin de période' }).getAttribute('aria-selected'),
    ).toBe('true');
    expect(await page.getByText('2025 T2 · du 2025-04-01 au 2025-06-30').isVisible()).toBe(true);

    await tabTo(page, `INPUT:Score final (0–1):${OVERRIDDEN}`);
    await page.keyboard.type('0,8');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe(`INPUT:Raison:${OVERRIDDEN}`);
    await page.keyboard.type(REASON);
    await tabTo(page, 'TEXTAREA:Note de clôture : ce que nous avons appris:');
    await page.keyboard.type(NOTE);
    await tabTo(page, 'BUTTON:Clôturer la période:');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => announced(page).textContent())
      .toBe('Période clôturée : la revue est dans la feuille « Bilan 2025 T2 ».');
    expect(sidebar.roundTrips('okapiClosePeriod')).toBe(1);
    expect(sidebar.calls.find((c) => c.name === 'okapiClosePeriod')?.args).toEqual([
      {
        krs: [{ krId: ids.get(OVERRIDDEN), override: 0.8, reason: REASON }],
        notes: [{ objectiveId: 'O1', note: NOTE }],
      },
    ]);

    // The Review: the override, the reason and the note as typed, as text; the grade the core's.
    const words = REVIEW_WORDS.fr.headers;
    const review = table(h, 'Bilan 2025 T2', REVIEW.headerRow);
    const computed = KRS.map((k) => krScore('increase', k.last, k.target, k.baseline) as number);
    const finals = KRS.map((k, i) =>
      finalScore(computed[i] ?? null, k.title === OVERRIDDEN ? 0.8 : null),
    );
    const grade = objectiveGrade(finals.map((final) => ({ owner: '', final, weight: 1 })));
    expect(
      review.map((r) => [r[words.id], r[words.keyResult], r[words.computed], r[words.final]]),
    ).toEqual([
      ['O1', '', '', grade],
      ...KRS.map((k, i) => [ids.get(k.title), k.title, computed[i], finals[i]]),
    ]);
    const overridden = review.find((r) => r[words.keyResult] === OVERRIDDEN);
    expect([overridden?.[words.override], overridden?.[words.reason]]).toEqual([0.8, REASON]);
    expect(review.filter((r) => r[words.reason] !== '').length).toBe(1);
    expect(review[0]?.[words.note]).toBe(NOTE);
    for (const header of [words.reason, words.note])
      expect(
        formulasUnder(h, 'Bilan 2025 T2', REVIEW.headerRow, header).filter((f) => f !== ''),
      ).toEqual([]);

    // The page, redrawn from the state the close returned: the same, as text.
    const row = page.getByRole('group', { name: OVERRIDDEN });
    expect(await row.getByLabel('Score final (0–1)').inputValue()).toBe('0,8');
    expect(await row.getByLabel('Raison').inputValue()).toBe(REASON);
    expect(await page.getByLabel('Note de clôture : ce que nous avons appris').inputValue()).toBe(
      NOTE,
    );
    // (0.8 + 0.8 + 1 + 0.25) / 4 = 0.7125: delivered.
    const card = page.getByRole('article', { name: OBJECTIVE });
    expect(await card.locator('.status-chip').textContent()).toBe('0,71');
    expect(await focused(page)).toBe('BUTTON:Clôturer la période:');
    await picture(page, 'cycle-closing');

    // The next period: back to the view's button, then through the boxes.
    await tabTo(page, 'BUTTON:Période suivante:', 'Shift+Tab');
    await page.keyboard.press('Enter');
    const start = page.getByRole('button', { name: 'Démarrer la période suivante', exact: true });
    await start.waitFor();
    expect(await page.getByText('De 2025 T2 à 2025 T3').isVisible()).toBe(true);
    // Not reached: checked; reached (Clients signés, 1.0): not carried unless chosen.
    expect(await checkedKrs(page)).toEqual(
      KRS.map((k) => k.title).filter((t) => t !== 'Clients signés'),
    );
    await tabTo(page, `INPUT:${UNCHECKED}:${OBJECTIVE}`);
    await page.keyboard.press('Space');
    const carried = await checkedKrs(page);
    expect(carried).toEqual(['Leads qualifiés par mois', 'Taux de conversion']);
    await picture(page, 'cycle-next');
    await tabTo(page, 'BUTTON:Démarrer la période suivante:');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => announced(page).textContent())
      .toBe('« OKR 2025 T3 » est prête : 1 objectif, 2 résultats clés reportés.');
    expect(sidebar.calls.find((c) => c.name === 'okapiStartNextPeriod')?.args).toEqual([
      { krIds: carried.map((t) => ids.get(t)) },
    ]);

    // The new OKR sheet: exactly the KRs checked, IDs kept, baseline = last value, Current blank.
    const next = table(h, 'OKR 2025 T3', OKRS.headerRow).filter(
      (r) => r[okrHeader('keyResult')] !== '',
    );
    expect(
      next.map((r) => [
        r[okrHeader('id')],
        r[okrHeader('keyResult')],
        r[okrHeader('baseline')],
        r[okrHeader('current')],
      ]),
    ).toEqual(
      carried.map((title) => [ids.get(title), title, KRS.find((k) => k.title === title)?.last, '']),
    );

    expect(await injected(sidebar)).toEqual(NOTHING_INJECTED);
    await sidebar.close();
  });

  it('closes with the computed grades when nothing is changed, and shows a refusal as the server words it', async () => {
    const q = checkedInQuarter('fr_FR');
    const { h, ids } = q;
    const sidebar = await openFromMenu(q, 'okapiClosePeriodMenu');
    const { page } = sidebar;
    await tabTo(page, 'BUTTON:Clôturer la période:');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => announced(page).textContent())
      .toBe('Période clôturée : la revue est dans la feuille « Bilan 2025 T2 ».');
    // Nothing changed: empty lists, which the server takes as "keep what the review holds".
    expect(sidebar.calls.find((c) => c.name === 'okapiClosePeriod')?.args).toEqual([
      { krs: [], notes: [] },
    ]);
    const words = REVIEW_WORDS.fr.headers;
    const computed = KRS.map((k) => krScore('increase', k.last, k.target, k.baseline) as number);
    const grade = objectiveGrade(computed.map((final) => ({ owner: '', final, weight: 1 })));
    const review = (): Record<string, unknown>[] => table(h, 'Bilan 2025 T2', REVIEW.headerRow);
    expect(review().map((r) => [r[words.override], r[words.final]])).toEqual([
      ['', grade],
      ...computed.map((c) => ['', c]),
    ]);

    // Meanwhile a colleague changes the KR's ID in the sheet: the close is refused, in French,
    // naming the field, and the Review is left as it was.
    const rows = table(h, OKRS.name.fr, OKRS.headerRow);
    const at = rows.findIndex((r) => r[okrHeader('id')] === ids.get(OVERRIDDEN));
    // ID is the first column; no row is blank above the KR's.
    h.spreadsheet.type(OKRS.name.fr, `A${OKRS.headerRow + 1 + at}`, 'KR-X');
    const before = review();
    await tabTo(page, `INPUT:Score final (0–1):${OVERRIDDEN}`, 'Shift+Tab');
    await page.keyboard.type('0,8');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Le salon de juin');
    await tabTo(page, 'BUTTON:Clôturer la période:');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe(
        'La feuille n’a pas été mise à jour : Rien n’a été enregistré : Résultat clé 1 › ID › aucun résultat clé n’a cet ID.',
      );
    expect(review()).toEqual(before);
    expect(sidebar.roundTrips('okapiClosePeriod')).toBe(2);
    expect(sidebar.errors).toEqual([]);
    await sidebar.close();
  });
});
