import { expect, readTable, test } from './helpers.ts';

test.describe.configure({ timeout: 240_000 });

test('an orders file through the wizard: lines grouped into orders, a bad SKU fixed in the grid, imported as facts, then reverted', async ({ app: page }) => {
  const tag = Date.now().toString(36);
  // Two customers and two products of the demo workspace, read from IndexedDB (a few rows, not all 10,000).
  const emails = await page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('kith-main');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('contacts').objectStore('contacts').getAll(null, 200);
          req.onsuccess = () => {
            resolve((req.result as { email?: string; deletedAt?: string }[]).filter((c) => c.email && !c.deletedAt).map((c) => c.email!).slice(0, 2));
            open.result.close();
          };
          req.onerror = () => reject(req.error);
        };
      }),
  );
  const skus = (await readTable(page, 'products')).filter((p) => !p.deletedAt).map((p) => String(p.sku)).slice(0, 2);
  expect(emails).toHaveLength(2);
  expect(skus).toHaveLength(2);
  // Russian headers, dd.mm.yyyy dates, decimal commas, an e-mail in capitals; the third order names a SKU that does not exist.
  const csv =
    'Заказ;Дата;Почта;Артикул;Кол-во;Цена\r\n' +
    `${tag}-1;31.01.2025;${emails[0].toUpperCase()};${skus[0]};2;10,50\r\n` +
    `${tag}-1;31.01.2025;${emails[0]};${skus[1]};1;5\r\n` +
    `${tag}-2;01.04.2025;${emails[1]};${skus[0]};3;1 000,00\r\n` +
    `${tag}-3;02.04.2025;${emails[1]};NO-SUCH-SKU-${tag};1;7,25\r\n`;

  await page.goto('/#/settings/import');
  await page.getByTestId('import-collection').selectOption('orders');
  await expect(page.getByTestId('orders-hint')).toBeVisible();
  await page.getByTestId('import-file').setInputFiles({ name: `orders-${tag}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await expect(page.getByRole('combobox', { name: 'Import as: Почта' })).toHaveValue('customer');
  await expect(page.getByRole('combobox', { name: 'Import as: Цена' })).toHaveValue('unitPrice');
  await page.screenshot({ path: '/tmp/integ-shots/orders-columns.png' });
  await page.getByRole('button', { name: 'Next' }).click();

  const summary = page.getByTestId('import-summary');
  await expect(summary).toHaveText('Dry run: 2 orders with 3 lines to create, 1 errors.', { timeout: 120_000 });
  await page.getByLabel('Only rows with errors').check();
  const bad = page.getByRole('textbox', { name: 'Row 4, Артикул' });
  await expect(bad).toHaveAttribute('aria-invalid', 'true');
  await page.screenshot({ path: '/tmp/integ-shots/orders-check.png' });
  await bad.fill(skus[1]);
  await bad.press('Enter');
  await expect(summary).toHaveText('Dry run: 3 orders with 4 lines to create, 0 errors.', { timeout: 60_000 });

  await page.getByRole('button', { name: 'Import 3 orders' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Imported/ })).toHaveText('Imported: 3 orders with 4 lines.', { timeout: 120_000 });
  const log = page.getByTestId('import-log').filter({ hasText: `orders-${tag}.csv` }).first();
  await expect(log).toContainText('Orders with lines');
  await expect(log).toContainText('3 orders, 4 lines');
  await page.screenshot({ path: '/tmp/integ-shots/orders-log.png' });

  // The indexed projection of the fact batches, as an oracle independent of the UI: totals in minor units.
  const mine = () => readTable(page, 'orders', { field: 'number', includes: tag });
  await expect.poll(async () => (await mine()).length, { timeout: 60_000 }).toBe(3);
  const byNumber = Object.fromEntries((await mine()).map((o) => [o.number, o]));
  expect(byNumber[`${tag}-1`]).toMatchObject({ total: 2 * 1050 + 500, lineCount: 2, orderedAt: '2025-01-31T00:00:00.000Z', status: 'paid', channel: 'web' });
  expect(byNumber[`${tag}-2`]).toMatchObject({ total: 300000, lineCount: 1, orderedAt: '2025-04-01T00:00:00.000Z' });
  expect(byNumber[`${tag}-3`]).toMatchObject({ total: 725, lineCount: 1 });
  // Two quarters: an orders and a lines batch each, named for this import.
  expect(new Set((await mine()).map((o) => String(o.batchId).replace(/-imp.*/, '')))).toEqual(new Set(['orders-2025Q1', 'orders-2025Q2']));

  page.once('dialog', (d) => void d.accept());
  await log.getByRole('button', { name: 'Revert' }).click();
  await expect(log).toContainText('reverted', { timeout: 60_000 });
  await expect.poll(async () => (await mine()).length, { timeout: 60_000 }).toBe(0);
});
