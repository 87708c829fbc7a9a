import { expect, test } from '../fixtures.ts';
import { readTable } from './helpers.ts';

test.describe.configure({ timeout: 240_000 });

test('a deleted contact leaves the list, waits in Settings -> Trash, and a restore brings it back', async ({ app: page }) => {
  const tag = `Trash${Date.now().toString(36)}`;
  await page.getByRole('button', { name: /New contact/ }).click();
  await page.getByLabel('First name').fill('Olga');
  await page.getByLabel('Last name').fill(tag);
  await page.getByRole('button', { name: 'Save' }).click();
  const card = page.getByRole('complementary', { name: `Olga ${tag}` });
  // Saving waits for the store worker's write: slow on a loaded machine.
  await expect(card).toBeVisible({ timeout: 60_000 });
  page.once('dialog', (d) => void d.accept());
  await card.getByRole('button', { name: 'Delete' }).click();
  await expect(card).toHaveCount(0);

  const table = page.getByRole('table', { name: 'Contacts' });
  const search = page.getByRole('searchbox', { name: 'Search contacts' });
  await search.fill(tag);
  await expect(table.getByRole('row', { name: new RegExp(tag) })).toHaveCount(0);
  // Oracle: the indexed table (what lists, search and analytics read) no longer has the row.
  expect(await readTable(page, 'contacts', { field: 'lastName', includes: tag })).toEqual([]);

  await page.goto('/#/settings/trash');
  const row = page.getByTestId('trash-row').filter({ hasText: `Olga ${tag}` });
  await expect(row).toContainText('Contacts');
  await page.screenshot({ path: '/tmp/io-shots/trash.png' });
  await row.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('status').filter({ hasText: `"Olga ${tag}" is back in Contacts` })).toBeVisible();
  await expect(row).toHaveCount(0);

  await page.goto('/#/contacts');
  await page.getByRole('searchbox', { name: 'Search contacts' }).fill(tag);
  await expect(page.getByRole('table', { name: 'Contacts' }).getByRole('row', { name: new RegExp(`Olga ${tag}`) })).toBeVisible();
  expect((await readTable(page, 'contacts', { field: 'lastName', includes: tag })).length).toBe(1);
});
