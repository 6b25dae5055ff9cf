import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { SidebarState } from '../../src/contract/sidebar';
import { GRADE_COLORS } from '../../src/core/grade';
import {
  ARTIFACTS,
  focused,
  injected,
  NOTHING_INJECTED,
  tabTo,
  useBrowser,
} from '../support/browser';
import { FakeSidebarServer } from '../support/fake-server';
import { sampleState } from '../support/fixtures';
import { announced } from '../support/form';
import { type MenuView, type SidebarPage, type SidebarServer, servedOn } from '../support/harness';
import { checkedInQuarter } from '../support/quarter';
import { PAYLOADS } from './payloads';

/**
 * The Period tab's two views, closing a period and starting the next, against the fake server.
 * Needs `npm run build` (dist/sidebar.html) and Chromium (scripts/ensure-system-packages.sh).
 */

const browser = useBrowser();

/** Opens a view of the Period tab with the mouse; the view has loaded when its button shows. */
async function openView(page: Page, tab: string, view: string, action: string): Promise<void> {
  await page.getByRole('tab', { name: tab }).click();
  await page.getByRole('button', { name: view, exact: true }).click();
  await page.getByRole('button', { name: action, exact: true }).waitFor();
}

const group = (page: Page, title: string): Locator => page.getByRole('group', { name: title });

