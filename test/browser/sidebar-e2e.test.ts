import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type BundleHandle, loadBundle } from '../../emulation/load';
import { OKRS } from '../../src/workbook/layout/tables';
import { injected, NOTHING_INJECTED, useBrowser } from '../support/browser';
import { emulatedServer } from '../support/emulated-server';
import { announced, fillKr, kr } from '../support/form';
import type { SidebarPage } from '../support/harness';
import { sidebarCallsPerSave } from '../support/sidebar-calls';
import { PAYLOADS } from './payloads';

/**
 * The real sidebar page (dist/sidebar.html) talking to the real server: every google.script.run
 * call runs the built bundle in the emulation, on a workbook made by "Create OKR template".
 * Needs `npm run build` and Chromium.
 */

const browser = useBrowser();

async function open(): Promise<{ h: BundleHandle; sidebar: SidebarPage; page: Page }> {
  const h = loadBundle({ now: new Date('2025-05-15T08:00:00Z'), timeZone: 'Europe/Paris' });
  h.run('okapiCreateTemplate');
  const sidebar = await browser.open(emulatedServer(h));
  return { h, sidebar, page: sidebar.page };
}

/** The OKR sheet's rows with a title, as cells by English header. */
function okrRows(h: BundleHandle): Record<string, unknown>[] {
  const [header = [], ...rows] = h.spreadsheet.values('OKRs', `A${OKRS.headerRow}:AZ`);
  return rows
    .map((r) => Object.fromEntries(header.map((hd, i) => [String(hd), r[i]])))
    .filter((r) => r.Objective !== '' || r['Key result'] !== '');
}

const checkInRow = (page: Page, title: string): Locator => page.getByRole('group', { name: title });

