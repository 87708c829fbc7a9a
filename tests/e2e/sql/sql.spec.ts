import { test, expect } from '../fixtures.ts';

test('SQL over the workspace in DuckDB, loaded on demand, with errors that say where', async ({ app: page }) => {
  const wasm: string[] = [];
  page.on('request', (r) => {
    if (/duckdb/.test(r.url())) wasm.push(r.url());
  });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Analytics' }).click();
  await page.getByRole('link', { name: 'SQL' }).click();
  expect(wasm, 'DuckDB is not loaded before the first query').toEqual([]);

  const editor = page.getByLabel('SQL query');
  await editor.fill("SELECT count(*) AS n, count(DISTINCT contactId) AS customers FROM orders WHERE status = 'paid'");
  await page.getByRole('button', { name: 'Run' }).click();
  const table = page.getByRole('table', { name: 'SQL' });
  await expect(table.getByRole('columnheader', { name: 'customers' })).toBeVisible({ timeout: 60_000 });
  const n = Number((await table.getByRole('row').nth(1).getByRole('cell').first().textContent())!.replace(/\D/g, ''));
  expect(n).toBeGreaterThan(30_000);
  expect(wasm.some((u) => u.endsWith('.wasm'))).toBe(true);

  // Joins across the columnar order lines and the records.
  await page.getByRole('button', { name: 'Top products' }).click();
  await editor.press('Control+Enter');
  await expect(table.getByRole('columnheader', { name: 'units' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^20 rows in \d+ ms$/ })).toBeVisible();

  await editor.fill('SELEC name FROM contacts');
  await page.getByRole('button', { name: 'Run' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('syntax error');
  await expect(alert).toContainText('LINE 1');
});
