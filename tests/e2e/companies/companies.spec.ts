import { test, expect } from '../fixtures.ts';

test('companies list, search, detail with people, and create', async ({ app: page }) => {
  await page.getByRole('link', { name: 'Companies' }).click();
  const table = page.getByRole('table', { name: 'Companies' });
  await expect(page.getByText(/^[\d,]+ rows$/)).toHaveText(/\d,\d{3} rows/);
  await expect(table.getByRole('columnheader', { name: 'People' })).toBeVisible();

  await page.getByRole('searchbox', { name: 'Search companies' }).fill('adams');
  const first = table.getByRole('row').nth(1);
  await expect(first).toContainText(/Adams/);
  const name = (await first.getByRole('cell').first().textContent())!.trim();
  await first.click();

  const drawer = page.getByRole('complementary', { name });
  await expect(drawer).toBeVisible();
  await expect(drawer.getByRole('tab', { name: /People/ })).toBeVisible();
  await expect(drawer.getByRole('link').first()).toBeVisible();
  await drawer.getByRole('tab', { name: /Orders/ }).click();
  await drawer.getByRole('tab', { name: /Activity/ }).click();
  await drawer.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('button', { name: /New company/ }).click();
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Zephyr Widgets E2E');
  await page.getByLabel('Website').fill('not a url');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Website must start with http' })).toBeVisible();
  await page.getByLabel('Website').fill('https://zephyr.example');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('complementary', { name: 'Zephyr Widgets E2E' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search companies' }).fill('zephyr');
  await expect(table.getByRole('row', { name: /Zephyr Widgets E2E/ })).toBeVisible();
});
