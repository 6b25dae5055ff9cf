import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { CheckIn, SaveBatch, SidebarState } from '../../src/contract/sidebar';
import {
  focused,
  injected,
  NOTHING_INJECTED,
  picture,
  tabTo,
  useBrowser,
} from '../support/browser';
import { FakeSidebarServer } from '../support/fake-server';
import { sampleState } from '../support/fixtures';
import { announced } from '../support/form';
import { PAYLOADS } from './payloads';

/**
 * A key result that exists fed by a KPI from now on: chosen in the Check-in tab, behind a
 * button on the KR's row, and sent on that KR's check-in of the one save in place of Current.
 * Needs `npm run build` (dist/sidebar.html) and Chromium (scripts/ensure-system-packages.sh).
 */

const browser = useBrowser();

const LEADS = 'Grow qualified leads per month';
const COST = 'Bring the cost per lead down';
/** Its Current is a formula already. */
const OPEN_RATE = 'Keep the newsletter open rate high';

/** A key result's fieldset of the check-in, by its title. */
const row = (page: Page, title: string): Locator => page.getByRole('group', { name: title });
/** The button that shows the KPI choice (its name is the same on every row). */
const toggle = (group: Locator, name = 'Current from a KPI'): Locator =>
  group.getByRole('button', { name, exact: true });

