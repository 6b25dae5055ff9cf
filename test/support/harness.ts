/**
 * Drives the built sidebar (dist/sidebar.html) in headless Chromium with google.script.run
 * replaced by a bridge to a server written in Node: a fake holding a state in memory today,
 * the real server run in the emulation tomorrow. Any function from a call's name and
 * arguments to its result can play the server.
 *
 * The bridge behaves like google.script.run where it matters: calls are asynchronous, the
 * arguments and the result cross as JSON (a Date or a function in a result is refused, as
 * Apps Script refuses it), a server exception reaches the failure handler as an Error with
 * the same message, and every call is recorded, so tests can count round trips.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { chromiumPath } from './programs';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const SIDEBAR_HTML = join(root, 'dist/sidebar.html');
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** The server side of google.script.run: may return a value or a promise, or throw. */
export type SidebarServer = (name: string, args: readonly unknown[]) => unknown;

export interface ServerCall {
  readonly name: string;
  /** As the server received them, after the JSON trip. */
  readonly args: readonly unknown[];
}

export interface SidebarPage {
  readonly page: Page;
  readonly calls: readonly ServerCall[];
  /** How many round trips were made, to one function or in all. */
  roundTrips(name?: string): number;
  /** Messages of alert/confirm/prompt dialogs the page opened (each is dismissed). */
  readonly dialogs: readonly string[];
  /** Uncaught page errors and console errors. */
  readonly errors: readonly string[];
  close(): Promise<void>;
}

export interface OpenOptions {
  /** The browser's language (navigator.language), which the page speaks before it loads. */
  readonly locale?: string;
  /** Wait until the first load has been answered and drawn (default true). */
  readonly waitForReady?: boolean;
  readonly width?: number;
  readonly height?: number;
  /**
   * The page as the server serves it (default: dist/sidebar.html as built), e.g. the HTML the
   * menu's showSidebar made in the emulation (`h.ui.sidebars`), or `servedOn(view)`.
   */
  readonly html?: string;
}

/** The views the menu opens the sidebar on (src/entry/menu.ts, SidebarView). */
export type MenuView = 'closing' | 'next';

/**
 * The built page as "Close period…" or "Start next period…" serves it: the server appends
 * `<meta name="okapi-view">` after the page's end. For a fake server; with the real one, take
 * the HTML the menu made (`h.ui.sidebars`).
 */
export function servedOn(view: MenuView): string {
  return `${readFileSync(builtPage(), 'utf8')}<meta name="okapi-view" content="${view}">`;
}

function builtPage(): string {
  if (!existsSync(SIDEBAR_HTML)) throw new Error(`${SIDEBAR_HTML} is missing: run npm run build`);
  return SIDEBAR_HTML;
}

/** The page's URL: the built file, or the HTML given written to a file of its own (file: too). */
function pageUrl(html: string | undefined): string {
  if (html === undefined) return pathToFileURL(builtPage()).href;
  const file = join(mkdtempSync(join(tmpdir(), 'okapi-sidebar-')), 'sidebar.html');
  writeFileSync(file, html);
  return pathToFileURL(file).href;
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

// Runs in the page before its own script. Each with…Handler returns a new runner, as the real
// one does; any other property is a server function. Kept as source text: a function handed
// to addInitScript would carry the test runner's compile helpers into the page.
const FAKE_RUN = `(() => {
  const runner = (onSuccess, onFailure) => new Proxy({}, {
    get(_target, prop) {
      if (prop === 'withSuccessHandler') return (f) => runner(f, onFailure);
      if (prop === 'withFailureHandler') return (f) => runner(onSuccess, f);
      if (prop === 'withUserObject') return () => runner(onSuccess, onFailure);
      if (typeof prop !== 'string') return undefined;
      return (...args) => {
        window.__okapiServer(prop, JSON.stringify(args)).then((reply) => {
          const r = JSON.parse(reply);
          if (r.ok) onSuccess?.(r.value);
          else onFailure?.(new Error(r.message));
        });
      };
    },
  });
  window.google = { script: { run: runner(undefined, undefined) } };
})();`;

export async function openSidebar(
  browser: Browser,
  server: SidebarServer,
  options: OpenOptions = {},
): Promise<SidebarPage> {
  const url = pageUrl(options.html);
  const context = await browser.newContext({
    viewport: { width: options.width ?? 300, height: options.height ?? 800 },
    locale: options.locale ?? 'en-US',
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  const calls: ServerCall[] = [];
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    // Google's add-on stylesheet cannot load here (no network): that one error is expected.
    if (m.type() === 'error' && !m.text().includes('net::ERR_')) errors.push(m.text());
  });
  // Nothing leaves the machine: the add-on stylesheet's request fails at once.
  await context.route(/^https?:/, (route) => route.abort());
  await page.exposeFunction('__okapiServer', async (name: string, argsJson: string) => {
    const args = JSON.parse(argsJson) as unknown[];
    calls.push({ name, args });
    try {
      const value = await server(name, args);
      assertTransferable(value, name);
      return JSON.stringify({ ok: true, value });
    } catch (e) {
      return JSON.stringify({ ok: false, message: e instanceof Error ? e.message : String(e) });
    }
  });
  await page.addInitScript(FAKE_RUN);
  await page.goto(url);
  if (options.waitForReady ?? true) await waitForReady(page);
  return {
    page,
    calls,
    dialogs,
    errors,
    roundTrips: (name) => calls.filter((c) => name === undefined || c.name === name).length,
    close: () => context.close(),
  };
}

/** Waits for the mark the client sets once the first state is drawn and interactive. */
export async function waitForReady(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('okapi-ready').length > 0);
}

/**
 * What google.script.run can carry back: primitives, arrays and plain objects of them.
 * A Date (the classic mistake), a function, undefined in an array or NaN fails here as it
 * would fail (or silently change) in Apps Script.
 */
export function assertTransferable(value: unknown, where: string): void {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
  if (typeof value === 'number') {
    if (!Number.isFinite(value))
      throw new Error(`${where}: ${value} cannot cross google.script.run`);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      if (v === undefined) throw new Error(`${where}[${i}] is undefined`);
      assertTransferable(v, `${where}[${i}]`);
    });
    return;
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [k, v] of Object.entries(value))
      if (v !== undefined) assertTransferable(v, `${where}.${k}`);
    return;
  }
  throw new Error(
    `${where}: a ${Object.prototype.toString.call(value)} cannot cross google.script.run`,
  );
}
