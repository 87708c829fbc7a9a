import { test, expect } from '../fixtures.ts';
import { personIn } from './helpers.ts';

test('two-word searches find the person in any order and script: contacts, palette, recommender', async ({ app: page }) => {
  const en = await personIn(page, 'en');
  const ru = await personIn(page, 'ru');
  const search = page.getByRole('searchbox', { name: 'Search contacts' });
  const table = page.getByRole('table', { name: 'Contacts' });

  for (const q of [`${en.firstName} ${en.lastName}`, `${en.lastName.toUpperCase()} ${en.firstName.slice(0, 3)}`]) {
    await search.fill(q);
    await expect(table.getByRole('row', { name: new RegExp(`${en.firstName} ${en.lastName}`) })).toBeVisible();
    await expect(page.getByText('1 row', { exact: true })).toBeVisible();
  }
  await search.fill(`${ru.lastName} ${ru.firstName}`);
  await expect(table.getByRole('row', { name: new RegExp(`${ru.firstName} ${ru.lastName}`) })).toBeVisible();
  await expect(page.getByText('1 row', { exact: true })).toBeVisible();
  await search.fill('');

  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog');
  await palette.getByRole('combobox').fill(`${ru.lastName.toLowerCase()} ${ru.firstName.toLowerCase()}`);
  await palette.getByRole('option', { name: new RegExp(`${ru.firstName} ${ru.lastName}`) }).click();
  await expect(page.getByRole('complementary', { name: `${ru.firstName} ${ru.lastName}` })).toBeVisible();

  await page.evaluate(() => (location.hash = '#/analytics/mining'));
  await page.getByRole('tab', { name: /Recommend/ }).click();
  const panel = page.getByRole('tabpanel', { name: /Recommend/ });
  await panel.getByRole('searchbox', { name: 'Search a contact' }).fill(`${en.lastName} ${en.firstName}`);
  await panel.getByRole('listbox', { name: 'Matching contacts' }).getByRole('option', { name: `${en.firstName} ${en.lastName}` }).click();
  await expect(panel.getByText(`Recommendations for ${en.firstName} ${en.lastName}`)).toBeVisible();
});
