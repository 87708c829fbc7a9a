import { test, expect, waitForApp } from '../fixtures.ts';

test('dashboard shows KPIs and charts, with chart.js loaded only on demand', async ({ seeded }) => {
  // The listener is attached before the page navigates, so it sees every script the first screen loads.
  const page = await seeded.newPage();
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
  await page.goto('/');
  await waitForApp(page);
  const chartChunk = () => scripts.filter((u) => /registry-[\w-]+\.js/.test(u));
  expect(scripts.filter((u) => /\/assets\/index-[\w-]+\.js/.test(u)), 'the entry script was seen').toHaveLength(1);
  expect(chartChunk()).toEqual([]);

  await page.getByRole('link', { name: 'Analytics' }).click();
  const kpis = page.getByRole('region', { name: 'Key figures' });
  await expect(kpis.getByText('Revenue, last 12 months')).toBeVisible();
  await expect(kpis).toContainText(/US\$[\d.,]+[kmKM]?/);
  await expect(kpis).toContainText(/vs previous 12 months/);
  await expect(kpis.getByText('Open tickets')).toBeVisible();

  for (const name of ['Monthly revenue, 3 years', 'Revenue by product category', 'Deals by stage', 'Open tickets by status and channel']) {
    await expect(page.getByRole('img', { name }).locator('canvas')).toBeVisible({ timeout: 30_000 });
  }
  await expect(page.locator('figure[aria-busy="true"]')).toHaveCount(0);
  expect(chartChunk().length).toBeGreaterThan(0);

  await page.getByRole('link', { name: 'Mining' }).click();
  await expect(page).toHaveURL(/#\/analytics\/mining$/);
  await page.getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByRole('img', { name: 'Monthly revenue, 3 years' })).toBeVisible();
  await page.close();
});
