import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, readTable, test, waitForApp } from './helpers.ts';

test.describe.configure({ timeout: 420_000 });

const TABLES = ['companies', 'contacts', 'leads', 'pipelines', 'deals', 'activities', 'tasks', 'tickets', 'products', 'campaigns', 'segments', 'members', 'orders', 'batches', 'meta'];

/**
 * Row count and SHA-256 of every table, read straight from IndexedDB. Keys are sorted before hashing: the
 * order of an object's properties is not data (the seeder and the projection build order rows in different orders).
 */
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
      const json = JSON.stringify(rows, (_k, v: unknown) =>
        v instanceof Uint8Array ? Array.from(v).join(',') : v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
      );
      const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(json)));
      out[t] = `${rows.length}:${Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('')}`;
    }
    db.close();
    return out;
  }, TABLES);
}

test('backup, the workspace vanishes, restore from the missing screen: identical counts and checksums of every table', async ({ app: page, seeded: context }) => {
  await page.goto('/#/settings/backup');
  await page.getByLabel('Passphrase (optional)').fill('tea and biscuits');
  const before = await checksums(page);
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download backup' }).click()]);
  const path = (await dl.path())!;
  const file = await readFile(path);
  expect(file.subarray(0, 8).toString()).toBe('KITHBAK1');

  // The browser drops the site's IndexedDB (cleared or evicted) with no tab holding it open.
  await page.close();
  const blank = await context.newPage();
  const cdp = await context.newCDPSession(blank);
  await cdp.send('Storage.clearDataForOrigin', { origin: new URL(test.info().project.use.baseURL!).origin, storageTypes: 'indexeddb' });
  await blank.goto('/');
  await expect(blank.getByRole('heading', { name: 'Your workspace is not on this device any more' })).toBeVisible({ timeout: 60_000 });
  await blank.screenshot({ path: '/tmp/io-shots/missing.png' });
  await blank.getByRole('button', { name: 'Restore from a backup file' }).click();
  await expect(blank.getByRole('heading', { name: 'Restore' })).toBeVisible({ timeout: 60_000 });
  expect((await checksums(blank)).contacts.split(':')[0]).toBe('0');

  // By path, not as a buffer: tens of megabytes through the DevTools protocol took minutes on a loaded machine.
  await blank.getByTestId('restore-file').setInputFiles(path);
  await expect(blank.getByRole('alert')).toHaveText('This backup is encrypted: enter its passphrase.');
  const pass = blank.locator('section').filter({ hasText: 'Restore' }).getByLabel('Passphrase (optional)');
  await pass.fill('wrong');
  await pass.press('Tab');
  await expect(blank.getByRole('alert')).toHaveText('The passphrase is wrong, or the file is damaged. Nothing was changed.');
  await pass.fill('tea and biscuits');
  await pass.press('Tab');
  const summary = blank.getByRole('table', { name: 'Restore' });
  await expect(summary.getByRole('row', { name: /Contacts/ })).toContainText(before.contacts.split(':')[0].replace(/\B(?=(\d{3})+(?!\d))/g, ','));
  await blank.screenshot({ path: '/tmp/io-shots/restore.png' });
  await blank.getByRole('button', { name: 'Replace this workspace' }).click();
  await waitForApp(blank, 120_000);
  expect(await checksums(blank)).toEqual(before);
  await blank.close();
});

test('automatic snapshots: one taken now is listed and restores through the same summary', async ({ app: page }) => {
  await page.goto('/#/settings/backup');
  const card = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Automatic snapshots' }) });
  const rows = card.getByRole('listitem');
  const before = await rows.count();
  await card.getByRole('button', { name: 'Take a snapshot now' }).click();
  await expect(rows).toHaveCount(Math.min(before + 1, 3), { timeout: 120_000 });
  const contacts = (await readTable(page, 'contacts')).length;
  await expect(rows.first()).toContainText(`${contacts.toLocaleString('en-US')} contacts`);
  await page.screenshot({ path: '/tmp/io-shots/snapshots.png' });
  await rows.first().getByRole('button', { name: 'Restore…' }).click();
  const summary = page.getByRole('table', { name: 'Restore' });
  await expect(summary.getByRole('row', { name: /Contacts/ })).toContainText(contacts.toLocaleString('en-US'));
  await expect(page.getByRole('button', { name: 'Replace this workspace' })).toBeVisible();
});
