import { test, expect, type Page } from '../fixtures.ts';

async function openTasks(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Tasks' }).click();
  await expect(page.getByRole('table', { name: 'Tasks' }).getByRole('row').nth(1)).toBeVisible();
}

const chipCount = async (page: Page, name: string) =>
  Number((await page.getByRole('tab', { name: new RegExp(`^${name}`) }).locator('.n').textContent())!.replace(/\D/g, ''));

test('completing a task moves it to Done; reopening brings it back', async ({ app: page }) => {
  await openTasks(page);
  const table = page.getByRole('table', { name: 'Tasks' });
  const open0 = await chipCount(page, 'Open');
  const done0 = await chipCount(page, 'Done');

  const row = table.getByRole('row').nth(1);
  const title = (await row.getByRole('cell').nth(1).textContent())!.trim();
  await row.getByRole('checkbox', { name: `Complete “${title}”` }).click();
  await expect(page.getByRole('tab', { name: /^Done/ })).toContainText(String(done0 + 1));
  await expect(page.getByRole('tab', { name: /^Open/ })).toContainText(String(open0 - 1));
  await expect(table.getByRole('checkbox', { name: `Complete “${title}”` })).toHaveCount(0);

  await page.getByRole('tab', { name: /^Done/ }).click();
  const doneBox = table.getByRole('checkbox', { name: `Reopen “${title}”` });
  await expect(doneBox).toBeChecked();
  // Clicking the checkbox must not open the drawer.
  await expect(page.getByRole('complementary')).toHaveCount(0);
  await doneBox.click();
  await expect(page.getByRole('tab', { name: /^Done/ })).toContainText(String(done0));
  await page.getByRole('tab', { name: /^Open/ }).click();
  await expect(table.getByRole('checkbox', { name: `Complete “${title}”` })).toBeVisible();
});

test('a new task due later today shows under Today and can be completed from its drawer', async ({ app: page }) => {
  await openTasks(page);
  const today0 = await chipCount(page, 'Today');
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  const later = `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T23:59`;

  await page.getByRole('button', { name: /New task/ }).click();
  const drawer = page.getByRole('complementary', { name: 'New task' });
  await drawer.getByLabel('Title').fill('Send the signed contract');
  await drawer.getByLabel('Due').fill(later);
  await drawer.getByLabel('Priority').selectOption('urgent');
  await drawer.getByRole('button', { name: 'Save' }).click();

  const detail = page.getByRole('complementary', { name: 'Send the signed contract' });
  await expect(detail).toBeVisible();
  await expect(page.getByRole('tab', { name: /^Today/ })).toContainText(String(today0 + 1));
  await page.getByRole('tab', { name: /^Today/ }).click();
  // Today can hold more tasks than fit on screen (rules add some): latest due first brings the one due at 23:59 to the top.
  const due = page.getByRole('columnheader', { name: 'Due' });
  await due.getByRole('button').click();
  await due.getByRole('button').click();
  await expect(due).toHaveAttribute('aria-sort', 'descending');
  const row = page.getByRole('row', { name: /Send the signed contract/ });
  await expect(row).toContainText('Urgent');

  await detail.getByRole('button', { name: /Mark done/ }).click();
  await expect(detail.getByRole('button', { name: 'Reopen' })).toBeVisible();
  await expect(page.getByRole('tab', { name: /^Today/ })).toContainText(String(today0));
  await expect(page.getByRole('row', { name: /Send the signed contract/ })).toHaveCount(0);
});
