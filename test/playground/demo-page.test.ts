/**
 * The playground as `npm start` opens it, on the demo workbook, in headless Chromium: the grid
 * draws what Sheets draws (conditional colours, bar sparklines, number formats, dropdown
 * chips, notes, frozen rows, hidden columns, the dashboard's chart), follows what is typed,
 * warns before an edit of a protected range, and Reset brings the demo back. Screenshots of
 * every tab go to artifacts/. Needs `npm run build`.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { GRADE_COLORS, type Grade, gradeOf } from '../../src/core/grade';
import { useBrowser } from '../support/browser';
import {
  cell,
  cellText,
  cellUnder,
  close,
  open,
  openTab,
  type Session,
  scoreIn,
  screenshot,
  selectCell,
  typeInCell,
} from './driver';

const chromium = useBrowser();

/** The band each status shares its colour with in the template's rules. */
const STATUS_GRADE: Readonly<Record<string, Grade>> = {
  'On track': 'green',
  'At risk': 'yellow',
  'Off track': 'red',
};

/** "#b7e1cd" as the browser reports a computed colour. */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

const background = (page: Page, a1: string) =>
  cell(page, a1).evaluate((td) => getComputedStyle(td).backgroundColor);

/** The bar in a cell: the share of the cell it fills, and its colour. */
const barIn = (page: Page, a1: string) =>
  cell(page, a1)
    .locator('.spark-fill')
    .evaluate((fill) => ({
      share: fill.getBoundingClientRect().width / (fill.parentElement?.clientWidth ?? 1),
      color: getComputedStyle(fill).backgroundColor,
    }));

/** The A1 of a column's cell in a row, by the column's header on the OKR sheet. */
async function at(page: Page, header: string, row: number): Promise<string> {
  const top = await cellUnder(page, header, 0);
  return `${/^[A-Z]+/.exec(top)?.[0]}${row}`;
}

