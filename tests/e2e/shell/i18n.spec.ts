import { test, expect } from '../fixtures.ts';

test('switching to Russian and Chinese changes the UI text', async ({ app: page }) => {
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: /Deals/ })).toBeVisible();

  await page.getByRole('combobox', { name: 'Language' }).selectOption('ru');
  await expect(nav.getByRole('link', { name: /Сделки/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Контакты' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');

  await page.getByRole('combobox', { name: 'Язык' }).selectOption('zh');
  await expect(nav.getByRole('link', { name: /商机/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: '联系人' })).toBeVisible();

  // The choice is remembered across reloads.
  await page.reload();
  await expect(nav.getByRole('link', { name: /商机/ })).toBeVisible();
});

test('the command palette finds a contact and every area is reachable', async ({ app: page }) => {
  const firstRow = page.getByRole('table', { name: 'Contacts' }).getByRole('row').nth(1);
  // The name cell (after the row's selection checkbox) holds the avatar's initial, then the name.
  const text = (await firstRow.getByRole('cell').filter({ hasNot: page.getByRole('checkbox') }).first().textContent())!.trim();
  expect(text.length).toBeGreaterThan(3);
  const word = text.replace(/^\S\s*/, '').split(/\s+/)[0].slice(0, 4);
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('combobox').fill(word);
  await expect(dialog.getByRole('option').first()).toBeVisible();
  await dialog.getByRole('combobox').press('Enter');
  await expect(page.getByRole('complementary')).toBeVisible();

  for (const area of ['Companies', 'Deals', 'Tasks', 'Tickets', 'Products & Orders', 'Analytics', 'Segments', 'Campaigns', 'Settings']) {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: area }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
});
