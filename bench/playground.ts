/**
 * The playground's two numbers for the bench runner, on the demo workbook in headless Chromium:
 * how soon the page answers once `npm start` has printed its URL (the server is listening, the
 * demo made), and how soon a value typed into a key result's Current cell is recalculated by
 * the server and drawn again (Enter pressed to the page's "okapi-playground-drawn" mark).
 */
import type { Page } from 'playwright-core';
import { startPlayground } from '../playground/server';
import { launchChromium } from '../test/support/harness';

export interface PlaygroundTimes {
  /** The URL known to the page interactive (body[data-ready]), median of the loads. */
  readonly readyMs: number;
  /** Enter in a Current cell to the grid redrawn with the new Progress, median of the edits. */
  readonly typedMs: number;
}

export async function playgroundTimes(runs = 5): Promise<PlaygroundTimes> {
  const playground = await startPlayground({ port: 0 });
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 820 } });
    const ready: number[] = [];
    let page: Page | undefined;
    for (let i = 0; i < runs; i++) {
      await page?.close();
      page = await context.newPage();
      const t0 = performance.now();
      await page.goto(playground.url);
      await page.locator('body[data-ready]').waitFor();
      ready.push(performance.now() - t0);
    }
    if (!page) throw new Error('No page opened');
    const typed: number[] = [];
    for (let i = 0; i < runs; i++) typed.push(await typeAndTime(page, i % 2 === 0 ? '17%' : '19%'));
    return { readyMs: median(ready), typedMs: median(typed) };
  } finally {
    await browser.close();
    await playground.close();
  }
}

/** Types a value into the first key result's Current cell and times its redraw, in the page. */
async function typeAndTime(page: Page, value: string): Promise<number> {
  const nameBox = page.getByRole('textbox', { name: 'Name box' });
  await nameBox.fill('J6');
  await nameBox.press('Enter');
  await page.keyboard.type(value);
  const marks = () => performance.getEntriesByName('okapi-playground-drawn').length;
  const before = await page.evaluate(marks);
  // The page's clock from the Enter key's event to the mark set after the redraw.
  await page.evaluate(() => {
    document.addEventListener(
      'keydown',
      (e) => {
        (window as unknown as { enterAt: number }).enterAt = e.timeStamp;
      },
      { capture: true, once: true },
    );
  });
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    (n) => performance.getEntriesByName('okapi-playground-drawn').length > n,
    before,
  );
  return page.evaluate(() => {
    const drawn = performance.getEntriesByName('okapi-playground-drawn').at(-1)?.startTime ?? NaN;
    return drawn - (window as unknown as { enterAt: number }).enterAt;
  });
}

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return Math.round((sorted[Math.floor(sorted.length / 2)] ?? Number.NaN) * 10) / 10;
}
