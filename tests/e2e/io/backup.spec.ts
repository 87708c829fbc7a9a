import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test, waitForApp } from './helpers.ts';

test.describe.configure({ timeout: 420_000 });

const TABLES = ['companies', 'contacts', 'leads', 'pipelines', 'deals', 'activities', 'tasks', 'tickets', 'products', 'campaigns', 'segments', 'members', 'orders', 'batches', 'meta'];

/** Row count and SHA-256 of every table, read straight from IndexedDB. */
function checksums(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async (tables) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('kith-main');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const out: Record<string, string> = {};
    for (const t of tables) {
      const rows = await new Promise<unknown[]>((resolve) => {
        const req = db.transaction(t).objectStore(t).getAll();
        req.onsuccess = () => resolve(req.result);
      });
      const json = JSON.stringify(rows, (_k, v) => (v instanceof Uint8Array ? Array.from(v).join(',') : v));
      const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(json)));
      out[t] = `${rows.length}:${Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('')}`;
    }
    db.close();
    return out;
  }, TABLES);
}

test('backup, the workspace vanishes, restore from the missing screen: identical counts and checksums of every table', async ({ app: page, seeded: context }) => {
  await page.goto('/#/settings/backup');
  console.log('STEP 1', new Date().toISOString());
  await page.getByLabel('Passphrase (optional)').fill('tea and biscuits');
  console.log('STEP 2', new Date().toISOString());
  const before = await checksums(page);
  console.log('STEP 3', new Date().toISOString());
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download backup' }).click()]);
  console.log('STEP 4', new Date().toISOString());
  const file = await readFile((await dl.path())!);
  console.log('STEP 5', new Date().toISOString());
  expect(file.subarray(0, 8).toString()).toBe('KITHBAK1');
  console.log('STEP 6', new Date().toISOString());

  // The browser drops the site's IndexedDB (cleared or evicted) with no tab holding it open.
  await page.close();
  console.log('STEP 7', new Date().toISOString());
  const blank = await context.newPage();
  console.log('STEP 8', new Date().toISOString());
  const cdp = await context.newCDPSession(blank);
  console.log('STEP 9', new Date().toISOString());
  await cdp.send('Storage.clearDataForOrigin', { origin: new URL(test.info().project.use.baseURL!).origin, storageTypes: 'indexeddb' });
  console.log('STEP 10', new Date().toISOString());
  await blank.goto('/');
  console.log('STEP 11', new Date().toISOString());
  await expect(blank.getByRole('heading', { name: 'Your workspace is not on this device any more' })).toBeVisible({ timeout: 60_000 });
  console.log('STEP 12', new Date().toISOString());
  await blank.screenshot({ path: '/tmp/io-shots/missing.png' });
  console.log('STEP 13', new Date().toISOString());
  await blank.getByRole('button', { name: 'Restore from a backup file' }).click();
  console.log('STEP 14', new Date().toISOString());
  await expect(blank.getByRole('heading', { name: 'Restore' })).toBeVisible({ timeout: 60_000 });
  console.log('STEP 15', new Date().toISOString());
  expect((await checksums(blank)).contacts.split(':')[0]).toBe('0');
  console.log('STEP 16', new Date().toISOString());

  await blank.getByTestId('restore-file').setInputFiles({ name: 'kith-backup.kith', mimeType: 'application/octet-stream', buffer: file });
  console.log('STEP 17', new Date().toISOString());
  await expect(blank.getByRole('alert')).toHaveText('This backup is encrypted: enter its passphrase.');
  console.log('STEP 18', new Date().toISOString());
  const pass = blank.locator('section').filter({ hasText: 'Restore' }).getByLabel('Passphrase (optional)');
  console.log('STEP 19', new Date().toISOString());
  await pass.fill('wrong');
  console.log('STEP 20', new Date().toISOString());
  await pass.press('Tab');
  console.log('STEP 21', new Date().toISOString());
  await expect(blank.getByRole('alert')).toHaveText('The passphrase is wrong, or the file is damaged. Nothing was changed.');
  console.log('STEP 22', new Date().toISOString());
  await pass.fill('tea and biscuits');
  console.log('STEP 23', new Date().toISOString());
  await pass.press('Tab');
  console.log('STEP 24', new Date().toISOString());
  const summary = blank.getByRole('table', { name: 'Restore' });
  console.log('STEP 25', new Date().toISOString());
  await expect(summary.getByRole('row', { name: /Contacts/ })).toContainText(before.contacts.split(':')[0].replace(/\B(?=(\d{3})+(?!\d))/g, ','));
  console.log('STEP 26', new Date().toISOString());
  await blank.screenshot({ path: '/tmp/io-shots/restore.png' });
  console.log('STEP 27', new Date().toISOString());
  await blank.getByRole('button', { name: 'Replace this workspace' }).click();
  console.log('STEP 28', new Date().toISOString());
  await waitForApp(blank, 120_000);
  console.log('STEP 29', new Date().toISOString());
  expect(await checksums(blank)).toEqual(before);
  console.log('STEP 30', new Date().toISOString());
  await blank.close();
  console.log('STEP 31', new Date().toISOString());
});
