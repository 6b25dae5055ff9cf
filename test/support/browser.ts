import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { SidebarState } from '../../src/contract/sidebar';
import { FakeSidebarServer } from './fake-server';
import { sampleState } from './fixtures';
import {
  launchChromium,
  type OpenOptions,
  openSidebar,
  type SidebarPage,
  type SidebarServer,
} from './harness';

/**
 * What the browser tests of a file share: one Chromium, launched before its tests and closed
 * after them, the sidebar opened on it (on any server, or on a FakeSidebarServer), artifacts/
 * for the screenshots, and the keyboard moves of the tests that use no mouse.
 */

/** Where the browser tests save their screenshots (made before the first test). */
export const ARTIFACTS = fileURLToPath(new URL('../../artifacts', import.meta.url));

export interface SidebarOnFake {
  readonly sidebar: SidebarPage;
  readonly page: Page;
  readonly server: FakeSidebarServer;
}

export interface Browsing {
  /** The browser, once beforeAll has launched it. */
  readonly browser: Browser;
  /** The sidebar on `server` (see openSidebar). */
  open(server: SidebarServer, options?: OpenOptions): Promise<SidebarPage>;
  /** The sidebar on a FakeSidebarServer holding `state` (sampleState() when none). */
  fake(state?: SidebarState, options?: OpenOptions): Promise<SidebarOnFake>;
}

/** Registers the file's beforeAll and afterAll: call it at the top of a test file. */
export function useBrowser(): Browsing {
  let launched: Browser | undefined;
  beforeAll(async () => {
    launched = await launchChromium();
    mkdirSync(ARTIFACTS, { recursive: true });
  });
  afterAll(async () => {
    await launched?.close();
  });
  const browser = (): Browser => {
    if (!launched) throw new Error('the browser is launched in beforeAll');
    return launched;
  };
  const open = (server: SidebarServer, options?: OpenOptions): Promise<SidebarPage> =>
    openSidebar(browser(), server, options);
  return {
    get browser() {
      return browser();
    },
    open,
    async fake(state = sampleState(), options) {
      const server = new FakeSidebarServer(state);
      const sidebar = await open(server.handle, options);
      return { sidebar, page: sidebar.page, server };
    },
  };
}

/** What markup typed as text would leave behind in the page had it run (see `injected`). */
export interface Injected {
  /** Elements the payloads would make (test/browser/payloads.ts): img, svg, b. */
  readonly elements: number;
  /** Script elements: the page's own is the one. */
  readonly scripts: number;
  /** What PAYLOADS.script sets when it runs. */
  readonly pwned: unknown;
  readonly dialogs: readonly string[];
  readonly errors: readonly string[];
}

export const NOTHING_INJECTED: Injected = {
  elements: 0,
  scripts: 1,
  pwned: null,
  dialogs: [],
  errors: [],
};

/**
 * What is on the page after text was shown that would run as markup: the mouse passes over
 * the page first, so that an onmouseover handler would have had its chance.
 */
export async function injected(sidebar: SidebarPage): Promise<Injected> {
  const { page } = sidebar;
  await page.mouse.move(100, 150);
  return {
    elements: await page.locator('img, svg, b').count(),
    scripts: await page.locator('script').count(),
    pwned: await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null),
    dialogs: [...sidebar.dialogs],
    errors: [...sidebar.errors],
  };
}

/**
 * Saves the whole page as artifacts/<name>.png, laid out as a sidebar that tall would show it:
 * a full-page capture of the scrolled page draws the sticky status line over what it covers.
 */
export async function picture(page: Page, name: string): Promise<void> {
  const viewport = page.viewportSize();
  const height = await page.evaluate(() => document.body.scrollHeight);
  if (viewport) await page.setViewportSize({ width: viewport.width, height });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
  if (viewport) await page.setViewportSize(viewport);
}

/** The focused element: tag, label (or text), and the legend of its fieldset. */
export const focused = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const e = document.activeElement as HTMLElement | null;
    const label = e && 'labels' in e ? (e as HTMLInputElement).labels?.[0]?.textContent : null;
    const legend = e?.closest('fieldset')?.querySelector('legend')?.textContent ?? '';
    return `${e?.tagName}:${label ?? e?.textContent ?? ''}:${legend}`;
  });

/** Presses Tab (or `key`: Shift+Tab) until `target` (as `focused` says it) has the focus. */
export async function tabTo(page: Page, target: string, key = 'Tab'): Promise<void> {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press(key);
    if ((await focused(page)) === target) return;
  }
  throw new Error(`Tab never reached ${target}`);
}