describe('the sidebar on the real server', () => {
  it('creates an objective, checks in, refreshes and shows the score: one round trip each', async () => {
    const { h, sidebar, page } = await open();
    expect(sidebar.roundTrips()).toBe(1);
    expect(sidebar.roundTrips('okapiSidebarLoad')).toBe(1);

    await page.getByRole('tab', { name: 'New objective' }).click();
    await page.getByLabel('Objective', { exact: true }).fill('Delight our readers');
    await page.getByLabel('Owner', { exact: true }).first().fill('Camille');
    await fillKr(kr(page, 1), {
      title: 'Grow subscribers',
      owner: 'Hugo',
      kind: 'increase',
      unit: 'subscribers',
      baseline: '100',
      target: '200',
    });
    await fillKr(kr(page, 2), {
      title: 'Raise the open rate',
      owner: 'Léa',
      kind: 'increase',
      unit: '%',
      baseline: '20',
      target: '30',
      weight: '2',
    });
    await fillKr(kr(page, 3), {
      title: 'Launch the podcast',
      owner: 'Camille',
      kind: 'milestone',
      unit: '',
      baseline: '',
    });
    await page.getByRole('button', { name: 'Create objective' }).click();
    await expect
      .poll(() => announced(page).textContent())
      .toBe('Objective created: Delight our readers');
    expect(sidebar.roundTrips('okapiSidebarSave')).toBe(1);
    expect(okrRows(h).map((r) => [r.ID, r['Key result'], r.Baseline, r.Target])).toEqual([
      ['O1', '', '', ''],
      ['KR1', 'Grow subscribers', 100, 200],
      ['KR2', 'Raise the open rate', 0.2, 0.3],
      ['KR3', 'Launch the podcast', '', ''],
    ]);

    await page.getByRole('tab', { name: 'Check-in' }).click();
    const subscribers = checkInRow(page, 'Grow subscribers');
    await subscribers.getByLabel(/^Current/).fill('150');
    await subscribers.getByLabel('Confidence (%)', { exact: true }).fill('70');
    await subscribers.getByLabel('Note', { exact: true }).fill('Webinars');
    await checkInRow(page, 'Raise the open rate')
      .getByLabel(/^Current/)
      .fill('25');
    await checkInRow(page, 'Launch the podcast').getByLabel('Done', { exact: true }).check();
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await expect.poll(() => announced(page).textContent()).toBe('3 key results checked in.');
    expect(sidebar.roundTrips('okapiSidebarSave')).toBe(2);
    // KRs 0.5, 0.5 (weight 2) and done: (0.5 + 1 + 1) / 4, as the sheet's formulas compute it.
    const rows = okrRows(h);
    expect(rows.map((r) => r.Progress)).toEqual([0.625, 0.5, 0.5, 1]);
    expect([rows[1]?.Current, rows[1]?.Confidence, rows[1]?.Note]).toEqual([150, 0.7, 'Webinars']);

    await page.getByRole('tab', { name: 'Objectives' }).click();
    await page.getByRole('button', { name: 'Refresh progress' }).click();
    await expect.poll(() => announced(page).textContent()).toMatch(/^Progress refreshed\./);
    expect(sidebar.roundTrips('okapiSidebarRefresh')).toBe(1);
    const card = page.getByRole('article', { name: 'Delight our readers' });
    expect(await card.locator('.status').textContent()).toBe('Score 0.63 · On track');
    expect(sidebar.roundTrips()).toBe(4);
    expect(sidebar.errors).toEqual([]);
    await sidebar.close();
  });

  it('keeps HTML, script and formula text inert, in the sheet and on the page', async () => {
    const { img, script, formula, plus, minus, at } = PAYLOADS;
    const { h, sidebar, page } = await open();
    await page.getByRole('tab', { name: 'New objective' }).click();
    await page.getByLabel('Objective', { exact: true }).fill(img);
    await page.getByLabel('Company objective (optional)', { exact: true }).fill(formula);
    await page.getByLabel('Owner', { exact: true }).first().fill(script);
    // Title, owner, unit, and the note of the check-in.
    const fields: [string, string, string, string][] = [
      [formula, plus, minus, plus],
      [at, img, script, img],
      [minus, formula, at, formula],
    ];
    for (const [i, [title, owner, unit]] of fields.entries())
      await fillKr(kr(page, i + 1), {
        title,
        owner,
        kind: 'auto',
        unit,
        baseline: '0',
        target: '5',
      });
    await page.getByRole('button', { name: 'Create objective' }).click();
    await expect.poll(() => announced(page).textContent()).toBe(`Objective created: ${img}`);

    await page.getByRole('tab', { name: 'Check-in' }).click();
    for (const [title, , , note] of fields)
      await checkInRow(page, title).getByLabel('Note', { exact: true }).fill(note);
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await expect.poll(() => announced(page).textContent()).toBe('3 key results checked in.');

    // In the sheet: the exact text, never a formula.
    const rows = okrRows(h);
    expect([rows[0]?.Objective, rows[0]?.['Company objective'], rows[0]?.Owner]).toEqual([
      img,
      formula,
      script,
    ]);
    expect(rows.slice(1).map((r) => [r['Key result'], r.Owner, r.Unit, r.Note])).toEqual(fields);
    const names = h.spreadsheet.values('OKRs', `A${OKRS.headerRow}:AZ${OKRS.headerRow}`)[0] ?? [];
    const typed = new Set([
      'Objective',
      'Key result',
      'Company objective',
      'Owner',
      'Unit',
      'Note',
    ]);
    const written = h.spreadsheet
      .formulas('OKRs')
      .flatMap((row) => row.filter((f, c) => f !== '' && typed.has(String(names[c]))));
    expect(written).toEqual([]);

    // On the page: shown as text, nothing injected.
    await page.getByRole('tab', { name: 'Objectives' }).click();
    const card = page.getByRole('article', { name: img });
    expect(await card.getByRole('heading').textContent()).toBe(img);
    for (const [title] of fields)
      expect(await card.getByText(title, { exact: true }).count()).toBe(1);
    await page.getByRole('tab', { name: 'Check-in' }).click();
    expect(await checkInRow(page, at).getByLabel('Note', { exact: true }).inputValue()).toBe(img);
    expect(await injected(sidebar)).toEqual(NOTHING_INJECTED);
    await sidebar.close();
  });

  it('shows the server’s refusal as the server words it', async () => {
    const { sidebar, page } = await open();
    await page.getByRole('tab', { name: 'New objective' }).click();
    await page.getByLabel('Objective', { exact: true }).fill('x'.repeat(2001));
    await page.getByRole('button', { name: 'Create objective' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('Nothing was saved: Objective 1 › Title › too long (2000 characters at most).');
    await sidebar.close();
  });

  it('the bench counts one round trip per save', async () => {
    expect(await sidebarCallsPerSave()).toBe(1);
  });
});
