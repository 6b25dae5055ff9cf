import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { SaveBatch, SidebarState } from '../../src/contract/sidebar';
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
 * The KPIs' check-in (issue 12): each KPI's value this period, typed in the sheet's locale, a
 * rate as a percentage, sent with the key results' check-ins in the one save.
 * Needs `npm run build` (dist/sidebar.html) and Chromium (scripts/ensure-system-packages.sh).
 */

const browser = useBrowser();

/** A KPI's fieldset, by its measure (exact: a key result's title may contain it). */
const kpi = (page: Page, measure: string): Locator =>
  page.getByRole('group', { name: measure, exact: true });
const valueField = (page: Page, measure: string, label = 'This period'): Locator =>
  kpi(page, measure).getByLabel(label, { exact: true });

/** Selects the focused field's text and types over it, as a person does with the keyboard. */
async function typeOver(page: Page, text: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

describe('the KPI check-in', () => {
  it('checks in key results and KPIs in one call, keyboard only, in French', async () => {
    const { sidebar, page, server } = await browser.fake(sampleState('fr'), { locale: 'fr-FR' });
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('BUTTON:Objectifs:');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await focused(page)).toBe('BUTTON:Suivi:');
    expect(await page.getByRole('heading', { name: 'KPI', exact: true }).isVisible()).toBe(true);

    // Each KPI's status, frequency and target, a rate as a percentage, in the sheet's locale.
    expect(await kpi(page, 'Newsletter open rate').locator('p').first().textContent()).toBe(
      'En bonne voie · hebdomadaire · Cible 50\u00a0%',
    );
    expect(await kpi(page, 'Cost per lead (€)').locator('p').first().textContent()).toBe(
      'En retard · Cible 40',
    );
    expect(await valueField(page, 'Newsletter open rate', 'Cette période').inputValue()).toBe(
      '52\u00a0%',
    );
    expect(await valueField(page, 'Cost per lead (€)', 'Cette période').inputValue()).toBe('45,5');

    await tabTo(page, 'INPUT:Valeur actuelle (leads):Grow qualified leads per month');
    await typeOver(page, '1 020');
    await tabTo(page, 'INPUT:Cette période:Newsletter open rate');
    await typeOver(page, '52,5 %');
    await tabTo(page, 'INPUT:Cette période:Cost per lead (€)');
    await typeOver(page, '1 234');
    await tabTo(page, 'BUTTON:Enregistrer le suivi:');
    await page.keyboard.press('Enter');

    await expect.poll(() => announced(page).textContent()).toBe('1 résultat clé et 2 KPI suivis.');
    expect(sidebar.roundTrips('okapiSidebarSave')).toBe(1);
    expect(sidebar.roundTrips()).toBe(2);
    expect(server.batches).toEqual([
      {
        objectives: [],
        checkIns: [{ krId: 'K2', current: 1020, confidence: null, note: '' }],
        kpiCheckIns: [
          { kpiId: 'K1', actual: 0.525 },
          { kpiId: 'K3', actual: 1234 },
        ],
      },
    ]);
    // The panel redraws from the saved state, each value as a field shows it.
    expect(await valueField(page, 'Newsletter open rate', 'Cette période').inputValue()).toBe(
      '52,5\u00a0%',
    );
    expect(await valueField(page, 'Cost per lead (€)', 'Cette période').inputValue()).toBe('1234');
    expect(sidebar.errors).toEqual([]);
    await sidebar.close();
  });

  it('reads "%" and plain numbers typed in a rate as percentages, in English', async () => {
    const { sidebar, page, server } = await browser.fake();
    await page.getByRole('tab', { name: 'Check-in' }).click();
    const rate = valueField(page, 'Newsletter open rate');
    expect(await rate.inputValue()).toBe('52%');
    expect(await kpi(page, 'Newsletter open rate').locator('p').first().textContent()).toBe(
      'On track · weekly · Target 50%',
    );
    await rate.fill('48');
    await valueField(page, 'Cost per lead (€)').fill('1,234.5');
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await expect.poll(() => announced(page).textContent()).toBe('2 KPIs checked in.');
    expect(server.batches).toEqual([
      {
        objectives: [],
        checkIns: [],
        kpiCheckIns: [
          { kpiId: 'K1', actual: 0.48 },
          { kpiId: 'K3', actual: 1234.5 },
        ],
      },
    ]);
    // A blank value clears the Actual.
    await rate.fill('');
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await expect.poll(() => server.batches.length).toBe(2);
    expect(server.batches[1]?.kpiCheckIns).toEqual([{ kpiId: 'K1', actual: null }]);
    await sidebar.close();
  });

  it('shows a formula-fed KPI read-only and never sends it', async () => {
    const { sidebar, page, server } = await browser.fake();
    await page.getByRole('tab', { name: 'Check-in' }).click();
    const fed = valueField(page, 'Organic visits');
    expect(await kpi(page, 'Organic visits').locator('p').first().textContent()).toBe(
      'At risk · monthly · Target 12000 · Fed by a formula in the sheet.',
    );
    expect(await fed.getAttribute('readonly')).not.toBeNull();
    await picture(page, 'sidebar-kpis');
    await fed.focus();
    await page.keyboard.type('9999');
    expect(await fed.inputValue()).toBe('5400');
    // Even changed behind the page's back, its value is not sent: the sheet computes it.
    await fed.evaluate((input: HTMLInputElement) => {
      input.value = '9999';
    });
    await page.getByRole('button', { name: 'Save check-in' }).click();
    expect(await announced(page).textContent()).toBe('Nothing changed: nothing to save.');
    await valueField(page, 'Cost per lead (€)').fill('44');
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await expect.poll(() => announced(page).textContent()).toBe('1 KPI checked in.');
    expect(server.batches.map((b) => b.kpiCheckIns)).toEqual([[{ kpiId: 'K3', actual: 44 }]]);
    expect(sidebar.roundTrips('okapiSidebarSave')).toBe(1);
    await sidebar.close();
  });

  it('refuses markup and formulas typed as a value, inline, naming the KPI: nothing sent', async () => {
    // The register may hold such text already: a measure is shown as text too.
    const state = sampleState();
    const loaded: SidebarState = {
      ...state,
      kpis: state.kpis.map((k, i) => (i === 0 ? { ...k, measure: PAYLOADS.img } : k)),
    };
    const { sidebar, page, server } = await browser.fake(loaded);
    await page.getByRole('tab', { name: 'Check-in' }).click();
    // A key result changed alongside is held back with the rest.
    await page
      .getByRole('group', { name: 'Grow qualified leads per month' })
      .getByLabel('Note', { exact: true })
      .fill('Webinar season');
    const field = valueField(page, 'Cost per lead (€)');
    for (const payload of Object.values(PAYLOADS)) {
      await field.fill(payload);
      await page.getByRole('button', { name: 'Save check-in' }).click();
      expect(await announced(page).textContent()).toBe('Some fields need a fix before saving.');
      const error = kpi(page, 'Cost per lead (€)').locator('.error');
      expect(await error.textContent()).toBe(`Cost per lead (€): “${payload}” is not a number.`);
      expect(await error.isVisible()).toBe(true);
      expect(await field.getAttribute('aria-invalid')).toBe('true');
      expect(await field.evaluate((e) => e === document.activeElement)).toBe(true);
    }
    // The payload measure's row is wrong too: its message names it, as text.
    await valueField(page, PAYLOADS.img).fill(PAYLOADS.script);
    await page.getByRole('button', { name: 'Save check-in' }).click();
    expect(await kpi(page, PAYLOADS.img).locator('.error').textContent()).toBe(
      `${PAYLOADS.img}: “${PAYLOADS.script}” is not a number.`,
    );
    expect(sidebar.roundTrips('okapiSidebarSave')).toBe(0);
    expect(server.batches).toEqual([]);
    expect(await injected(sidebar)).toEqual(NOTHING_INJECTED);

    // Fixed, the key result and both KPIs go in one call, and the errors are gone.
    await valueField(page, PAYLOADS.img).fill('61');
    await field.fill('39');
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await expect
      .poll(() => announced(page).textContent())
      .toBe('1 key result and 2 KPIs checked in.');
    expect(server.batches).toEqual([
      {
        objectives: [],
        checkIns: [{ krId: 'K2', confidence: null, note: 'Webinar season' }],
        kpiCheckIns: [
          { kpiId: 'K1', actual: 0.61 },
          { kpiId: 'K3', actual: 39 },
        ],
      },
    ]);
    expect(await page.locator('.error:visible').count()).toBe(0);
    expect(sidebar.roundTrips('okapiSidebarSave')).toBe(1);
    await sidebar.close();
  });

  it('keeps a KPI typed but not saved across a refresh, apart from the key results', async () => {
    const { sidebar, page, server } = await browser.fake();
    await page.getByRole('tab', { name: 'Check-in' }).click();
    // KPI K1 and key result K1 share an ID: each keeps its own field.
    await valueField(page, 'Newsletter open rate').fill('55 %');
    await page.getByRole('tab', { name: 'Objectives' }).click();
    await page.getByRole('button', { name: 'Refresh progress' }).click();
    await expect.poll(() => announced(page).textContent()).toMatch(/^Progress refreshed/);
    await page.getByRole('tab', { name: 'Check-in' }).click();
    expect(await valueField(page, 'Newsletter open rate').inputValue()).toBe('55 %');
    expect(
      await page
        .getByRole('group', { name: 'Raise the visitor-to-lead conversion rate' })
        .getByLabel('Current (%)', { exact: true })
        .inputValue(),
    ).toBe('18');
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await expect.poll(() => announced(page).textContent()).toBe('1 KPI checked in.');
    expect(server.batches).toEqual([
      { objectives: [], checkIns: [], kpiCheckIns: [{ kpiId: 'K1', actual: 0.55 }] },
    ]);
    await sidebar.close();
  });

  it('shows no KPI section without KPIs, and leaves kpiCheckIns out of a save without any', async () => {
    const { sidebar, page, server } = await browser.fake({ ...sampleState(), kpis: [] });
    await page.getByRole('tab', { name: 'Check-in' }).click();
    expect(await page.getByRole('heading', { name: 'KPIs' }).count()).toBe(0);
    await page
      .getByRole('group', { name: 'Grow qualified leads per month' })
      .getByLabel(/^Current/)
      .fill('700');
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await expect.poll(() => announced(page).textContent()).toBe('1 key result checked in.');
    expect(server.batches.map((b) => 'kpiCheckIns' in b)).toEqual([false]);
    await sidebar.close();
  });

  it('shows the server’s refusal of a KPI gone meanwhile, and nothing is saved', async () => {
    const loaded = new FakeSidebarServer(sampleState());
    // Between the load and the save, someone cleared the register.
    const later = new FakeSidebarServer({ ...sampleState(), kpis: [] });
    const sidebar = await browser.open((name, args) =>
      (name === 'okapiSidebarSave' ? later : loaded).handle(name, args),
    );
    const { page } = sidebar;
    await page.getByRole('tab', { name: 'Check-in' }).click();
    await valueField(page, 'Cost per lead (€)').fill('42');
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe('The sheet was not updated: Nothing was saved: KPI 1 › ID › no KPI has this ID.');
    expect(later.batches).toEqual([]);
    // The value stays typed, to save again.
    expect(await valueField(page, 'Cost per lead (€)').inputValue()).toBe('42');
    await sidebar.close();
  });
});