/** Selects the focused field's text and types over it, as a person does with the keyboard. */
async function typeOver(page: Page, text: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

describe('a key result’s Current fed by a KPI from the check-in', () => {
  it('follows a KPI chosen with the keyboard alone, a formula-fed one too, in French', async () => {
    const { sidebar, page, server } = await browser.fake(sampleState('fr'), { locale: 'fr-FR' });
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await focused(page)).toBe('BUTTON:Suivi:');

    // Another key result checked in by hand beside it goes as before.
    await tabTo(page, 'INPUT:Valeur actuelle (%):Raise the visitor-to-lead conversion rate');
    await typeOver(page, '19');

    const leads = row(page, LEADS);
    const open = toggle(leads, 'Valeur actuelle tirée d’un KPI');
    const choice = leads.getByRole('combobox', { name: 'KPI', exact: true });
    const summary = leads.getByRole('combobox', { name: 'Synthèse sur la période' });
    const current = leads.getByRole('textbox', { name: 'Valeur actuelle (leads)' });
    expect(await choice.count()).toBe(0);
    await tabTo(page, `BUTTON:Valeur actuelle tirée d’un KPI:${LEADS}`);
    expect(await open.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Enter');
    expect(await open.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe(`SELECT:KPI:${LEADS}`);
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
    // Current gives way to a note saying what it will follow, read with the choice.
    expect(await current.count()).toBe(0);
    const follows = 'Dès l’enregistrement, la valeur actuelle suivra « Organic visits ».';
    expect(await leads.getByText(follows).isVisible()).toBe(true);
    expect(await choice.getAttribute('aria-describedby')).toBe(
      await leads.getByText(follows).getAttribute('id'),
    );

    // A Current that is a formula already is switched to a KPI on request alone.
    await tabTo(page, `BUTTON:Valeur actuelle tirée d’un KPI:${OPEN_RATE}`);
    await page.keyboard.press(' ');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toBe(`SELECT:KPI:${OPEN_RATE}`);

    await tabTo(page, 'BUTTON:Enregistrer le suivi:');
    await page.keyboard.press('Enter');
    await expect.poll(() => announced(page).textContent()).toBe('3 résultats clés suivis.');
    expect(sidebar.roundTrips('okapiSidebarSave')).toBe(1);
    // Strict: Current is left out of the KRs that follow a KPI, not sent as undefined.
    expect(server.batches).toStrictEqual([
      {
        objectives: [],
        checkIns: [
          { krId: 'K1', confidence: 0.7, note: '', current: 0.19 },
          { krId: 'K2', confidence: null, note: '', kpi: { kpiId: 'K2', summary: 'sum' } },
          { krId: 'K6', confidence: null, note: '', kpi: { kpiId: 'K1', summary: 'sum' } },
        ],
      },
    ]);
    // Redrawn from the saved state: Current is the sheet's formula now, shown read-only.
    expect(await current.getAttribute('readonly')).not.toBeNull();
    expect(await leads.locator('p').first().textContent()).toBe(
      'Cible 750 leads · Hugo · Alimentée par une formule de la feuille.',
    );
    expect(await open.getAttribute('aria-expanded')).toBe('false');
    expect(sidebar.errors).toEqual([]);
    await sidebar.close();
  });

  it('sends no KPI once none is chosen again, Current as it was typed, in English', async () => {
    const { sidebar, page, server } = await browser.fake();
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await focused(page)).toBe('BUTTON:Check-in:');
    // Every key result but the milestone, which is done or not, may follow a KPI.
    expect(await toggle(page.locator('body')).count()).toBe(5);
    expect(await toggle(row(page, 'Publish a white paper with a partner')).count()).toBe(0);

    const leads = row(page, LEADS);
    const current = leads.getByRole('textbox', { name: 'Current (leads)' });
    await tabTo(page, `INPUT:Current (leads):${LEADS}`);
    await typeOver(page, '1,020');
    await tabTo(page, `BUTTON:Current from a KPI:${LEADS}`);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    expect(await leads.getByLabel('Summarised as').inputValue()).toBe('sum');
    expect(await current.count()).toBe(0);
    expect(
      await leads.getByText('From the save on, Current follows “Newsletter open rate”.').count(),
    ).toBe(1);
    // None again: Current's field is back as it was typed, and the note gone.
    await page.keyboard.press('ArrowUp');
    expect(await current.inputValue()).toBe('1,020');
    expect(await leads.locator('p:visible').count()).toBe(1);
    expect(await leads.getByRole('combobox', { name: 'Summarised as' }).count()).toBe(0);

    // Text typed in Current that is no number stands aside while a KPI replaces it.
    const cost = row(page, COST);
    await tabTo(page, `INPUT:Current (€):${COST}`);
    await typeOver(page, 'about forty');
    await tabTo(page, `BUTTON:Current from a KPI:${COST}`);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    expect(await cost.getByLabel('Summarised as').inputValue()).toBe('last');
    await picture(page, 'sidebar-feed-from-kpi');
    // Hidden again, the choice stands, and its note says so.
    await tabTo(page, `BUTTON:Current from a KPI:${COST}`, 'Shift+Tab');
    await page.keyboard.press('Enter');
    expect(await cost.getByRole('combobox').count()).toBe(0);
    expect(
      await cost.getByText('From the save on, Current follows “Cost per lead (€)”.').isVisible(),
    ).toBe(true);

    await tabTo(page, 'BUTTON:Save check-in:');
    await page.keyboard.press('Enter');
    await expect.poll(() => announced(page).textContent()).toBe('2 key results checked in.');
    expect(server.batches).toStrictEqual([
      {
        objectives: [],
        checkIns: [
          { krId: 'K2', confidence: null, note: '', current: 1020 },
          {
            krId: 'K3',
            confidence: null,
            note: 'New landing pages in May',
            kpi: { kpiId: 'K3', summary: 'last' },
          },
        ],
      },
    ]);
    expect(sidebar.roundTrips('okapiSidebarSave')).toBe(1);
    await sidebar.close();
  });

  it('keeps a KPI chosen but not saved across a refresh', async () => {
    const { sidebar, page, server } = await browser.fake();
    await page.getByRole('tab', { name: 'Check-in' }).click();
    const leads = row(page, LEADS);
    await toggle(leads).click();
    await leads.getByLabel('KPI', { exact: true }).selectOption({ label: 'Organic visits' });
    await leads.getByLabel('Summarised as').selectOption({ label: 'average' });
    await page.getByRole('tab', { name: 'Objectives' }).click();
    await page.getByRole('button', { name: 'Refresh progress' }).click();
    await expect.poll(() => announced(page).textContent()).toMatch(/^Progress refreshed/);
    await page.getByRole('tab', { name: 'Check-in' }).click();
    expect(await toggle(leads).getAttribute('aria-expanded')).toBe('true');
    expect(await leads.getByLabel('KPI', { exact: true }).inputValue()).toBe('K2');
    expect(await leads.getByLabel('Summarised as').inputValue()).toBe('average');
    expect(await leads.getByRole('textbox', { name: 'Current (leads)' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await expect.poll(() => announced(page).textContent()).toBe('1 key result checked in.');
    expect(server.batches.map((b) => b.checkIns)).toStrictEqual([
      [{ krId: 'K2', confidence: null, note: '', kpi: { kpiId: 'K2', summary: 'average' } }],
    ]);
    await sidebar.close();
  });

  it('shows KPI measures that are markup or formulas as text', async () => {
    const payloads = [PAYLOADS.img, PAYLOADS.script, PAYLOADS.bold];
    const state = sampleState();
    const loaded: SidebarState = {
      ...state,
      kpis: state.kpis.map((k, i) => ({ ...k, measure: payloads[i] ?? k.measure })),
    };
    const { sidebar, page, server } = await browser.fake(loaded);
    await page.getByRole('tab', { name: 'Check-in' }).click();
    const leads = row(page, LEADS);
    await toggle(leads).click();
    const choice = leads.getByLabel('KPI', { exact: true });
    expect(await choice.locator('option').allTextContents()).toEqual(['— none —', ...payloads]);
    for (const measure of payloads) {
      await choice.selectOption({ label: measure });
      expect(await leads.locator('p:visible').nth(1).textContent()).toBe(
        `From the save on, Current follows “${measure}”.`,
      );
    }
    expect(await injected(sidebar)).toEqual(NOTHING_INJECTED);
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await expect.poll(() => server.batches.length).toBe(1);
    expect(server.batches[0]?.checkIns).toStrictEqual([
      { krId: 'K2', confidence: null, note: '', kpi: { kpiId: 'K3', summary: 'last' } },
    ]);
    await sidebar.close();
  });

  it('is refused by the fake server unless it names a KPI of the register and a summary', () => {
    const server = new FakeSidebarServer(sampleState());
    const save = (kpi: unknown): unknown => {
      const checkIn = { krId: 'K2', confidence: null, note: '', kpi } as CheckIn;
      const batch: SaveBatch = { objectives: [], checkIns: [checkIn] };
      return server.handle('okapiSidebarSave', [batch]);
    };
    expect(() => save({ kpiId: 'K9', summary: 'sum' })).toThrow(
      'Nothing was saved: Check-in 1 › Current from a KPI › no KPI has this ID.',
    );
    expect(() => save({ kpiId: 'K2', summary: 'median' })).toThrow(
      'Nothing was saved: Check-in 1 › Current from a KPI › Summary › must be last, sum or average.',
    );
    expect(() => save('K2')).toThrow(
      'Nothing was saved: Check-in 1 › Current from a KPI › not a valid value.',
    );
    expect(server.batches).toEqual([]);
    save({ kpiId: 'K2', summary: 'sum' });
    // Fed by a formula from now on; the fake computes none, so Current keeps its value.
    const leads = server.current.objectives[0]?.krs[1];
    expect(leads).toMatchObject({ id: 'K2', currentIsFormula: true, current: 660 });
  });
});
