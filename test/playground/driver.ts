/**
 * Driving the playground (npm start) in headless Chromium as a person would: by the labels
 * and roles on screen. Shared by the playground's browser tests; it runs the built bundle
 * (dist/), so `npm run build` comes first.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { type Playground, startPlayground } from '../../playground/server';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface Session {
  readonly playground: Playground;
  readonly context: BrowserContext;
  readonly page: Page;
  /** Requests that left 127.0.0.1 (there must be none). */
  readonly outside: string[];
  readonly errors: string[];
}

/** The playground in `lang`: an empty spreadsheet (`--blank`) or the demo workbook. */
export async function open(browser: Browser, lang: string, blank: boolean): Promise<Session> {
  const playground = await startPlayground({ port: 0, lang, blank });
  const context = await browser.newContext({ viewport: { width: 1400, height: 820 } });
  const outside: string[] = [];
  const errors: string[] = [];
  await context.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => {
      outside.push(route.request().url());
      return route.abort();
    },
  );
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(playground.url);
  await page.locator('body[data-ready]').waitFor();
  return { playground, context, page, outside, errors };
}

export async function close(s: Session | undefined): Promise<void> {
  await s?.context.close();
  await s?.playground.close();
}

/** Saves the page as artifacts/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(join(root, 'artifacts'), { recursive: true });
  await page.screenshot({ path: join(root, `artifacts/${name}.png`) });
}

/** Extensions ▸ Okapi ▸ item: each caption is looked for in the menu the previous one opened. */
export async function chooseMenu(page: Page, top: string, ...path: string[]): Promise<void> {
  await page.getByRole('menubar').getByRole('menuitem', { name: top, exact: true }).click();
  let menu = top;
  for (const caption of path) {
    await page
      .getByRole('menu', { name: menu, exact: true })
      .getByRole('menuitem', { name: caption, exact: true })
      .first()
      .click();
    menu = caption;
  }
}

/** Opens a sheet's tab and waits for its grid. */
export async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click();
  await page.getByRole('grid', { name }).waitFor();
}

/** Selects a cell through the Name box, as one jumps to a cell in Sheets. */
export async function selectCell(page: Page, a1: string): Promise<void> {
  const nameBox = page.getByRole('textbox', { name: /^(Name box|Zone de nom)$/ });
  await nameBox.fill(a1);
  await nameBox.press('Enter');
}

export async function typeInCell(page: Page, a1: string, text: string): Promise<void> {
  await selectCell(page, a1);
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/** The A1 name of the cell under a header, `below` rows down. */
export async function cellUnder(page: Page, header: string, below: number): Promise<string> {
  const cell = page.getByRole('gridcell', { name: header, exact: true }).first();
  const a1 = await cell.getAttribute('data-a1');
  const match = /^([A-Z]+)(\d+)$/.exec(a1 ?? '');
  if (!match) throw new Error(`No header "${header}" on this sheet`);
  return `${match[1]}${Number(match[2]) + below}`;
}

export const cell = (page: Page, a1: string) => page.locator(`[role="gridcell"][data-a1="${a1}"]`);

export const cellText = (page: Page, a1: string) => cell(page, a1).textContent();

/** A score as the cell shows it, whatever its number format ("0.60", "60 %"). */
export const scoreIn = async (page: Page, a1: string): Promise<number> => {
  const text = ((await cellText(page, a1)) ?? '').replace(/\s/g, '').replace(',', '.');
  return text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text);
};
