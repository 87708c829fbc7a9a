import { test, expect } from '../fixtures.ts';

test('picking Lost without a reason is refused; cancel leaves the deal where it was', async ({ app: page }) => {
  await page.getByRole('link', { name: 'Deals' }).click();
  await page.getByRole('button', { name: 'List' }).click();
  const row = page.getByRole('table', { name: 'Deals' }).getByRole('row').filter({ hasText: 'Negotiation' }).first();
  await row.click();
  const drawer = page.getByRole('complementary').last();
  const stage = drawer.getByLabel('Stage');
  await stage.selectOption({ label: 'Lost' });
  await expect(drawer.getByLabel('Why was it lost?')).toBeVisible();
  await expect(stage).toHaveValue('negotiate');
  await expect(drawer.getByRole('button', { name: /Mark lost/ }).last()).toBeDisabled();
  await drawer.getByRole('button', { name: 'Cancel' }).click();
  await expect(stage).toHaveValue('negotiate');
  await drawer.getByRole('button', { name: /Mark lost/ }).click();
  await drawer.getByLabel('Why was it lost?').fill('Chose a competitor');
  await drawer.getByRole('button', { name: /Mark lost/ }).last().click();
  await expect(drawer.getByRole('definition').filter({ hasText: 'Chose a competitor' })).toBeVisible();
  await expect(stage).toHaveValue('lost');
});
