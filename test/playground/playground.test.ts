/**
 * The playground (npm start) in headless Chromium, driven as a person would: by the labels and
 * roles on screen, on an empty spreadsheet (`--blank`); demo-page.test.ts opens the demo
 * workbook. It runs the built bundle (dist/), so `npm run build` comes first.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { useBrowser } from '../support/browser';
import {
  cellText,
  cellUnder,
  chooseMenu,
  close,
  open,
  type Session,
  scoreIn,
  screenshot,
  selectCell,
  typeInCell,
} from './driver';

const chromium = useBrowser();

describe('the playground, in English', () => {
  let s: Session;

  beforeAll(async () => {
    s = await open(chromium.browser, 'en', true);
  });

  afterAll(() => close(s));

  test('shows an untitled spreadsheet with its sheet, menus and formula bar', async () => {
    const { page } = s;
    await expect(
      page.getByRole('heading', { name: 'Untitled spreadsheet' }).isVisible(),
    ).resolves.toBe(true);
    await expect(
      page.getByRole('tab', { name: 'Sheet1' }).getAttribute('aria-selected'),
    ).resolves.toBe('true');
    await expect(page.getByRole('grid', { name: 'Sheet1' }).isVisible()).resolves.toBe(true);
    await expect(
      page.getByRole('columnheader', { name: 'A', exact: true }).isVisible(),
    ).resolves.toBe(true);
    await expect(page.getByRole('textbox', { name: 'Formula bar' }).isVisible()).resolves.toBe(
      true,
    );
  });

  test('a custom function typed in a cell runs the real bundle', async () => {
    const { page } = s;
    await typeInCell(page, 'B2', '=KR_PROGRESS(18%, 20%, 15%)');
    await expect.poll(() => cellText(page, 'B2')).toBe('0.6');
    // The selection moved down on Enter; back on B2, the formula bar shows the formula.
    await expect(page.getByRole('textbox', { name: 'Name box' }).inputValue()).resolves.toBe('B3');
    await selectCell(page, 'B2');
    await expect(page.getByRole('textbox', { name: 'Formula bar' }).inputValue()).resolves.toBe(
      '=KR_PROGRESS(18%, 20%, 15%)',
    );
  });

  test('a custom function that throws shows #ERROR! with its message on the cell', async () => {
    const { page } = s;
    await typeInCell(page, 'C2', '=KR_PROGRESS(1, "twenty")');
    await expect.poll(() => cellText(page, 'C2')).toBe('#ERROR!');
    // The message shows on hover, as Sheets shows it beside the cell.
    await page.locator('[data-a1="C2"]').hover();
    await expect(page.getByRole('tooltip').textContent()).resolves.toMatch(/target/i);
  });

  test('Help opens an alert that OK closes', async () => {
    const { page } = s;
    await chooseMenu(page, 'Extensions', 'Okapi', 'Help');
    const alert = page.getByRole('alertdialog');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('KR_PROGRESS');
    await alert.getByRole('button', { name: 'OK' }).click();
    await alert.waitFor({ state: 'detached' });
  });

  test('Create OKR template adds the sheets; Progress follows what is typed in Current', async () => {
    const { page } = s;
    await chooseMenu(page, 'Extensions', 'Okapi', 'Create OKR template');
    await page.getByRole('tab', { name: 'OKRs', exact: true }).click();
    await page.getByRole('grid', { name: 'OKRs' }).waitFor();

    await typeInCell(page, await cellUnder(page, 'Objective', 1), 'Grow qualified leads');
    await typeInCell(page, await cellUnder(page, 'Key result', 1), 'Raise the conversion rate');
    await typeInCell(page, await cellUnder(page, 'Baseline', 1), '15%');
    await typeInCell(page, await cellUnder(page, 'Target', 1), '20%');
    const progress = await cellUnder(page, 'Progress', 1);
    await expect.poll(() => scoreIn(page, progress)).toBe(0);

    await typeInCell(page, await cellUnder(page, 'Current', 1), '18%');
    await expect.poll(() => scoreIn(page, progress)).toBe(0.6);
    await typeInCell(page, await cellUnder(page, 'Current', 1), '20%');
    await expect.poll(() => scoreIn(page, progress)).toBe(1);
    await typeInCell(page, await cellUnder(page, 'Current', 1), '18%');
    await expect.poll(() => scoreIn(page, progress)).toBe(0.6);
  });

  test('Open sidebar loads the real sidebar beside the grid', async () => {
    const { page } = s;
    await chooseMenu(page, 'Extensions', 'Okapi', 'Open sidebar');
    await page.locator('.sidebar iframe').waitFor();
    // The iframe element comes before its document has navigated to the dialog's page.
    const dialogFrame = () => page.frames().find((f) => f.url().includes('/dialog/'));
    await expect.poll(dialogFrame, { timeout: 10_000 }).toBeDefined();
    const frame = dialogFrame();
    if (!frame) throw new Error('The sidebar has no frame');
    // The client marks the moment its first state, loaded through the shim, is drawn.
    await frame.waitForFunction(() => performance.getEntriesByName('okapi-ready').length > 0);
    await expect(frame.getByRole('alert').isVisible()).resolves.toBe(false);
    // Drawn from the workbook by the real server: the key result typed above names an
    // objective that has no row of its own, which the findings say.
    await frame.getByText(/Key result “Raise the conversion rate” points to objective/).waitFor();
  });

  test('the page makes no request outside 127.0.0.1 and throws no error', () => {
    expect(s.outside).toEqual([]);
    expect(s.errors).toEqual([]);
  });

  test('screenshot: artifacts/playground.png', async () => {
    const { page } = s;
    // Wide enough to show a key result from its objective to its Progress, unscrolled.
    await page.setViewportSize({ width: 1920, height: 860 });
    await page.getByRole('grid', { name: 'OKRs' }).evaluate((grid) => {
      grid.parentElement?.scrollTo(0, 0);
    });
    await selectCell(page, await cellUnder(page, 'Current', 1));
    await screenshot(page, 'playground');
  });
});

describe("google.script.run in a dialog's frame", () => {
  let s: Session;

  beforeAll(async () => {
    s = await open(chromium.browser, 'en', true);
    // A page as a script would show it; its calls go through the playground's shim.
    s.playground.session.handle.ui.dialogs.push({
      kind: 'sidebar',
      title: 'Probe',
      content: '<!DOCTYPE html><html><head><title>Probe</title></head><body>probe</body></html>',
      width: undefined,
      height: undefined,
    });
    await s.page.goto(`${s.playground.url}dialog/0`);
  });

  afterAll(() => close(s));

  const call = (script: string) => s.page.evaluate(script) as Promise<unknown>;

  test('calls a server function and hands the result and the user object to the success handler', async () => {
    const result = await call(`new Promise((resolve) =>
      google.script.run
        .withFailureHandler((e) => resolve({ failed: e.message }))
        .withSuccessHandler((value, user) => resolve({ value, user }))
        .withUserObject({ row: 3 })
        .KR_PROGRESS(0.18, 0.2, 0.15))`);
    expect(result).toEqual({ value: 0.6, user: { row: 3 } });
  });

  test("gives the server's error to the failure handler as an Error", async () => {
    const result = await call(`new Promise((resolve) =>
      google.script.run
        .withSuccessHandler(() => resolve('succeeded'))
        .withFailureHandler((e, user) => resolve({ isError: e instanceof Error, message: e.message, user }))
        .withUserObject('u')
        .noSuchFunction())`);
    expect(result).toEqual({
      isError: true,
      message: 'Script function not found: noSuchFunction',
      user: 'u',
    });
  });

  test('refuses a Date argument, as Apps Script does', async () => {
    const result = await call(`new Promise((resolve) =>
      google.script.run
        .withSuccessHandler(() => resolve('sent'))
        .withFailureHandler((e) => resolve(e.message))
        .KR_PROGRESS(new Date(), 1))`);
    expect(result).toMatch(/illegal value/);
  });
});

describe('the playground, in French', () => {
  let s: Session;

  beforeAll(async () => {
    s = await open(chromium.browser, 'fr', true);
  });

  afterAll(() => close(s));

  test('speaks French: document, sheet, menus and the add-on menu', async () => {
    const { page } = s;
    await expect(
      page.getByRole('heading', { name: 'Feuille de calcul sans titre' }).isVisible(),
    ).resolves.toBe(true);
    await expect(page.getByRole('tab', { name: 'Feuille 1' }).isVisible()).resolves.toBe(true);
    await page.getByRole('menuitem', { name: 'Extensions' }).click();
    await page.getByRole('menuitem', { name: 'Okapi' }).click();
    const items = await page
      .getByRole('menu', { name: 'Okapi' })
      .getByRole('menuitem')
      .allInnerTexts();
    expect(items).not.toContain('Create OKR template');
    expect(items).toEqual(expect.arrayContaining(['Ouvrir le panneau', 'Aide']));
  });

  test('reads numbers typed in the French way', async () => {
    const { page } = s;
    await page.keyboard.press('Escape');
    await typeInCell(page, 'A1', '0,18');
    await typeInCell(page, 'B1', '=KR_PROGRESS(A1, 0.2, 0.15)');
    await expect.poll(() => cellText(page, 'B1')).toBe('0,6');
  });
});
