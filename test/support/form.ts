import type { Locator, Page } from 'playwright-core';

/** Driving the sidebar's form as a person does: by the labels and roles on screen (English). */

/** The n-th key result's fieldset of the New objective form. */
export const kr = (page: Page, n: number): Locator =>
  page.getByRole('group', { name: `Key result ${n}` });

/** The live region where the sidebar announces what happened. */
export const announced = (page: Page): Locator => page.getByRole('status');

export async function fillKr(
  group: Locator,
  values: {
    title: string;
    owner: string;
    kind: string;
    unit: string;
    baseline: string;
    target?: string;
    weight?: string;
  },
): Promise<void> {
  await group.getByLabel('Title', { exact: true }).fill(values.title);
  await group.getByLabel('Owner', { exact: true }).fill(values.owner);
  await group.getByLabel('Unit', { exact: true }).fill(values.unit);
  await group.getByLabel('Baseline', { exact: true }).fill(values.baseline);
  if (values.target !== undefined)
    await group.getByLabel('Target', { exact: true }).fill(values.target);
  if (values.weight !== undefined)
    await group.getByLabel('Weight', { exact: true }).fill(values.weight);
  // The kind last: a milestone hides Unit, Baseline and Target, which it does not use.
  await group.getByLabel('Kind', { exact: true }).selectOption({ label: values.kind });
}
