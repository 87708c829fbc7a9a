import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every test gets a fresh browser context (its own IndexedDB), so the demo
 * workspace is generated again. That is the first-open path users take.
 */
export const test = base.extend<{ app: Page }>({
  app: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto('/');
    await waitForApp(page);
    await use(page);
    expect(errors, 'uncaught errors in the page').toEqual([]);
  },
});

/** Waits until the demo workspace is generated and the contact list shows rows. */
export async function waitForApp(page: Page): Promise<void> {
  await expect(page.getByRole('table', { name: /contacts|контакты|联系人/i }).getByRole('row').nth(1)).toBeVisible({ timeout: 60_000 });
}

export { expect };
