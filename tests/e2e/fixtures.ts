import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

/**
 * Seeding the demo workspace takes seconds, so each Playwright worker seeds it
 * once in a shared browser context (one IndexedDB) and every test opens its
 * own page there. Tests must therefore not depend on each other's edits.
 * A test that needs a pristine workspace uses `browser.newContext()` itself.
 */
/** Seeding takes ~10 s on an idle machine; a loaded shared one may need E2E_SEED_TIMEOUT_MS raised. */
const SEED_MS = Number(process.env.E2E_SEED_TIMEOUT_MS ?? 90_000);

export const test = base.extend<{ app: Page }, { seeded: BrowserContext }>({
  seeded: [
    async ({ browser }, use) => {
      const context = await browser.newContext({ viewport: { width: 1366, height: 860 } });
      // English UI unless a test switches it; sessionStorage keeps a switch across that tab's reloads.
      await context.addInitScript(() => {
        if (!sessionStorage.getItem('kith.e2e')) {
          localStorage.setItem('kith.locale', 'en');
          sessionStorage.setItem('kith.e2e', '1');
        }
      });
      const page = await context.newPage();
      await page.goto('/');
      await waitForApp(page);
      await page.close();
      await use(context);
      await context.close();
    },
    { scope: 'worker', timeout: SEED_MS + 30_000 },
  ],
  app: async ({ seeded }, use) => {
    const page = await seeded.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto('/');
    await waitForApp(page);
    await use(page);
    await page.close();
    expect(errors, 'uncaught errors in the page').toEqual([]);
  },
  context: async ({ seeded }, use) => {
    await use(seeded);
  },
});

/** Waits until the workspace is open and the contact list shows rows. */
export async function waitForApp(page: Page): Promise<void> {
  await expect(page.getByRole('table', { name: /contacts|контакты|联系人/i }).getByRole('row').nth(1)).toBeVisible({ timeout: SEED_MS });
}

export { expect };
export type { Page };
