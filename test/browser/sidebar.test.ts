import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../src/content/examples';
import type { SaveBatch, SidebarState } from '../../src/contract/sidebar';
import { ARTIFACTS, injected, NOTHING_INJECTED, useBrowser } from '../support/browser';
import { FakeSidebarServer } from '../support/fake-server';
import { sampleState } from '../support/fixtures';
import { announced, fillKr, kr } from '../support/form';
import { PAYLOADS } from './payloads';

/** Needs `npm run build` (dist/sidebar.html) and Chromium (scripts/ensure-system-packages.sh). */

const browser = useBrowser();

describe('the sidebar', () => {
  it('loads in one round trip and shows each objective’s score and status', async () => {
    const { sidebar, page } = await browser.fake();
    const card = page.getByRole('article', {
      name: 'Make our website the first place prospects come to learn',
    });
    expect(await card.locator('.status').textContent()).toBe('Score 0.47 · On track');
    expect(await page.getByRole('article').nth(1).locator('.status').textContent()).toBe(
      'Score 0.33 · Off track',
    );
    expect(await page.getByText('This key result has no owner.').isVisible()).toBe(true);
    expect(sidebar.roundTrips()).toBe(1);
    expect(sidebar.roundTrips('okapiSidebarLoad')).toBe(1);
    expect(sidebar.errors).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'sidebar.png'), fullPage: true });
    await sidebar.close();
  });

  it('groups the findings by objective, and restores computed cells typed over on a click', async () => {
    const state: SidebarState = {
      ...sampleState(),
      findings: [
        {
          code: 'typed_over',
          message: 'A value was typed over the computed “Progress” column in row 6: it is kept.',
          where: { objectiveId: null },
        },
      ],
    };
    const { sidebar, page } = await browser.fake(state);
    const groups = page.locator('.findings-group');
    expect(await groups.allTextContents()).toEqual([
      'The workbook',
      ...state.objectives.filter((o) => o.krs.some((k) => k.owner === '')).map((o) => o.title),
    ]);
    const restore = page.getByRole('button', { name: 'Restore computed cells' });
    expect(await restore.isVisible()).toBe(true);
    await restore.click();
    await page.waitForFunction(
      (el) => el?.textContent?.startsWith('Computed cells restored') ?? false,
      await announced(page).elementHandle(),
    );
    expect(await restore.isVisible()).toBe(false);
    expect(sidebar.roundTrips('okapiSidebarRestore')).toBe(1);
    expect(sidebar.errors).toEqual([]);
    await sidebar.close();
  });

  it('creates an objective with three key results in one save, with the target helpers', async () => {
    const { sidebar, page, server } = await browser.fake();
    await page.getByRole('tab', { name: 'New objective' }).click();
    await page
      .getByLabel('Objective', { exact: true })
      .fill('Become the reference blog of our niche');
    await page
      .getByLabel('Company objective (optional)', { exact: true })
      .fill('Grow revenue with a loyal customer base');
    await page.getByLabel('Owner', { exact: true }).first().fill('Camille');
    await page.getByLabel('Period', { exact: true }).selectOption({ label: 'Half year' });

    await fillKr(kr(page, 1), {
      title: 'Grow organic traffic',
      owner: 'Hugo',
      kind: 'increase',
      unit: 'visits',
      baseline: '12,500',
    });
    await kr(page, 1)
      .getByRole('button', { name: /^\+20 %/ })
      .click();
    expect(await kr(page, 1).getByLabel('Target', { exact: true }).inputValue()).toBe('15000');
    await fillKr(kr(page, 2), {
      title: 'Double the white paper downloads',
      owner: 'Léa',
      kind: 'auto',
      unit: '%',
      baseline: '1.5',
      weight: '2',
    });
    await kr(page, 2).getByRole('button', { name: /^×2/ }).click();
    expect(await kr(page, 2).getByLabel('Target', { exact: true }).inputValue()).toBe('3');
    await fillKr(kr(page, 3), {
      title: 'Cut the cost per lead',
      owner: 'Camille',
      kind: 'decrease',
      unit: '€',
      baseline: '50',
      target: '37.50',
    });

    await page.screenshot({ path: join(ARTIFACTS, 'sidebar-create.png'), fullPage: true });
    await page.getByRole('button', { name: 'Create objective' }).click();
    await expect
      .poll(() => announced(page).textContent())
      .toBe('Objective created: Become the reference blog of our niche');
    const expected: SaveBatch = {
      objectives: [
        {
          title: 'Become the reference blog of our niche',
          parent: 'Grow revenue with a loyal customer base',
          owner: 'Camille',
          period: 'half',
          krs: [
            {
              title: 'Grow organic traffic',
              owner: 'Hugo',
              unit: 'visits',
              weight: null,
              kind: 'increase',
              baseline: 12500,
              target: 15000,
            },
            {
              title: 'Double the white paper downloads',
              owner: 'Léa',
              unit: '%',
              weight: 2,
              kind: 'auto',
              baseline: 0.015,
              target: 0.03,
            },
            {
              title: 'Cut the cost per lead',
              owner: 'Camille',
              unit: '€',
              weight: null,
              kind: 'decrease',
              baseline: 50,
              target: 37.5,
            },
          ],
        },
      ],
      checkIns: [],
    };
    expect(server.batches).toEqual([expected]);
    expect(sidebar.roundTrips('okapiSidebarLoad')).toBe(1);
    expect(sidebar.roundTrips('okapiSidebarSave')).toBe(1);
    expect(sidebar.roundTrips()).toBe(2);
    // The form starts over, and the new objective is there at a glance.
    expect(await page.getByLabel('Objective', { exact: true }).inputValue()).toBe('');
    await page.getByRole('tab', { name: 'Objectives' }).click();
    expect(
      await page
        .getByRole('article', { name: 'Become the reference blog of our niche' })
        .isVisible(),
    ).toBe(true);
    await sidebar.close();
  });

  it('gives the method’s advice inline, without blocking the save', async () => {
    const { sidebar, page, server } = await browser.fake();
    await page.getByRole('tab', { name: 'New objective' }).click();
    const objective = page.getByLabel('Objective', { exact: true });
    await objective.fill('Reach 10,000 subscribers');
    expect(await page.getByText('Keep numbers for the key results').isVisible()).toBe(true);
    // The advice is tied to the field, so a screen reader reads it with the field.
    const hintId = await objective.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${hintId}"]`).textContent()).toContain('Keep numbers');
    await kr(page, 1).getByLabel('Title', { exact: true }).fill('Grow the subscriber base');
    expect(
      await kr(page, 1)
        .getByText('Give it a target, so it is measurable. Give it an owner.')
        .isVisible(),
    ).toBe(true);
    expect(await page.getByText('Aim for 3 to 5 key results (1 so far).').isVisible()).toBe(true);
    await objective.fill('Make our newsletter a must-read');
    expect(await page.getByText('Qualitative, no number: good.').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Create objective' }).click();
    await expect.poll(() => server.batches.length).toBe(1);
    expect(server.batches[0]?.objectives[0]?.krs).toEqual([
      {
        title: 'Grow the subscriber base',
        owner: '',
        unit: '',
        weight: null,
        kind: 'auto',
        baseline: null,
        target: null,
      },
    ]);
    await sidebar.close();
  });

  it('fills the form from an example by marketing domain', async () => {
    const { sidebar, page } = await browser.fake();
    const example = EXAMPLES[0];
    if (!example) throw new Error('no example OKR');
    await page.getByRole('tab', { name: 'New objective' }).click();
    await page
      .getByLabel('Start from an example', { exact: true })
      .selectOption({ label: example.objective.en });
    await page.getByRole('button', { name: 'Fill the form' }).click();
    expect(await page.getByLabel('Objective', { exact: true }).inputValue()).toBe(
      example.objective.en,
    );
    expect(await page.getByRole('group', { name: /^Key result \d$/ }).count()).toBe(
      example.krs.length,
    );
    const first = example.krs[0];
    if (!first) throw new Error('no example KR');
    expect(await kr(page, 1).getByLabel('Title', { exact: true }).inputValue()).toBe(
      first.title.en,
    );
    expect(await kr(page, 1).getByLabel('Kind', { exact: true }).inputValue()).toBe(first.kind);
    expect(await kr(page, 1).getByLabel('Unit', { exact: true }).inputValue()).toBe(first.unit.en);
    expect(await announced(page).textContent()).toContain('The form now holds the example');
    await page.getByRole('button', { name: 'Remove key result 1' }).click();
    expect(await page.getByRole('group', { name: /^Key result \d$/ }).count()).toBe(
      example.krs.length - 1,
    );
    expect(sidebar.roundTrips()).toBe(1);
    await sidebar.close();
  });

  it('checks in every key result in one save', async () => {
    const { sidebar, page, server } = await browser.fake();
    await page.getByRole('tab', { name: 'Check-in' }).click();
    const row = (title: string): Locator => page.getByRole('group', { name: title });
    const values: [string, string, string, string][] = [
      ['Raise the visitor-to-lead conversion rate', '19', '80', 'Pricing page A/B test won'],
      ['Grow qualified leads per month', '1,020', '60', 'Webinar season'],
      ['Bring the cost per lead down', '41.5', '50', ''],
      ['Welcome attendees at the spring meetup', '87', '90', 'Venue booked'],
    ];
    for (const [title, current, confidence, note] of values) {
      await row(title)
        .getByLabel(/^Current/)
        .fill(current);
      await row(title).getByLabel('Confidence (%)', { exact: true }).fill(confidence);
      await row(title).getByLabel('Note', { exact: true }).fill(note);
    }
    await row('Publish a white paper with a partner').getByLabel('Done', { exact: true }).check();
    await row('Publish a white paper with a partner')
      .getByLabel('Confidence (%)', { exact: true })
      .fill('100');
    const fed = row('Keep the newsletter open rate high');
    expect(
      await fed.getByLabel('Current (%)', { exact: true }).getAttribute('readonly'),
    ).not.toBeNull();
    await fed.getByLabel('Note', { exact: true }).fill('Fed from the emailing export');

    await page.screenshot({ path: join(ARTIFACTS, 'sidebar-check-in.png'), fullPage: true });
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await expect.poll(() => announced(page).textContent()).toBe('6 key results checked in.');
    expect(sidebar.roundTrips('okapiSidebarSave')).toBe(1);
    expect(server.batches).toEqual([
      {
        objectives: [],
        checkIns: [
          { krId: 'K1', current: 0.19, confidence: 0.8, note: 'Pricing page A/B test won' },
          { krId: 'K2', current: 1020, confidence: 0.6, note: 'Webinar season' },
          { krId: 'K3', current: 41.5, confidence: 0.5, note: '' },
          { krId: 'K4', current: 87, confidence: 0.9, note: 'Venue booked' },
          { krId: 'K5', current: 1, confidence: 1, note: '' },
          // Fed by a formula: Current is not sent, so the sheet keeps the formula.
          { krId: 'K6', confidence: null, note: 'Fed from the emailing export' },
        ],
      },
    ]);
    // The panel redraws from the new state: the second objective's milestone now counts.
    await page.getByRole('tab', { name: 'Objectives' }).click();
    expect(await page.getByRole('article').nth(1).locator('.status').textContent()).toBe(
      'Score 0.67 · On track',
    );
    // Saving again with nothing changed costs no round trip.
    await page.getByRole('tab', { name: 'Check-in' }).click();
    await page.getByRole('button', { name: 'Save check-in' }).click();
    expect(await announced(page).textContent()).toBe('Nothing changed: nothing to save.');
    expect(sidebar.roundTrips('okapiSidebarSave')).toBe(1);
    await sidebar.close();
  });

  it('keeps a check-in typed but not saved across a refresh, then saves it', async () => {
    const { sidebar, page, server } = await browser.fake();
    await page.getByRole('tab', { name: 'Check-in' }).click();
    const row = page.getByRole('group', { name: 'Grow qualified leads per month' });
    await row.getByLabel(/^Current/).fill('1,050');
    await row.getByLabel('Note', { exact: true }).fill('Typed before the refresh');
    await page.getByRole('tab', { name: 'Objectives' }).click();
    await page.getByRole('button', { name: 'Refresh progress' }).click();
    await expect.poll(() => announced(page).textContent()).toMatch(/^Progress refreshed/);
    await page.getByRole('tab', { name: 'Check-in' }).click();
    expect(await row.getByLabel(/^Current/).inputValue()).toBe('1,050');
    expect(await row.getByLabel('Note', { exact: true }).inputValue()).toBe(
      'Typed before the refresh',
    );
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await expect.poll(() => announced(page).textContent()).toBe('1 key result checked in.');
    expect(server.batches).toEqual([
      {
        objectives: [],
        checkIns: [
          { krId: 'K2', current: 1050, confidence: null, note: 'Typed before the refresh' },
        ],
      },
    ]);
    expect(sidebar.roundTrips()).toBe(3);
    await sidebar.close();
  });

  it('shows HTML, script and formula text typed anywhere as inert text', async () => {
    const { img, script, formula, bold, svg, plusAt: plus } = PAYLOADS;
    // The sheet may hold such text already: the state from the server is shown inertly too.
    const state = sampleState();
    const loaded: SidebarState = {
      ...state,
      objectives: state.objectives.map((o, i) => (i === 0 ? { ...o, title: svg } : o)),
    };
    const { sidebar, page, server } = await browser.fake(loaded);
    await page.getByRole('tab', { name: 'New objective' }).click();
    await page.getByLabel('Objective', { exact: true }).fill(img);
    await page.getByLabel('Company objective (optional)', { exact: true }).fill(script);
    await page.getByLabel('Owner', { exact: true }).first().fill(formula);
    await fillKr(kr(page, 1), {
      title: bold,
      owner: img,
      kind: 'increase',
      unit: script,
      baseline: '1',
      target: '2',
    });
    await fillKr(kr(page, 2), {
      title: formula,
      owner: plus,
      kind: 'milestone',
      unit: '',
      baseline: '',
    });
    // A milestone is done or not: no unit, baseline or target to fill.
    for (const label of ['Unit', 'Baseline', 'Target'])
      expect(await kr(page, 2).getByLabel(label, { exact: true }).isVisible()).toBe(false);
    await fillKr(kr(page, 3), {
      title: script,
      owner: svg,
      kind: 'auto',
      unit: formula,
      baseline: '0',
      target: '5',
    });
    await page.getByRole('button', { name: 'Create objective' }).click();
    await expect.poll(() => server.batches.length).toBe(1);
    const sent = server.batches[0]?.objectives[0];
    expect([sent?.title, sent?.parent, sent?.owner]).toEqual([img, script, formula]);
    expect(sent?.krs.map((k) => [k.title, k.owner, k.unit])).toEqual([
      [bold, img, script],
      [formula, plus, ''],
      [script, svg, formula],
    ]);

    await page.getByRole('tab', { name: 'Check-in' }).click();
    await page.getByRole('group', { name: bold }).getByLabel('Note', { exact: true }).fill(img);
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await expect.poll(() => server.batches.length).toBe(2);
    await page.getByRole('tab', { name: 'Objectives' }).click();

    const card = page.getByRole('article', { name: img });
    expect(await card.getByRole('heading').textContent()).toBe(img);
    expect(await card.getByText(`Under: ${script}`, { exact: true }).isVisible()).toBe(true);
    for (const title of [bold, formula, script])
      expect(await card.getByText(title, { exact: true }).isVisible()).toBe(true);
    // Its card's heading, and the heading of its findings (shown as text in both).
    expect(await page.getByRole('heading', { name: svg }).count()).toBeGreaterThan(0);
    for (const heading of await page.getByRole('heading', { name: svg }).all())
      expect(await heading.textContent()).toBe(svg);
    await page.getByRole('tab', { name: 'Check-in' }).click();
    expect(
      await page
        .getByRole('group', { name: bold })
        .getByLabel('Note', { exact: true })
        .inputValue(),
    ).toBe(img);
    // Nothing was injected: no new elements, no handler ran, no dialog opened.
    expect(await injected(sidebar)).toEqual(NOTHING_INJECTED);
    await page.getByRole('tab', { name: 'Objectives' }).click();
    expect(await injected(sidebar)).toEqual(NOTHING_INJECTED);
    await sidebar.close();
  });

  it('is reachable with the keyboard alone, focus visible, up to the save', async () => {
    const { sidebar, page, server } = await browser.fake();
    const focused = (): Promise<string> =>
      page.evaluate(() => {
        const e = document.activeElement as HTMLElement | null;
        const label = e && 'labels' in e ? (e as HTMLInputElement).labels?.[0]?.textContent : null;
        return `${e?.tagName}:${e?.getAttribute('role') ?? ''}:${label ?? e?.textContent ?? ''}`;
      });
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('BUTTON:tab:Objectives');
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe('BUTTON:tab:New objective');
    expect(
      await page.getByRole('tab', { name: 'New objective' }).getAttribute('aria-selected'),
    ).toBe('true');
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement as Element).outlineStyle,
    );
    expect(outline).not.toBe('none');

    const tabTo = async (target: string): Promise<void> => {
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press('Tab');
        if ((await focused()) === target) return;
      }
      throw new Error(`Tab never reached ${target}`);
    };
    await tabTo('INPUT::Objective');
    await page.keyboard.type('Make our brand the one people recommend');
    await tabTo('INPUT::Title');
    await page.keyboard.type('Grow the share of referred sign-ups');
    await tabTo('BUTTON::+20 %');
    await tabTo('BUTTON::Create objective');
    await page.keyboard.press('Enter');
    await expect.poll(() => server.batches.length).toBe(1);
    expect(server.batches[0]?.objectives[0]?.title).toBe('Make our brand the one people recommend');
    expect(sidebar.roundTrips('okapiSidebarSave')).toBe(1);
    await sidebar.close();
  });

  it('speaks French, and reads numbers the French way', async () => {
    const { sidebar, page, server } = await browser.fake(sampleState('fr'));
    expect(await page.getByRole('tab').allTextContents()).toEqual([
      'Objectifs',
      'Nouvel objectif',
      'Suivi',
      'Fin de période',
    ]);
    expect(await page.getByRole('button', { name: 'Actualiser la progression' }).isVisible()).toBe(
      true,
    );
    expect(await page.getByRole('article').first().locator('.status').textContent()).toBe(
      'Score 0,47 · En bonne voie',
    );
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    await page.getByRole('tab', { name: 'Nouvel objectif' }).click();
    await page.getByLabel('Objectif', { exact: true }).fill('Devenir la référence de notre marché');
    const first = page.getByRole('group', { name: 'Résultat clé 1' });
    await first.getByLabel('Intitulé', { exact: true }).fill('Réduire le coût par lead');
    await first.getByLabel('Type', { exact: true }).selectOption({ label: 'diminuer' });
    await first.getByLabel('Point de départ', { exact: true }).fill('1 234,5');
    await first.getByLabel('Cible', { exact: true }).fill('37,50');
    const second = page.getByRole('group', { name: 'Résultat clé 2' });
    await second.getByLabel('Intitulé', { exact: true }).fill('Doubler les inscriptions');
    await second.getByLabel('Point de départ', { exact: true }).fill('12,5');
    await second.getByRole('button', { name: /^×2/ }).click();
    expect(await second.getByLabel('Cible', { exact: true }).inputValue()).toBe('25');
    await page.getByRole('button', { name: 'Créer l’objectif' }).click();
    await expect
      .poll(() => announced(page).textContent())
      .toBe('Objectif créé : Devenir la référence de notre marché');
    const krs = server.batches[0]?.objectives[0]?.krs ?? [];
    expect(krs.map((k) => (k.kind === 'milestone' ? null : [k.baseline, k.target]))).toEqual([
      [1234.5, 37.5],
      [12.5, 25],
    ]);
    await page.getByRole('tab', { name: 'Nouvel objectif' }).click();
    await page
      .getByRole('group', { name: 'Résultat clé 1' })
      .getByLabel('Cible', { exact: true })
      .fill('abc');
    await page
      .getByRole('group', { name: 'Résultat clé 1' })
      .getByLabel('Intitulé', { exact: true })
      .fill('x');
    await page.getByLabel('Objectif', { exact: true }).fill('y');
    await page.getByRole('button', { name: 'Créer l’objectif' }).click();
    expect(await page.getByText('« abc » n’est pas un nombre.').isVisible()).toBe(true);
    expect(sidebar.roundTrips('okapiSidebarSave')).toBe(1);
    await page.screenshot({ path: join(ARTIFACTS, 'sidebar-fr-form.png'), fullPage: true });
    await sidebar.close();
  });

  it('shows the server’s failure, keeps the form, and makes one call at a time', async () => {
    let release: (() => void) | undefined;
    const fake = new FakeSidebarServer(sampleState());
    const sidebar = await browser.open(async (name, args) => {
      if (name === 'okapiSidebarRefresh') throw new Error('Another refresh is running; try again.');
      if (name === 'okapiSidebarSave') await new Promise<void>((r) => (release = r));
      return fake.handle(name, args);
    });
    const { page } = sidebar;
    await page.getByRole('button', { name: 'Refresh progress' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe('The sheet was not updated: Another refresh is running; try again.');
    expect(await page.locator('#app').getAttribute('aria-busy')).toBe('false');

    await page.getByRole('tab', { name: 'Check-in' }).click();
    await page
      .getByRole('group', { name: 'Grow qualified leads per month' })
      .getByLabel('Note', { exact: true })
      .fill('x');
    const save = page.getByRole('button', { name: 'Save check-in' });
    await save.click();
    await expect.poll(() => sidebar.roundTrips('okapiSidebarSave')).toBe(1);
    expect(await save.getAttribute('aria-disabled')).toBe('true');
    expect(await page.locator('#app').getAttribute('aria-busy')).toBe('true');
    expect(await announced(page).textContent()).toBe('Saving…');
    // A second press while the first save runs sends nothing.
    await page.keyboard.press('Enter');
    release?.();
    await expect.poll(() => announced(page).textContent()).toBe('1 key result checked in.');
    expect(sidebar.roundTrips('okapiSidebarSave')).toBe(1);
    expect(await page.getByRole('alert').isHidden()).toBe(true);
    await sidebar.close();
  });

  it('offers to try again when the load fails', async () => {
    let fail = true;
    const fake = new FakeSidebarServer(sampleState());
    const sidebar = await browser.open(
      (name, args) => {
        if (fail) throw new Error('Authorisation is required to perform that action.');
        return fake.handle(name, args);
      },
      { waitForReady: false },
    );
    const { page } = sidebar;
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('Authorisation is required');
    fail = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => page.getByRole('tab').count()).toBe(4);
    expect(sidebar.roundTrips('okapiSidebarLoad')).toBe(2);
    await sidebar.close();
  });
});
