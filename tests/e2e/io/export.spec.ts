import { DuckDBInstance } from '@duckdb/node-api';
import { readFile } from 'node:fs/promises';
import { expect, test } from './helpers.ts';

test.describe.configure({ timeout: 420_000 });

test('a SQL result exports to CSV and to Parquet', async ({ app: page }) => {
  await page.goto('/#/analytics/sql');
  const editor = page.getByLabel('SQL query');
  await editor.fill("SELECT '=1+2' AS formula, count(*) AS n FROM contacts");
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(page.getByRole('table', { name: 'SQL' }).getByRole('columnheader', { name: 'formula' })).toBeVisible({ timeout: 300_000 });
  const n = await page.evaluate(() => new Promise<number>((resolve) => {
    const open = indexedDB.open('kith-main');
    open.onsuccess = () => {
      const req = open.result.transaction('contacts').objectStore('contacts').count();
      req.onsuccess = () => resolve(req.result);
    };
  }));

  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  expect(csv.suggestedFilename()).toMatch(/^query-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = await readFile((await csv.path())!, 'utf8');
  expect(text).toBe(`\ufeffformula,n\r\n'=1+2,${n}\r\n`);

  const [parquet] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export Parquet' }).click()]);
  expect(parquet.suggestedFilename()).toMatch(/\.parquet$/);
  const bytes = await readFile((await parquet.path())!);
  // A Parquet file starts and ends with the magic "PAR1".
  expect(bytes.subarray(0, 4).toString()).toBe('PAR1');
  expect(bytes.subarray(bytes.length - 4).toString()).toBe('PAR1');
  // Native DuckDB reads the file back: the same cells, the formula kept as text.
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  const rows = (await conn.runAndReadAll(`SELECT formula, n FROM read_parquet('${(await parquet.path())!}')`)).getRowObjects();
  conn.closeSync();
  expect(rows).toEqual([{ formula: '=1+2', n: BigInt(n) }]);
});

test('the contact list exports every contact to CSV with a BOM', async ({ app: page }) => {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  const text = await readFile((await dl.path())!, 'utf8');
  expect(text.startsWith('\ufeffid,firstName,lastName,email,phone,title,companyName')).toBe(true);
  const lines = text.trimEnd().split('\r\n').length - 1;
  const n = await page.evaluate(() => new Promise<number>((resolve) => {
    const open = indexedDB.open('kith-main');
    open.onsuccess = () => {
      const req = open.result.transaction('contacts').objectStore('contacts').count();
      req.onsuccess = () => resolve(req.result);
    };
  }));
  // Notes can hold line breaks inside quotes, so count at least one line per contact.
  expect(lines).toBeGreaterThanOrEqual(n);
});