describe('closing the period', () => {
  it('grades, overrides with a reason and closes, keyboard only, in French: one call', async () => {
    const { sidebar, page, server } = await browser.fake(sampleState('fr'));
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('BUTTON:Objectifs:');
    await page.keyboard.press('End');
    expect(await focused(page)).toBe('BUTTON:Fin de période:');
    await tabTo(page, 'BUTTON:Clôture:');
    await page.keyboard.press('Space');
    const close = page.getByRole('button', { name: 'Clôturer la période', exact: true });
    await close.waitFor();
    expect(sidebar.roundTrips('okapiClosingLoad')).toBe(1);

    expect(await page.getByText('2026 T2 · du 2026-04-01 au 2026-06-30').isVisible()).toBe(true);
    const first = page.getByRole('article', {
      name: 'Make our website the first place prospects come to learn',
    });
    const grade = first.locator('.status-chip');
    expect(await grade.textContent()).toBe('0,47');
    expect(await grade.evaluate((e) => e.style.backgroundColor)).toBe(
      rgb(GRADE_COLORS.yellow.fill),
    );
    expect(await first.getByText('Des progrès, sans atteindre l’objectif').isVisible()).toBe(true);
    expect(
      await group(page, 'Grow qualified leads per month')
        .getByText('Hugo · Calculé 0,40')
        .isVisible(),
    ).toBe(true);

    const leads = 'Grow qualified leads per month';
    await tabTo(page, `INPUT:Score final (0–1):${leads}`);
    await page.keyboard.type('0,8');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe(`INPUT:Raison:${leads}`);
    await page.keyboard.type('Le salon de juin compte, hors CRM');
    await tabTo(page, 'TEXTAREA:Note de clôture : ce que nous avons appris:');
    await page.keyboard.type('Viser les leads qualifiés dès le départ');
    await tabTo(page, 'BUTTON:Clôturer la période:');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => announced(page).textContent())
      .toBe('Période clôturée : la revue est dans la feuille « Bilan 2026 T2 ».');

    expect(server.closings).toEqual([
      {
        krs: [{ krId: 'K2', override: 0.8, reason: 'Le salon de juin compte, hors CRM' }],
        notes: [{ objectiveId: 'O1', note: 'Viser les leads qualifiés dès le départ' }],
      },
    ]);
    expect(sidebar.roundTrips('okapiClosePeriod')).toBe(1);
    expect(sidebar.roundTrips()).toBe(3);
    // Redrawn from the state returned: (0.6 + 0.8 + 0.4) / 3, the sweet spot, kept choices shown.
    expect(await grade.textContent()).toBe('0,60');
    expect(await first.getByText('0,6–0,7 : la zone idéale').isVisible()).toBe(true);
    const row = group(page, leads);
    expect(await row.getByLabel('Score final (0–1)').inputValue()).toBe('0,8');
    expect(await row.getByLabel('Raison').inputValue()).toBe('Le salon de juin compte, hors CRM');
    expect(
      await page
        .getByText('Déjà clôturée : clôturer à nouveau réécrit « Bilan 2026 T2 ».')
        .isVisible(),
    ).toBe(true);
    // Focus stayed on the button pressed.
    expect(await focused(page)).toBe('BUTTON:Clôturer la période:');
    await page.screenshot({ path: join(ARTIFACTS, 'sidebar-closing-fr.png'), fullPage: true });
    expect(sidebar.errors).toEqual([]);
    await sidebar.close();
  });

  it('refuses an override without a reason, or outside 0–1, inline and without a call', async () => {
    const { sidebar, page, server } = await browser.fake();
    await openView(page, 'Period end', 'Close', 'Close period');
    const row = group(page, 'Bring the cost per lead down');
    const override = row.getByLabel('Final score (0–1)');
    const reason = row.getByLabel('Reason');
    await override.fill('0.9');
    await page.getByRole('button', { name: 'Close period', exact: true }).click();
    const missing = row.getByText(
      'Reason required: say why the score differs from the computed one.',
    );
    expect(await missing.isVisible()).toBe(true);
    expect(await reason.getAttribute('aria-invalid')).toBe('true');
    // The message is tied to the field, so it is read with it, and the field has the focus.
    const describedBy = await reason.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toBe(
      await missing.textContent(),
    );
    expect(await reason.evaluate((e) => e === document.activeElement)).toBe(true);
    expect(await announced(page).textContent()).toBe('Some fields need a fix before saving.');

    await override.fill('1.5');
    await reason.fill('The partner counted twice');
    await page.getByRole('button', { name: 'Close period', exact: true }).click();
    expect(await row.getByText('A final score goes from 0 to 1.').isVisible()).toBe(true);
    expect(await missing.isVisible()).toBe(false);
    expect(sidebar.roundTrips('okapiClosePeriod')).toBe(0);

    await override.fill('0.9');
    await page.getByRole('button', { name: 'Close period', exact: true }).click();
    await expect.poll(() => server.closings.length).toBe(1);
    expect(server.closings[0]?.krs).toEqual([
      { krId: 'K3', override: 0.9, reason: 'The partner counted twice' },
    ]);
    expect(await row.getByText('A final score goes from 0 to 1.').isVisible()).toBe(false);
    expect(sidebar.roundTrips('okapiClosePeriod')).toBe(1);
    await sidebar.close();
  });

  it('shows HTML, script and formula text in titles, reasons and notes as inert text', async () => {
    const { img, script, formula, bold, svg } = PAYLOADS;
    const state = sampleState();
    const loaded: SidebarState = {
      ...state,
      objectives: state.objectives.map((o, i) =>
        i === 0
          ? { ...o, title: svg, krs: o.krs.map((k, j) => (j === 0 ? { ...k, title: bold } : k)) }
          : o,
      ),
    };
    const { sidebar, page, server } = await browser.fake(loaded);
    await openView(page, 'Period end', 'Close', 'Close period');
    expect(await page.getByRole('heading', { name: svg }).textContent()).toBe(svg);
    const row = group(page, bold);
    await row.getByLabel('Final score (0–1)').fill('1');
    await row.getByLabel('Reason').fill(img);
    const notes = page.getByLabel('Closing note: what we learned');
    await notes.nth(0).fill(script);
    await notes.nth(1).fill(formula);
    await page.getByRole('button', { name: 'Close period', exact: true }).click();
    await expect.poll(() => server.closings.length).toBe(1);
    expect(server.closings[0]).toEqual({
      krs: [{ krId: 'K1', override: 1, reason: img }],
      notes: [
        { objectiveId: 'O1', note: script },
        { objectiveId: 'O2', note: formula },
      ],
    });
    // Redrawn from the state holding them: still text, in the fields and the headings.
    await expect.poll(() => announced(page).textContent()).toMatch(/^Period closed/);
    expect(await row.getByLabel('Reason').inputValue()).toBe(img);
    expect(await notes.nth(0).inputValue()).toBe(script);
    expect(await notes.nth(1).inputValue()).toBe(formula);
    expect(await row.locator('legend').textContent()).toBe(bold);
    expect(await injected(sidebar)).toEqual(NOTHING_INJECTED);
    await sidebar.close();
  });

  it('is refused by the fake server as by the real one, in the same words', () => {
    const fake = new FakeSidebarServer(sampleState());
    const real = checkedInQuarter().server;
    /** Each call with a KR the server knows (`kr`), or none. */
    const calls: [string, (kr: string) => unknown][] = [
      ['okapiClosePeriod', (kr) => ({ krs: [{ krId: kr, override: 1.2, reason: 'x' }] })],
      ['okapiClosePeriod', (kr) => ({ krs: [{ krId: kr, override: 0.5, reason: ' ' }] })],
      ['okapiClosePeriod', () => ({ krs: [{ krId: 'K9', override: null, reason: '' }] })],
      ['okapiClosePeriod', () => ({ krs: 'all' })],
      ['okapiStartNextPeriod', () => ({ krIds: ['K9'] })],
      ['okapiStartNextPeriod', () => ({ krIds: 'all' })],
    ];
    const refusals = (server: SidebarServer, kr: string): string[] =>
      calls.map(([name, choices]) => {
        try {
          server(name, [choices(kr)]);
          return 'accepted';
        } catch (e) {
          return (e as Error).message;
        }
      });
    const said = refusals(real, 'KR1');
    expect(said).toEqual([
      'Nothing was saved: Key result 1 › Final score › must lie between 0 and 1 (0 % to 100 %).',
      'Nothing was saved: Key result 1 › Reason › cannot be empty.',
      'Nothing was saved: Key result 1 › ID › no key result has this ID.',
      'Nothing was saved: Key result › must be a list.',
      'Nothing was saved: Key result 1 › no key result has this ID.',
      'Nothing was saved: Key result › must be a list.',
    ]);
    expect(refusals(fake.handle, 'K1')).toEqual(said);
    expect(fake.closings).toEqual([]);
    expect(fake.starts).toEqual([]);
  });
});

