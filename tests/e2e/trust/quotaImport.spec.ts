import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures.ts';
import { setFull } from '../storageFull.ts';
import { emptyWorkspace } from './helpers.ts';

/** Rows per object store of the workspace's database, read straight from IndexedDB (independent of the UI). */
async function counts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const open = indexedDB.open('kith-main');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names, 'readonly');
          const out: Record<string, number> = {};
          for (const name of names) tx.objectStore(name).count().onsuccess = (e) => (out[name] = (e.target as IDBRequest<number>).result);
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
        };
      }),
  );
}

const CSV = 'First name,Last name,Email\nAda,Lovelace,ada@example.org\nAlan,Turing,alan@example.org\nGrace,Hopper,grace@example.org\n';

async function importCsv(page: Page): Promise<void> {
  await page.getByTestId('import-file').setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV, 'utf8') });
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByTestId('import-summary')).toContainText('3 to create', { timeout: 60_000 });
  await page.getByRole('button', { name: 'Import 3 records' }).click();
}

test('an import that meets a full disk says so and changes nothing', async ({ browser }) => {
  const { context, page } = await emptyWorkspace(browser);
  await page.getByRole('button', { name: /New contact/ }).click();
  await page.getByLabel('First name').fill('Existing');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('complementary', { name: 'Existing' })).toBeVisible();
  const before = await counts(page);
  expect(before.contacts).toBe(1);

  const store = page.workers().find((w) => /store/.test(w.url()));
  expect(store, 'the store worker is running').toBeTruthy();
  await setFull(store!, true);
  await page.goto('/#/settings/import');
  await importCsv(page);
  await expect(page.getByRole('status').filter({ hasText: 'The import failed and was rolled back' })).toContainText(
    'The browser has no more storage space for this workspace. Nothing was changed.',
    { timeout: 60_000 },
  );
  await page.screenshot({ path: '/tmp/trust-shots/quota-import.png' });
  expect(await counts(page)).toEqual(before);

  // With space again the same import goes through, so the failure above was the disk, not the file.
  await setFull(store!, false);
  await page.getByRole('button', { name: 'Import another file' }).click();
  await importCsv(page);
  await expect(page.getByRole('status').filter({ hasText: 'Imported: 3 created' })).toBeVisible({ timeout: 60_000 });
  await expect.poll(async () => (await counts(page)).contacts).toBe(4);
  await context.close();
});

test('an import that would not fit is announced before it starts', async ({ browser }) => {
  const { context, page } = await emptyWorkspace(browser);
  const pick = async () => {
    // A reload (not a hash change), so the init script below applies to the page.
    await page.goto('/#/settings/import');
    await page.reload();
    await page.getByTestId('import-file').setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV, 'utf8') });
    await expect(page.getByText('people.csv')).toBeVisible();
  };
  // With the browser's real (ample) estimate: no warning.
  await pick();
  await expect(page.getByRole('alert').filter({ hasText: 'will not fit' })).toHaveCount(0);

  // The browser reports a nearly full quota: the wizard says so, with the sizes, before anything is written.
  await context.addInitScript(() => {
    navigator.storage.estimate = () => Promise.resolve({ usage: 10_000, quota: 10_100 });
  });
  await pick();
  await expect(page.getByRole('alert').filter({ hasText: 'This will not fit' })).toContainText('100 byte');
  await page.screenshot({ path: '/tmp/trust-shots/fit-warning.png' });
  await context.close();
});
