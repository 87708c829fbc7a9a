import { test, expect, waitForApp } from '../fixtures.ts';
import { readWhere } from './helpers.ts';

test('contacts: save a view with a filter, a sort and a hidden column; a second tab sees it; after a reload it restores them', async ({ app: page, context }) => {
  const customers = await readWhere<{ id: string }>(page, 'contacts', 'lifecycle', 'customer');
  const table = page.getByRole('table', { name: 'Contacts' });
  const emailHeader = table.getByRole('columnheader', { name: 'Email' });
  await expect(emailHeader).toBeVisible();

  await page.getByRole('combobox', { name: 'Stage' }).selectOption('customer');
  await expect(table).toHaveAttribute('aria-rowcount', String(customers.length + 1));
  await page.locator('summary', { hasText: /^Columns$/ }).click();
  await page.getByRole('checkbox', { name: 'Email' }).uncheck();
  await page.locator('summary', { hasText: /^Columns$/ }).click();
  await expect(emailHeader).toHaveCount(0);
  const nameHeader = table.getByRole('columnheader', { name: /^Name/ });
  await nameHeader.getByRole('button').click();
  await nameHeader.getByRole('button').click();
  await expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(page.getByText('changed', { exact: true })).toBeVisible();

  // A name is required: the form says so and nothing is saved.
  await page.locator('summary', { hasText: /^Views$/ }).click();
  await page.getByRole('button', { name: 'Save view as…' }).click();
  const form = page.getByRole('form', { name: 'Save view as…' });
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByRole('alert')).toHaveText('View name is required');
  const name = `Customers ${Date.now()}`;
  await form.getByRole('textbox', { name: 'View name' }).fill(name);
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: `View “${name}” saved` })).toBeVisible();
  const picker = page.getByRole('combobox', { name: 'View', exact: true });
  await expect(picker.locator('option:checked')).toHaveText(name);
  await expect(page.getByText('changed', { exact: true })).toHaveCount(0);

  // The same name again (another case) is refused.
  await page.locator('summary', { hasText: /^Views$/ }).click();
  await page.getByRole('button', { name: 'Save view as…' }).click();
  await form.getByRole('textbox', { name: 'View name' }).fill(name.toUpperCase());
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByRole('alert')).toContainText('already exists in this list');
  await form.getByRole('button', { name: 'Cancel' }).click();

  // A teammate's tab on the same workspace lists the new view.
  const other = await context.newPage();
  await other.goto('/');
  await waitForApp(other);
  await expect(other.getByRole('combobox', { name: 'View', exact: true }).getByRole('option', { name })).toHaveCount(1);
  await other.close();

  // Back to "All": every contact, every column. After a reload, picking the view brings its filter, sort and columns back.
  await picker.selectOption({ label: 'All' });
  await expect(emailHeader).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Stage' })).toHaveValue('');
  await expect(nameHeader).toHaveAttribute('aria-sort', 'none');
  await page.reload();
  await waitForApp(page);
  await expect(emailHeader).toBeVisible();
  await page.getByRole('combobox', { name: 'View', exact: true }).selectOption({ label: name });
  await expect(page.getByRole('combobox', { name: 'Stage' })).toHaveValue('customer');
  await expect(table).toHaveAttribute('aria-rowcount', String(customers.length + 1));
  await expect(emailHeader).toHaveCount(0);
  await expect(table.getByRole('columnheader', { name: 'Phone' })).toBeVisible();
  await expect(nameHeader).toHaveAttribute('aria-sort', 'descending');

  // Delete it (asks first): it leaves the menu.
  page.once('dialog', (d) => void d.accept());
  await page.locator('summary', { hasText: /^Views$/ }).click();
  await page.getByRole('button', { name: `Delete “${name}”` }).click();
  await expect(page.getByRole('status').filter({ hasText: `View “${name}” deleted` })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'View', exact: true }).getByRole('option', { name })).toHaveCount(0);
});