describe('starting the next period', () => {
  it('checks the key results not reached, and sends the ones chosen in one call', async () => {
    const { sidebar, page, server } = await browser.fake();
    await openView(page, 'Period end', 'Next period', 'Start next period');
    expect(sidebar.roundTrips('okapiNextPeriodLoad')).toBe(1);
    expect(await page.getByText('From 2026 Q2 to 2026 Q3').isVisible()).toBe(true);
    const box = (title: string): Locator =>
      page.getByRole('checkbox', { name: title, exact: true });
    /** The key results checked, by title ("All" boxes left out). */
    const checked = (): Promise<string[]> =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLInputElement>('#panel-period input:checked')]
          .map((b) => b.labels?.[0]?.textContent ?? '')
          .filter((label) => label !== 'All its key results'),
      );
    // The open rate is at least its target (reached): not carried unless chosen.
    expect(await box('Keep the newsletter open rate high').isChecked()).toBe(false);
    expect(
      await group(page, 'Be the event our customers talk about all year')
        .getByText('1.00 · reached · starts from 52 %')
        .isVisible(),
    ).toBe(true);
    expect(await page.getByText('0.60 · starts from 18 %').isVisible()).toBe(true);
    const all = (title: string): Locator =>
      group(page, title).getByRole('checkbox', { name: 'All its key results' });
    const website = 'Make our website the first place prospects come to learn';
    const event = 'Be the event our customers talk about all year';
    expect(await all(website).isChecked()).toBe(true);
    expect(await all(event).evaluate((e) => (e as HTMLInputElement).indeterminate)).toBe(true);

    await box('Grow qualified leads per month').uncheck();
    expect(await all(website).evaluate((e) => (e as HTMLInputElement).indeterminate)).toBe(true);
    await all(event).check();
    expect(await box('Keep the newsletter open rate high').isChecked()).toBe(true);
    await all(event).uncheck();
    await box('Welcome attendees at the spring meetup').check();
    expect(await checked()).toEqual([
      'Raise the visitor-to-lead conversion rate',
      'Bring the cost per lead down',
      'Welcome attendees at the spring meetup',
    ]);

    await page.screenshot({ path: join(ARTIFACTS, 'sidebar-next-period.png'), fullPage: true });
    await page.getByRole('button', { name: 'Start next period', exact: true }).click();
    await expect
      .poll(() => announced(page).textContent())
      .toBe('“OKRs 2026 Q3” is ready: 2 objectives, 3 key results carried over.');
    expect(server.starts).toEqual([{ krIds: ['K1', 'K3', 'K4'] }]);
    expect(sidebar.roundTrips('okapiStartNextPeriod')).toBe(1);
    expect(sidebar.roundTrips()).toBe(3);
    // Started once: the button is gone, focus is on what was made.
    expect(await page.getByRole('button', { name: 'Start next period' }).count()).toBe(0);
    expect(await focused(page)).toMatch(/^P:“OKRs 2026 Q3” is ready/);
    expect(sidebar.errors).toEqual([]);
    await sidebar.close();
  });

  it('opens on the view the menu asks for, loading it alongside the sidebar', async () => {
    const { sidebar, page, calls } = await openAsked(
      'next',
      new FakeSidebarServer(sampleState('fr')).handle,
    );
    expect(calls().sort()).toEqual(['okapiNextPeriodLoad', 'okapiSidebarLoad']);
    expect(
      await page.getByRole('tab', { name: 'Fin de période' }).getAttribute('aria-selected'),
    ).toBe('true');
    expect(
      await page
        .getByRole('button', { name: 'Période suivante', exact: true })
        .getAttribute('aria-pressed'),
    ).toBe('true');
    expect(
      await page.getByRole('button', { name: 'Démarrer la période suivante' }).isVisible(),
    ).toBe(true);
    expect(await page.getByText('De 2026 T2 à 2026 T3').isVisible()).toBe(true);
    expect(sidebar.errors).toEqual([]);
    await sidebar.close();
  });

  it('opens the rest of the sidebar when the view the menu asks for fails to load', async () => {
    const fake = new FakeSidebarServer(sampleState());
    const { sidebar, page } = await openAsked('closing', (name, args) => {
      if (name === 'okapiClosingLoad') throw new Error('The OKR sheet has no period to close.');
      return fake.handle(name, args);
    });
    expect(await page.getByRole('alert').textContent()).toBe(
      'The sheet was not updated: The OKR sheet has no period to close.',
    );
    expect(await page.getByRole('tab').count()).toBe(4);
    expect(await page.getByRole('tab', { name: 'Period end' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    // Its button tries again.
    expect(await page.getByRole('button', { name: 'Close', exact: true }).isVisible()).toBe(true);
    await sidebar.close();
  });
});

/** The sidebar as the menu opens it on `view`; `calls` are the calls its opening made. */
async function openAsked(
  view: MenuView,
  server: SidebarServer,
): Promise<{ sidebar: SidebarPage; page: Page; calls: () => string[] }> {
  const sidebar = await browser.open(server, { html: servedOn(view) });
  return { sidebar, page: sidebar.page, calls: () => sidebar.calls.map((c) => c.name) };
}

/** A "#rrggbb" colour as the browser reports a style's. */
function rgb(hex: string): string {
  const n = (i: number): number => Number.parseInt(hex.slice(i, i + 2), 16);
  return `rgb(${n(1)}, ${n(3)}, ${n(5)})`;
}
