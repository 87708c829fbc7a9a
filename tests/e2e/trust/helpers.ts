import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';

/**
 * A fresh context with an empty workspace, in seconds rather than the demo's
 * minute: the "had data" marker makes the app offer an empty start instead of seeding.
 */
export async function emptyWorkspace(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    if (!sessionStorage.getItem('kith.e2e')) {
      localStorage.setItem('kith.locale', 'en');
      localStorage.setItem('kith.hadData.main', '1');
      sessionStorage.setItem('kith.e2e', '1');
    }
  });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByRole('button', { name: 'Start an empty workspace' }).click();
  await expect(page.getByText('Nothing here yet')).toBeVisible({ timeout: 60_000 });
  return { context, page };
}
