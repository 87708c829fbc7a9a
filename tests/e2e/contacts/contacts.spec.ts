import { test, expect, waitForApp } from '../fixtures.ts';

test('demo data appears; a new contact survives a reload', async ({ app: page }) => {
  const rows = page.getByRole('table', { name: 'Contacts' }).getByRole('row');
  await expect(rows.nth(5)).toBeVisible();
  await expect(page.getByText(/10,\d{3} rows|9,\d{3} rows/)).toBeVisible();

  await page.getByRole('button', { name: /New contact/ }).click();
  await page.getByLabel('First name').fill('Zelda');
  await page.getByLabel('Last name').fill('Quistgaard');
  await page.getByLabel('Email').fill('zelda.q@example.org');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('complementary', { name: 'Zelda Quistgaard' })).toBeVisible();

  await page.reload();
  await waitForApp(page);
  // The URL still names the record, so its panel reopens from IndexedDB.
  await expect(page.getByRole('complementary', { name: 'Zelda Quistgaard' }).getByText('zelda.q@example.org')).toBeVisible();
  await page.getByRole('complementary', { name: 'Zelda Quistgaard' }).getByRole('button', { name: 'Close' }).click();
  await page.getByRole('searchbox', { name: 'Search contacts' }).fill('quist');
  await expect(page.getByRole('row', { name: /Zelda Quistgaard/ })).toBeVisible();
  await expect(page.getByText('1 row', { exact: true })).toBeVisible();
  await page.getByRole('row', { name: /Zelda Quistgaard/ }).click();
  await expect(page.getByRole('complementary', { name: 'Zelda Quistgaard' })).toBeVisible();
});

test('bad input names the field and writes nothing', async ({ app: page }) => {
  const count = page.getByText(/\d[\d,]* rows/);
  await expect(count).toHaveText(/^\d+,\d{3} rows$/);
  const before = await count.textContent();
  await page.getByRole('button', { name: /New contact/ }).click();
  await page.getByLabel('Last name').fill('Nofirst');
  await page.getByLabel('Email').fill('not-an-email');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'First name is required' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Email is not a valid email address' })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(count).toHaveText(before!);
});

test('logging a call puts it on the contact timeline', async ({ app: page }) => {
  await page.getByRole('table', { name: 'Contacts' }).getByRole('row').nth(1).click();
  const drawer = page.getByRole('complementary');
  await drawer.getByRole('button', { name: /Log activity/ }).click();
  await drawer.getByLabel('Subject').fill('Discussed renewal terms');
  await drawer.getByRole('button', { name: 'Log activity' }).click();
  await expect(drawer.getByText('Discussed renewal terms')).toBeVisible();
});
