import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { NewKr, SaveBatch } from '../../src/contract/sidebar';
import { focused, tabTo, useBrowser } from '../support/browser';
import { FakeSidebarServer } from '../support/fake-server';
import { sampleState } from '../support/fixtures';
import { announced, kr } from '../support/form';

/**
 * A key result whose Current comes from a KPI of the register: chosen in the New objective
 * form with the summary over the KR's period, and sent on that KR of the one save.
 * Needs `npm run build` (dist/sidebar.html) and Chromium (scripts/ensure-system-packages.sh).
 */

const browser = useBrowser();

/** The KPI choices on screen (hidden ones are no combobox to a person). */
const kpiChoices = (page: Page, label = 'Current from a KPI') =>
  page.getByRole('combobox', { name: label, exact: true });

describe('a key result fed by a KPI', () => {
  it('takes its Current from a KPI chosen with the keyboard alone, in French', async () => {
    const { sidebar, page, server } = await browser.fake(sampleState('fr'), { locale: 'fr-FR' });
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowRight');
    expect(await focused(page)).toBe('BUTTON:Nouvel objectif:');
    await tabTo(page, 'INPUT:Objectif:');
    await page.keyboard.type('Devenir la référence de notre marché');
    await tabTo(page, 'INPUT:Intitulé:Résultat clé 1');
    await page.keyboard.type('Doubler les visites organiques');

    const legend = 'Résultat clé 1';
    const first = page.getByRole('group', { name: legend });
    const choice = first.getByRole('combobox', { name: 'Valeur actuelle tirée d’un KPI' });
    const summary = first.getByRole('combobox', { name: 'Synthèse sur la période' });
    await tabTo(page, `SELECT:Valeur actuelle tirée d’un KPI:${legend}`);
    expect(await choice.locator('option').allTextContents()).toEqual([
      '— aucun —',
      'Newsletter open rate',
      'Organic visits',
      'Cost per lead (€)',
    ]);
    expect(await summary.count()).toBe(0);
    // A KPI of no known frequency is read as it last stands; a monthly one adds up.
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    expect(await summary.inputValue()).toBe('last');
    await page.keyboard.press('ArrowUp');
    expect(await summary.inputValue()).toBe('sum');
    expect(await summary.locator('option').allTextContents()).toEqual([
      'dernière valeur',
      'somme',
      'moyenne',
    ]);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe(`SELECT:Synthèse sur la période:${legend}`);
    await page.keyboard.press('ArrowDown');
    await tabTo(page, 'BUTTON:Créer l’objectif:');
    await page.keyboard.press('Enter');

    await expect
      .poll(() => announced(page).textContent())
      .toBe('Objectif créé : Devenir la référence de notre marché');
    expect(sidebar.roundTrips('okapiSidebarSave')).toBe(1);
    expect(server.batches).toHaveLength(1);
    expect(server.batches[0]?.objectives[0]?.krs).toEqual([
      {
        title: 'Doubler les visites organiques',
        owner: '',
        unit: '',
        weight: null,
        kpi: { kpiId: 'K2', summary: 'average' },
        kind: 'auto',
        baseline: null,
        target: null,
      },
    ]);
    await sidebar.close();
  });

  it('offers no KPI when the register has none', async () => {
    const { sidebar, page, server } = await browser.fake({ ...sampleState(), kpis: [] });
    await page.getByRole('tab', { name: 'New objective' }).click();
    expect(await page.getByRole('group', { name: /^Key result/ }).count()).toBe(3);
    expect(await kpiChoices(page).count()).toBe(0);
    await page.getByLabel('Objective', { exact: true }).fill('Be known for our advice');
    await kr(page, 1).getByLabel('Title', { exact: true }).fill('Publish twelve guides');
    await page.getByRole('button', { name: 'Create objective' }).click();
    await expect.poll(() => server.batches.length).toBe(1);
    expect(server.batches[0]?.objectives[0]?.krs[0]).not.toHaveProperty('kpi');
    await sidebar.close();
  });

  it('offers no KPI to a milestone, and sends none chosen before', async () => {
    const { sidebar, page, server } = await browser.fake();
    await page.getByRole('tab', { name: 'New objective' }).click();
    expect(await kpiChoices(page).count()).toBe(3);
    expect(await kpiChoices(page, 'Summarised as').count()).toBe(0);
    const first = kr(page, 1);
    await first.getByLabel('Title', { exact: true }).fill('Launch the partner programme');
    await first.getByLabel('Current from a KPI').selectOption({ label: 'Organic visits' });
    expect(await first.getByLabel('Summarised as').inputValue()).toBe('sum');
    await first.getByLabel('Kind', { exact: true }).selectOption({ label: 'milestone' });
    expect(await first.getByRole('combobox', { name: 'Current from a KPI' }).count()).toBe(0);
    expect(await kpiChoices(page).count()).toBe(2);
    await page.getByLabel('Objective', { exact: true }).fill('Open a new sales channel');
    await page.getByRole('button', { name: 'Create objective' }).click();
    await expect.poll(() => server.batches.length).toBe(1);
    expect(server.batches[0]?.objectives[0]?.krs).toEqual([
      {
        title: 'Launch the partner programme',
        owner: '',
        unit: '',
        weight: null,
        kind: 'milestone',
      },
    ]);
    await sidebar.close();
  });

  it('is refused by the fake server unless it names a KPI of the register and a summary', () => {
    const server = new FakeSidebarServer(sampleState());
    const save = (kpi: unknown): unknown => {
      const kr = { title: 'Grow visits', owner: '', unit: '', weight: null, kind: 'auto', kpi };
      const objective = { title: 'Be found', parent: '', owner: '', period: 'quarter' as const };
      const batch: SaveBatch = { objectives: [{ ...objective, krs: [kr as NewKr] }], checkIns: [] };
      return server.handle('okapiSidebarSave', [batch]);
    };
    expect(() => save({ kpiId: 'K9', summary: 'sum' })).toThrow(
      'Nothing was saved: Key result 1 › KPI › no KPI has this ID.',
    );
    expect(() => save({ kpiId: 'K2', summary: 'median' })).toThrow(
      'Nothing was saved: Key result 1 › KPI › Summary › must be last, sum or average.',
    );
    expect(() => save('K2')).toThrow('Nothing was saved: Key result 1 › KPI › not a valid value.');
    expect(server.batches).toEqual([]);
    save({ kpiId: 'K2', summary: 'sum' });
    expect(server.current.objectives.at(-1)?.krs[0]?.currentIsFormula).toBe(true);
  });
});
