import { test, expect } from '../fixtures.ts';

test('demo segments show member counts', async ({ app: page }) => {
  await page.getByRole('link', { name: 'Segments' }).click();
  const list = page.getByRole('list', { name: 'Segments' });
  await expect(list.getByRole('link', { name: /Lapsed customers/ })).toContainText(/[\d,]+ members/);
  await list.getByRole('link', { name: /Lapsed customers/ }).click();
  await expect(page.getByTestId('segment-count')).toHaveText(/^[1-9][\d,]*$/);
  await expect(page.getByRole('table', { name: 'Segment members' }).getByRole('row').nth(1)).toBeVisible();
});

test('a segment built with the rule builder counts its members', async ({ app: page }) => {
  await page.goto('/#/segments');
  await page.getByRole('button', { name: /New segment/ }).click();
  const drawer = page.getByRole('complementary', { name: 'New segment' });
  await drawer.getByLabel('Name').fill('Big repeat buyers E2E');

  await drawer.getByLabel('Condition 1: measure').selectOption('monetary');
  await drawer.getByLabel('Condition 1: operator').selectOption('>=');
  await drawer.getByLabel('Condition 1: value').fill('lots');
  await expect(drawer.getByRole('alert').filter({ hasText: /condition 1 .*must be a number/ })).toBeVisible();
  await drawer.getByLabel('Condition 1: value').fill('5000');

  await drawer.getByRole('button', { name: /Add condition/ }).click();
  await drawer.getByLabel('Condition 2: measure').selectOption('frequency');
  await drawer.getByLabel('Condition 2: operator').selectOption('>=');
  await drawer.getByLabel('Condition 2: value').fill('3');
  const matching = drawer.getByText(/of [\d,]+ contacts match/);
  await expect(matching).toHaveText(/^[1-9][\d,]* of/);
  const n = (await matching.textContent())!.split(' of ')[0];

  await drawer.getByRole('button', { name: 'Save' }).click();
  await expect(page).toHaveURL(/#\/segments\/[0-9A-Z]{26}$/);
  await expect(page.getByTestId('segment-count')).toHaveText(n);
  await expect(page.getByText(/Total spent ≥ US\$5(K|k|,000).* and Orders ≥ 3/)).toBeVisible();
  await expect(page.getByRole('list', { name: 'Segments' }).getByRole('link', { name: /Big repeat buyers E2E/ })).toContainText(`${n} members`);
});
