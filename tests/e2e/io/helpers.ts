import type { Page } from '@playwright/test';

/**
 * Reads a table straight from the workspace's IndexedDB, as an oracle independent of the UI.
 * `where` keeps only rows whose field contains a text, filtered in the page: sending 10,000
 * contacts over the DevTools protocol takes seconds on a loaded machine.
 */
export async function readTable(page: Page, table: string, where?: { field: string; includes: string }, db = 'kith-main'): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    ([dbName, name, w]) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open(dbName);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(name, 'readonly');
          const req = tx.objectStore(name).getAll();
          req.onsuccess = () => {
            const rows = req.result as Record<string, unknown>[];
            resolve(w ? rows.filter((r) => String(r[w.field] ?? '').includes(w.includes)) : rows);
            open.result.close();
          };
          req.onerror = () => reject(req.error);
        };
      }),
    [db, table, where ?? null] as const,
  );
}

import { test as base, expect, type BrowserContext } from '@playwright/test';

/**
 * The shared fixture's demo workspace, seeded once per worker, but with room
 * for a slow shared machine (seeding has taken two minutes under load).
 */
export const test = base.extend<{ app: Page }, { seeded: BrowserContext }>({
  seeded: [
    async ({ browser }, use) => {
      const context = await browser.newContext({ viewport: { width: 1366, height: 860 }, acceptDownloads: true });
      await context.addInitScript(() => {
        if (!sessionStorage.getItem('kith.e2e')) {
          localStorage.setItem('kith.locale', 'en');
          sessionStorage.setItem('kith.e2e', '1');
        }
      });
      const page = await context.newPage();
      await page.goto('/');
      await waitForApp(page, 280_000);
      await page.close();
      await use(context);
      await context.close();
    },
    { scope: 'worker', timeout: 300_000 },
  ],
  app: async ({ seeded }, use) => {
    const page = await seeded.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto('/');
    await waitForApp(page, 120_000);
    await use(page);
    await page.close();
    expect(errors, 'uncaught errors in the page').toEqual([]);
  },
});

export async function waitForApp(page: Page, timeout: number): Promise<void> {
  await expect(page.getByRole('table', { name: /contacts|контакты|联系人/i }).getByRole('row').nth(1)).toBeVisible({ timeout });
}

export { expect };
