import { mkdirSync } from 'node:fs';
import { expect, readTable, test } from './helpers.ts';
import { emptyWorkspace } from '../trust/helpers.ts';

test.describe.configure({ timeout: 240_000 });

/**
 * Past 10,000 records an import commits its records first and puts their rows in the
 * tables right after (store/importer.ts): the wizard says the data is saved while the
 * lists and search catch up, and then that every record is in them.
 */
test('a 10,500-row import is saved, then indexed for the lists and search, and the wizard says both', async ({ browser }) => {
  const { context, page } = await emptyWorkspace(browser);
  const rows = 10_500;
  const lines = ['First name,Last name,Email,Company'];
  for (let i = 0; i < rows; i++) lines.push(`Person${i},Family${i % 97},person${i}@bulk.example,Firm ${i % 40}`);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByTestId('import-file').setInputFiles({ name: 'bulk.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n'), 'utf8') });
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByTestId('import-summary')).toContainText('10,500 to create', { timeout: 120_000 });
  await page.getByRole('button', { name: 'Import 10,500 records' }).click();

  await expect(page.getByRole('status').filter({ hasText: /^Imported/ })).toHaveText('Imported: 10,500 created, 0 updated.', { timeout: 120_000 });
  mkdirSync('/tmp/io-shots', { recursive: true });
  await page.screenshot({ path: '/tmp/io-shots/import-large-saved.png' });
  await expect(page.getByTestId('import-indexed')).toHaveText('Every imported record is in the lists and search.', { timeout: 120_000 });
  await expect(page.getByTestId('import-indexing')).toHaveCount(0);
  await page.screenshot({ path: '/tmp/io-shots/import-large-indexed.png' });

  // The tables hold every row (an oracle read straight from IndexedDB) ...
  expect((await readTable(page, 'contacts', { field: 'email', includes: '@bulk.example' })).length).toBe(rows);
  expect((await readTable(page, 'companies', { field: 'name', includes: 'Firm ' })).length).toBe(40);
  // ... and the journal says the pass is complete.
  const journal = (await readTable(page, 'meta', { field: 'key', includes: 'import:' })).map((r) => r.value as { fileName: string; index?: { done: number; total: number } });
  expect(journal.find((l) => l.fileName === 'bulk.csv')?.index).toEqual({ total: rows + 40, done: rows + 40 });

  // The last person of the file is found by the contact list's search.
  await page.goto('/#/contacts');
  await page.getByRole('searchbox', { name: 'Search contacts' }).fill('Person10499');
  await expect(page.getByRole('table', { name: 'Contacts' }).getByRole('row').nth(1)).toContainText('Person10499 Family23');
  await context.close();
});