describe('the playground as npm start opens it: the demo workbook', () => {
  let s: Session;
  /** The OKR sheet's first key result row (under its objective's row), and its original cells. */
  const KR_ROW = 6;
  let original: { progress: string; current: string };

  beforeAll(async () => {
    s = await open(chromium.browser, 'en', false);
    const { page } = s;
    original = {
      progress: (await cellText(page, await at(page, 'Progress', KR_ROW))) ?? '',
      current: (await cellText(page, await at(page, 'Current', KR_ROW))) ?? '',
    };
  });

  afterAll(() => close(s));

  test('opens on the objectives, and shows no cell in error on any tab (screenshots of each)', async () => {
    const { page } = s;
    expect(
      await page.getByRole('tab', { name: 'OKRs', exact: true }).getAttribute('aria-selected'),
    ).toBe('true');
    const tabs = await page.getByRole('tab').allTextContents();
    expect(tabs).toEqual(expect.arrayContaining(['OKRs', 'Check-in history', 'Dashboard']));
    for (const tab of tabs) {
      await openTab(page, tab);
      const cells = await page.getByRole('gridcell').allTextContents();
      expect(
        cells.filter((c) => /^#[A-Z/0!?]+/.test(c)),
        tab,
      ).toEqual([]);
      await screenshot(page, `playground-demo-${tab.toLowerCase().replace(/\W+/g, '-')}`);
    }
    expect(s.errors).toEqual([]);
    expect(s.outside).toEqual([]);
    await openTab(page, 'OKRs');
    // Wide enough to show a key result from its objective to its Progress, Bar and Status.
    await page.setViewportSize({ width: 1920, height: 860 });
    await screenshot(page, 'playground-demo');
    await page.setViewportSize({ width: 1400, height: 820 });
  });

  test('Progress and Status carry the grade colours, and each Bar is a bar of its score', async () => {
    const { page } = s;
    await openTab(page, 'OKRs');
    const colours = new Map<string, string>();
    for (let row = 5; row <= 20; row++) {
      const score = await scoreIn(page, await at(page, 'Progress', row));
      const fill = rgb(GRADE_COLORS[gradeOf(score)].fill);
      expect(await background(page, await at(page, 'Progress', row)), `row ${row}`).toBe(fill);
      // The Status is coloured by its own words (pace, not grade).
      const status = await at(page, 'Status', row);
      const grade = STATUS_GRADE[(await cellText(page, status)) ?? ''];
      expect(grade, `row ${row}`).toBeDefined();
      expect(await background(page, status), `row ${row}`).toBe(
        rgb(GRADE_COLORS[grade ?? 'red'].fill),
      );
      const bar = await barIn(page, await at(page, 'Bar', row));
      expect(bar.share).toBeCloseTo(score, 1);
      // One bar colour per grade, as the formula's color1 picks it.
      expect(colours.get(gradeOf(score)) ?? bar.color).toBe(bar.color);
      colours.set(gradeOf(score), bar.color);
    }
    expect(new Set(colours.values()).size).toBe(colours.size);
  });

  test('numbers show in their formats, and a formula takes the format of what it reads', async () => {
    const { page } = s;
    await openTab(page, 'OKRs');
    expect(await cellText(page, await at(page, 'Progress', KR_ROW))).toMatch(/^\d\.\d\d$/);
    expect(await cellText(page, await at(page, 'Target', KR_ROW))).toMatch(/%$/);
    await openTab(page, 'Dashboard');
    const score = await cellUnder(page, 'Score', 1);
    expect(await cellText(page, score)).toMatch(/^\d\.\d\d$/);
  });

  test("draws the dashboard's bars, its line chart of progress over time and its pinned KPIs", async () => {
    const { page } = s;
    await openTab(page, 'Dashboard');
    const bar = await barIn(page, await cellUnder(page, 'Bar', 1));
    expect(bar.share).toBeGreaterThan(0);
    const charts = page.locator('.grid-scroll svg.chart');
    await expect(charts.count()).resolves.toBe(2);
    // Each anchored where the script placed it, over the cells: the objectives' progress at
    // G10 (one line each), the two pinned KPIs' shares of target at G30.
    const drawn: readonly (readonly [string, number, readonly string[] | null])[] = [
      ['G10', 3, null],
      ['G30', 2, ['Organic visits', 'Newsletter open rate']],
    ];
    for (const [a1, count, names] of drawn) {
      const anchor = await cell(page, a1).boundingBox();
      const boxes = await charts.evaluateAll((all) =>
        all.map((c) => {
          const r = c.getBoundingClientRect();
          return { x: r.x, y: r.y };
        }),
      );
      const index = boxes.findIndex(
        (b) => Math.abs(b.x - (anchor?.x ?? 0)) < 1 && Math.abs(b.y - (anchor?.y ?? 0)) < 1,
      );
      expect(index, a1).toBeGreaterThanOrEqual(0);
      const lines = await charts
        .nth(index)
        .locator('path[data-series]')
        .evaluateAll((paths) =>
          paths.map((p) => [p.getAttribute('data-series') ?? '', p.getAttribute('d') ?? '']),
        );
      expect(lines, a1).toHaveLength(count);
      for (const [, d] of lines) expect(d).toMatch(/^M[\d.,]+L/);
      if (names !== null) expect(lines.map(([name]) => name)).toEqual(names);
    }
  });

  test('the KPI register shows each KPI over time, in its own format, against its period’s target', async () => {
    const { page } = s;
    await openTab(page, 'KPIs');
    // The open rate typed as 35 % and checked in as percentages shows as one.
    const open = 5;
    for (const header of ['Actual', 'This period', 'Target this period'])
      expect(await cellText(page, await at(page, header, open)), header).toMatch(/^\d+%$/);
    // The visits' target for this month is the KPI targets sheet's, not the KPI's 12000.
    expect(await cellText(page, await at(page, 'Target', 4))).toBe('12000');
    expect(await cellText(page, await at(page, 'Target this period', 4))).toBe('13000');
    for (const row of [4, 5, 6])
      expect(await cellText(page, await at(page, 'Status', row))).toMatch(
        /^(On track|At risk|Off track)$/,
      );
    // Each KPI's last 12 periods drawn as a line in its Trend cell.
    for (const row of [4, 5, 6]) {
      const d = await cell(page, await at(page, 'Trend', row))
        .locator('svg.spark-line path')
        .getAttribute('d');
      expect(d, `trend ${row}`).toMatch(/^M[\d.,]+L/);
    }
    // Wide enough to show a KPI from its Measure to its Status (the README's picture).
    await page.setViewportSize({ width: 2000, height: 420 });
    await screenshot(page, 'playground-demo-kpi-register');
    await openTab(page, 'Dashboard');
    await page.setViewportSize({ width: 1500, height: 900 });
    await page.locator('.grid-scroll').evaluate((g) => {
      g.scrollTop = 21 * 23;
    });
    await screenshot(page, 'playground-demo-pinned-kpis');
    await page.setViewportSize({ width: 1400, height: 820 });
  });

  test('dropdown chips offer their choices; notes show on hover; frozen rows; hidden columns', async () => {
    const { page } = s;
    await openTab(page, 'OKRs');
    const kind = cell(page, await at(page, 'Kind', KR_ROW));
    await expect(kind.locator('.chip').textContent()).resolves.toContain('increase');
    await kind.locator('.chip').click();
    const choices = await page.getByRole('listbox').getByRole('option').allTextContents();
    expect(choices).toEqual(expect.arrayContaining(['increase', 'decrease', 'milestone']));
    await page.getByRole('option', { name: 'increase', exact: true }).click();
    await page.getByRole('gridcell', { name: 'Objective', exact: true }).hover();
    await expect(page.getByRole('tooltip').textContent()).resolves.toMatch(/qualitative/);
    await expect(page.locator('tr.frozen-edge').getAttribute('aria-rowindex')).resolves.toBe('5');
    // The refresh's helper columns are hidden: no header P to S between Status and Confidence.
    const headers = await page.getByRole('columnheader').allTextContents();
    expect(headers).toContain('O');
    expect(headers).not.toContain('P');
  });

  test('typing a current value recolours its row and moves its bar', async () => {
    const { page } = s;
    await openTab(page, 'OKRs');
    const current = await at(page, 'Current', KR_ROW);
    const progress = await at(page, 'Progress', KR_ROW);
    const bar = await at(page, 'Bar', KR_ROW);
    const status = await at(page, 'Status', KR_ROW);
    const baseline = (await cellText(page, await at(page, 'Baseline', KR_ROW))) ?? '';
    const target = (await cellText(page, await at(page, 'Target', KR_ROW))) ?? '';
    await typeInCell(page, current, baseline);
    await expect.poll(() => scoreIn(page, progress)).toBe(0);
    expect(await background(page, progress)).toBe(rgb(GRADE_COLORS.red.fill));
    expect(await background(page, status)).toBe(rgb(GRADE_COLORS.red.fill));
    expect((await barIn(page, bar)).share).toBe(0);
    await typeInCell(page, current, target);
    await expect.poll(() => scoreIn(page, progress)).toBe(1);
    expect(await background(page, progress)).toBe(rgb(GRADE_COLORS.green.fill));
    expect((await barIn(page, bar)).share).toBeCloseTo(1, 2);
  });

  test('typing a value redraws only the cells it changes, on its row and its objective’s', async () => {
    const { page } = s;
    await openTab(page, 'OKRs');
    const current = await at(page, 'Current', KR_ROW);
    const progress = await at(page, 'Progress', KR_ROW);
    const baseline = (await cellText(page, await at(page, 'Baseline', KR_ROW))) ?? '';
    await expect.poll(() => scoreIn(page, progress)).toBeGreaterThan(0);
    // What the page adds to the grid from here on: the cells drawn again, or a whole table.
    await page.locator('.grid-scroll').evaluate((scroller) => {
      const added: string[] = [];
      Object.assign(window, { added });
      new MutationObserver((records) => {
        for (const node of records.flatMap((r) => [...r.addedNodes]))
          if (node instanceof HTMLElement) added.push(node.dataset.a1 ?? node.tagName);
      }).observe(scroller, { childList: true, subtree: true });
    });
    await typeInCell(page, current, baseline);
    await expect.poll(() => scoreIn(page, progress)).toBe(0);
    const added = await page.evaluate(() => (window as unknown as { added: string[] }).added);
    const objectiveRow = KR_ROW - 1;
    const expected = [
      current,
      progress,
      await at(page, 'Bar', KR_ROW),
      await at(page, 'Status', KR_ROW),
      await at(page, 'Progress', objectiveRow),
    ];
    expect(added).toEqual(expect.arrayContaining(expected));
    // Beside those, only the nearest cell on the left of each, whose text may spill over it.
    expect(added.length).toBeLessThanOrEqual(2 * expected.length + 2);
    for (const a1 of added) expect(a1).toMatch(new RegExp(`^[A-Z]+(${objectiveRow}|${KR_ROW})$`));
    // The row recoloured: the redrawn Progress and Status are red.
    expect(await background(page, progress)).toBe(rgb(GRADE_COLORS.red.fill));
    expect(await background(page, await at(page, 'Status', KR_ROW))).toBe(
      rgb(GRADE_COLORS.red.fill),
    );
  });

  test('an edit of a protected computed cell is asked about first; Cancel leaves it', async () => {
    const { page } = s;
    await openTab(page, 'OKRs');
    const progress = await at(page, 'Progress', KR_ROW);
    const before = await cellText(page, progress);
    await typeInCell(page, progress, '0.5');
    const warning = page.getByRole('alertdialog');
    await expect(warning.getByRole('heading').textContent()).resolves.toBe('Heads up!');
    await warning.getByRole('button', { name: 'Cancel' }).click();
    await warning.waitFor({ state: 'detached' });
    expect(await cellText(page, progress)).toBe(before);
    await selectCell(page, progress);
    await expect(page.getByRole('textbox', { name: 'Formula bar' }).inputValue()).resolves.toMatch(
      /^=/,
    );
    // OK goes on with the edit, as in Sheets: the person's value replaces the formula.
    await typeInCell(page, progress, '0.5');
    await page.getByRole('alertdialog').getByRole('button', { name: 'OK' }).click();
    await expect.poll(() => cellText(page, progress)).toBe('0.50');
  });

  test('Reset starts the document again, as it opened', async () => {
    const { page } = s;
    await openTab(page, 'OKRs');
    await typeInCell(page, 'A1', 'scribbled');
    await expect.poll(() => cellText(page, 'A1')).toBe('scribbled');
    await page.getByRole('button', { name: 'Reset' }).click();
    await page.locator('body[data-ready]').waitFor();
    await openTab(page, 'OKRs');
    await expect.poll(() => cellText(page, 'A1')).toBe('Objectives and key results');
    expect(await cellText(page, await at(page, 'Progress', KR_ROW))).toBe(original.progress);
    expect(await cellText(page, await at(page, 'Current', KR_ROW))).toBe(original.current);
    expect(s.errors).toEqual([]);
  });
});

describe('the demo workbook in French (npm start -- --lang fr)', () => {
  let s: Session;

  beforeAll(async () => {
    s = await open(chromium.browser, 'fr', false);
  });

  afterAll(() => close(s));

  test('opens on the French objectives, coloured, with the dashboard chart drawn', async () => {
    const { page } = s;
    const tabs = await page.getByRole('tab').allTextContents();
    expect(tabs).toEqual(expect.arrayContaining(['Tableau de bord']));
    const progress = await cellUnder(page, 'Progression', 2);
    const score = await scoreIn(page, progress);
    expect(await background(page, progress)).toBe(rgb(GRADE_COLORS[gradeOf(score)].fill));
    await openTab(page, 'Tableau de bord');
    // Three objectives' progress, two pinned KPIs.
    await expect(page.locator('svg.chart path[data-series]').count()).resolves.toBe(5);
    await screenshot(page, 'playground-demo-fr-dashboard');
    expect(s.errors).toEqual([]);
  });
});