describe('the fake server’s KPI check-ins', () => {
  const save = (kpiCheckIns: unknown): unknown =>
    new FakeSidebarServer(sampleState()).handle('okapiSidebarSave', [
      { objectives: [], checkIns: [], kpiCheckIns } as unknown as SaveBatch,
    ]);

  it('refuses what the real server refuses, naming the field', () => {
    expect(() => save({})).toThrow('Nothing was saved: KPI › must be a list.');
    expect(() => save(['K1'])).toThrow('Nothing was saved: KPI 1 › not a valid value.');
    expect(() => save([{ kpiId: 3, actual: 1 }])).toThrow(
      'Nothing was saved: KPI 1 › ID › must be text.',
    );
    expect(() => save([{ kpiId: ' ', actual: 1 }])).toThrow(
      'Nothing was saved: KPI 1 › ID › cannot be empty.',
    );
    for (const actual of ['12', Number.NaN, Number.POSITIVE_INFINITY, undefined])
      expect(() => save([{ kpiId: 'K1', actual }])).toThrow(
        'Nothing was saved: KPI 1 › Actual › must be a number (or blank).',
      );
    // Every field is checked before any ID.
    expect(() =>
      save([
        { kpiId: 'K9', actual: 1 },
        { kpiId: 'K1', actual: 'x' },
      ]),
    ).toThrow('Nothing was saved: KPI 2 › Actual › must be a number (or blank).');
    expect(() => save([{ kpiId: 'K9', actual: 1 }])).toThrow(
      'Nothing was saved: KPI 1 › ID › no KPI has this ID.',
    );
  });

  it('applies the values, keeps a formula-fed Actual, and counts them', () => {
    const server = new FakeSidebarServer(sampleState());
    const result = server.handle('okapiSidebarSave', [
      {
        objectives: [],
        checkIns: [],
        kpiCheckIns: [
          { kpiId: 'K1', actual: 0.6 },
          { kpiId: 'K2', actual: 1 },
          { kpiId: 'K3', actual: null },
        ],
      } satisfies SaveBatch,
    ]) as { checkedIn: number };
    expect(result.checkedIn).toBe(3);
    expect(server.current.kpis.map((k) => k.actual)).toEqual([0.6, 5400, null]);
  });
});
