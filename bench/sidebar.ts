/**
 * The sidebar's two numbers for the bench runner: how heavy the page is, and how soon it
 * answers a person: navigation start to the client's "okapi-ready" mark (set once the load
 * call has returned and the state is drawn), in headless Chromium. The load call's own round
 * trip is taken out: here it is a test bridge's latency, in Apps Script the server's, and
 * neither is the page's cost.
 */
import { statSync } from 'node:fs';
import { FakeSidebarServer } from '../test/browser/fake-server';
import { sampleState } from '../test/browser/fixtures';
import { launchChromium, openSidebar, SIDEBAR_HTML } from '../test/browser/harness';

/** Bytes of dist/sidebar.html (build first). */
export function sidebarHtmlBytes(): number {
  return statSync(SIDEBAR_HTML).size;
}

/** The median, over `runs` fresh page loads in one browser, of the time to interactive. */
export async function sidebarReadyMs(runs = 5): Promise<number> {
  const browser = await launchChromium();
  try {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const sidebar = await openSidebar(browser, new FakeSidebarServer(sampleState()).handle);
      times.push(
        await sidebar.page.evaluate(() => {
          const ready = performance.getEntriesByName('okapi-ready')[0]?.startTime ?? Number.NaN;
          const server = performance
            .getEntriesByName('okapi-server:okapiSidebarLoad')
            .reduce((sum, e) => sum + e.duration, 0);
          return ready - server;
        }),
      );
      await sidebar.close();
    }
    times.sort((a, b) => a - b);
    return Math.round((times[Math.floor(times.length / 2)] ?? Number.NaN) * 10) / 10;
  } finally {
    await browser.close();
  }
}

/** The metrics by the names the bench results use. */
export const SIDEBAR_METRICS = {
  sidebar_html_bytes: async (): Promise<number> => sidebarHtmlBytes(),
  sidebar_ready_ms: (): Promise<number> => sidebarReadyMs(),
} as const;
