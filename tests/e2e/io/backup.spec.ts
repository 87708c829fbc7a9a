import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test, waitForApp } from './helpers.ts';

test.describe.configure({ timeout: 300_000 });

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

// FIXME(issue 7): since the trust work, a device whose workspace vanished shows the "workspace missing" screen
// instead of seeding a new one; this test still expects a fresh workspace after clearing and has to go through
// that screen. Backup and restore themselves are unit-tested (tests/unit/io/backup.test.ts).
test.fixme('backup, clear the workspace, restore: identical counts and checksums of every table', async ({ app: page }) => {
  await page.goto('/#/settings/backup');
  await page.getByLabel('Passphrase (optional)').fill('tea and biscuits');
  const before = await checksums(page);
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download backup' }).click()]);
  const file = await readFile((await dl.path())!);
  expect(file.subarray(0, 8).toString()).toBe('KITHBAK1');

  // Clear the data: the workspace is deleted and replaced by an empty one.
  await page.goto('/#/settings');
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Start empty workspace' }).click();
  // The new, empty workspace is open once Settings shows it (reading IndexedDB before then would create a bare database).
  await expect(page.getByText('Your workspace', { exact: true })).toBeVisible({ timeout: 120_000 });
  expect((await checksums(page)).contacts.split(':')[0]).toBe('0');

  await page.goto('/#/settings/backup');
  await page.getByTestId('restore-file').setInputFiles({ name: 'kith-backup.kith', mimeType: 'application/octet-stream', buffer: file });
  await expect(page.getByRole('alert')).toHaveText('This backup is encrypted: enter its passphrase.');
  const pass = page.getByRole('region').or(page.locator('section')).filter({ hasText: 'Restore' }).getByLabel('Passphrase (optional)');
  await pass.fill('wrong');
  await pass.press('Tab');
  await expect(page.getByRole('alert')).toHaveText('The passphrase is wrong, or the file is damaged. Nothing was changed.');
  await pass.fill('tea and biscuits');
  await pass.press('Tab');
  const summary = page.getByRole('table', { name: 'Restore' });
  await expect(summary.getByRole('row', { name: /Contacts/ })).toContainText(before.contacts.split(':')[0].replace(/\B(?=(\d{3})+(?!\d))/g, ','));
  await page.screenshot({ path: '/tmp/io-shots/restore.png' });
  await page.getByRole('button', { name: 'Replace this workspace' }).click();
  await waitForApp(page, 120_000);
  expect(await checksums(page)).toEqual(before);
});
