import { test, expect, waitForApp } from '../fixtures.ts';

// Uses its own browser context: it replaces the whole workspace.
test('start an empty workspace, then reset the demo', async ({ browser }) => {
  test.setTimeout(180_000);
  const context = await browser.newContext();
  await context.addInitScript(() => localStorage.setItem('kith.locale', 'en'));
  const page = await context.newPage();
  page.on('dialog', (d) => void d.accept());
  await page.goto('/#/settings');
  await expect(page.getByText('Demo workspace')).toBeVisible({ timeout: 90_000 });

  await page.getByRole('button', { name: 'Start empty workspace' }).click();
  await expect(page.getByText('Your workspace')).toBeVisible({ timeout: 60_000 });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Contacts' }).click();
  await expect(page.getByText('Nothing here yet')).toBeVisible();
  // An empty CRM still works at once: a pipeline exists and a contact can be added.
  await page.getByRole('button', { name: /New contact/ }).click();
  await page.getByLabel('First name').fill('First');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('1 row', { exact: true })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Deals' }).click();
  await expect(page.getByRole('heading', { name: 'Qualification' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Reset demo' }).click();
  await expect(page.getByText('Demo workspace')).toBeVisible({ timeout: 90_000 });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Contacts' }).click();
  await waitForApp(page);
  await expect(page.getByText(/^\d{1,2},\d{3} rows$/)).toBeVisible();
  await context.close();
});
