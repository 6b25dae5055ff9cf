/**
 * The sidebar's two numbers for the bench runner: how heavy the page is, and how soon it
 * answers a person: navigation start to the client's "okapi-ready" mark (set once the load
 * call has returned and the state is drawn), in headless Chromium, with the load answered by
 * an in-process server (in Apps Script the server's own time comes on top).
 */
import { statSync } from 'node:fs';
import { FakeSidebarServer } from '../test/support/fake-server';
import { sampleState } from '../test/support/fixtures';
import { launchChromium, openSidebar, SIDEBAR_HTML } from '../test/support/harness';

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
        await sidebar.page.evaluate(
          () => performance.getEntriesByName('okapi-ready')[0]?.startTime ?? Number.NaN,
        ),
      );
      await sidebar.close();
    }
    times.sort((a, b) => a - b);
    return Math.round((times[Math.floor(times.length / 2)] ?? Number.NaN) * 10) / 10;
  } finally {
    await browser.close();
  }
}
