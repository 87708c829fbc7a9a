import { test, expect } from '../fixtures.ts';

test('SQL over the workspace in DuckDB, loaded on demand, with errors that say where', async ({ app: page }) => {
  // The first query waits up to 5 minutes for the warehouse below: the test may take that long too.
  test.setTimeout(420_000);
  const wasm: string[] = [];
  page.on('request', (r) => {
    if (/duckdb/.test(r.url())) wasm.push(r.url());
  });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Analytics' }).click();
  await page.getByRole('link', { name: 'SQL' }).click();
  expect(wasm, 'DuckDB is not loaded before the first query').toEqual([]);

  const editor = page.getByLabel('SQL query');
  const table = page.getByRole('table', { name: 'SQL' });
  await editor.fill('SELECT 5435::BIGINT AS n, 12345678901234567::BIGINT AS big, sum(x)::HUGEINT AS h, 2.5::DECIMAL(4,1) AS d FROM (VALUES (1), (2)) t(x)');
  await page.getByRole('button', { name: 'Run' }).click();
  // The first query loads DuckDB (33 MB of wasm) and fills the warehouse: slow on a loaded machine.
  await expect(table.getByRole('columnheader', { name: 'big' })).toBeVisible({ timeout: 300_000 });
  const cells = table.getByRole('row').nth(1).getByRole('cell');
  await expect(cells).toHaveText(['5435', '12,345,678,901,234,567', '3', '2.5']);
  expect(wasm.some((u) => u.endsWith('.wasm'))).toBe(true);

  // The warehouse: star schema, metric views and profiles, listed in the schema browser.
  const schema = page.getByRole('complementary', { name: 'Tables and views' });
  for (const name of ['fact_order_lines', 'dim_date', 'customer_profile', 'monthly_revenue', 'currency_rates']) await expect(schema.getByRole('button', { name, exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Top products' }).click();
  await editor.press('Control+Enter');
  await expect(table.getByRole('columnheader', { name: 'units' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^20 rows in \d+ ms$/ })).toBeVisible();
  const units = await table.getByRole('row').nth(1).getByRole('cell').nth(3).textContent();
  expect(units).toMatch(/^\d{1,3}(,\d{3})*$|^\d{4}$/);

  // Every row reachable: pages of 1,000.
  await editor.fill('SELECT range AS i FROM range(2500)');
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Rows 1–1,000 of 2,500' })).toBeVisible();
  await page.getByRole('button', { name: 'Last page' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Rows 2,001–2,500 of 2,500' })).toBeVisible();
  await expect(table.getByRole('row').nth(1).getByRole('cell')).toHaveText('2000');

  // COPY ... TO becomes a download.
  const downloading = page.waitForEvent('download');
  await editor.fill(`COPY (SELECT month, revenue FROM monthly_revenue ORDER BY month) TO 'revenue.csv' (HEADER)`);
  await page.getByRole('button', { name: 'Run' }).click();
  const file = await downloading;
  expect(file.suggestedFilename()).toBe('revenue.csv');
  const text = await (await file.createReadStream()).toArray();
  expect(Buffer.concat(text).toString().split('\n')[0]).toBe('month,revenue');

  await editor.fill('SELEC name FROM contacts');
  await page.getByRole('button', { name: 'Run' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toHaveCount(1);
  await expect(alert).toContainText('LINE 1');
  const said = (await alert.textContent()) ?? '';
  expect(said.match(/syntax error/g), 'the error is shown once').toHaveLength(1);
});
