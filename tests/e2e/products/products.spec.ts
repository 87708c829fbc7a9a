import { test, expect } from '../fixtures.ts';

test('products show 12-month sales from order lines', async ({ app: page }) => {
  await page.getByRole('link', { name: 'Products & Orders' }).click();
  const table = page.getByRole('table', { name: 'Products' });
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  // Units and revenue fill in once the line batches are decoded.
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(table.getByRole('row').nth(1).getByRole('cell').nth(6)).toHaveText(/US\$\d/, { timeout: 30_000 });
  await table.getByRole('row').nth(1).click();
  await expect(page.getByRole('complementary').getByText('Units, 12 mo')).toBeVisible();
});

test('orders: 40k rows, filters, and an order opens with its lines', async ({ app: page }) => {
  await page.goto('/#/products/orders');
  const table = page.getByRole('table', { name: 'Orders' });
  const count = page.getByText(/^[\d,]+ rows$/);
  await expect(count).toHaveText(/^[34]\d,\d{3} rows$/, { timeout: 30_000 });
  const all = Number((await count.textContent())!.replace(/\D/g, ''));

  await page.getByRole('combobox', { name: 'Status' }).selectOption('refunded');
  await expect(count).not.toHaveText(`${all.toLocaleString('en')} rows`);
  await expect(table.getByRole('row').nth(1)).toContainText('Refunded');
  await page.getByRole('combobox', { name: 'Status' }).selectOption('');

  await page.getByLabel('From').fill('2025-01-01');
  await page.getByLabel('To').fill('2025-01-31');
  await expect(table.getByRole('row').nth(1)).toContainText(/Jan 2025/);
  const firstNumber = (await table.getByRole('row').nth(1).getByRole('cell').first().textContent())!.trim();

  await table.getByRole('row').nth(1).click();
  await expect(page).toHaveURL(/#\/products\/orders\/[0-9A-Z]{26}$/);
  const drawer = page.getByRole('complementary', { name: `Order ${firstNumber}` });
  const lines = drawer.getByRole('table', { name: 'Order lines' });
  await expect(lines).toBeVisible();
  // Product names are resolved, not ids.
  await expect(lines.getByRole('row').nth(1).getByRole('link')).toHaveText(/\w{3,}/);
  await expect(lines.getByRole('row').last()).toContainText('Total');
});
