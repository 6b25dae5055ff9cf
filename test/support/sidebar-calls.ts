/**
 * google.script.run round trips of one save from the real sidebar page (dist/sidebar.html)
 * to the real server (the built bundle in the emulation): a new objective with three key
 * results, created through the form. The bar is 1 (docs/workbook.md#sidebar-contract). Build first.
 */
import { loadBundle } from '../../emulation/load';
import { emulatedServer } from './emulated-server';
import { announced, fillKr, kr } from './form';
import { launchChromium, openSidebar } from './harness';

export async function sidebarCallsPerSave(): Promise<number> {
  const h = loadBundle({ now: new Date('2025-05-15T08:00:00Z'), timeZone: 'Europe/Paris' });
  h.run('okapiCreateTemplate');
  const browser = await launchChromium();
  try {
    const sidebar = await openSidebar(browser, emulatedServer(h));
    const { page } = sidebar;
    await page.getByRole('tab', { name: 'New objective' }).click();
    await page.getByLabel('Objective', { exact: true }).fill('Delight our readers');
    for (const n of [1, 2, 3])
      await fillKr(kr(page, n), {
        title: `Key result ${n}`,
        owner: 'Hugo',
        kind: 'increase',
        unit: '',
        baseline: '0',
        target: '10',
      });
    const before = sidebar.roundTrips();
    await page.getByRole('button', { name: 'Create objective' }).click();
    await page.waitForFunction(
      (el) => el?.textContent?.startsWith('Objective created') ?? false,
      await announced(page).elementHandle(),
    );
    return sidebar.roundTrips() - before;
  } finally {
    await browser.close();
  }
}
