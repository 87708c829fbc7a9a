import { test, expect } from '../fixtures.ts';

test.setTimeout(420_000);

test('dashboard: a month range and a segment filter the figures; a click on a month drills the categories to it', async ({ app: page }) => {
  await page.getByRole('link', { name: 'Analytics' }).click();
  const filter = page.getByRole('form', { name: 'Dashboard filter' });
  const revenue = page.getByRole('table', { name: 'Monthly revenue, 3 years' });
  await expect(revenue.locator('tbody tr')).toHaveCount(36, { timeout: 60_000 });

  // A range given backwards is refused with a message that names both months; the charts keep their last figures.
  await filter.getByLabel('From month').fill('2025-08');
  await filter.getByLabel('To month').fill('2025-02');
  await expect(filter.getByRole('alert')).toHaveText('From month 2025-08 is after to month 2025-02: nothing to show.');
  await expect(revenue.locator('tbody tr')).toHaveCount(36);

  // Fixed: six months, January to June 2025.
  await filter.getByLabel('From month').fill('2025-01');
  await filter.getByLabel('To month').fill('2025-06');
  await expect(filter.getByRole('alert')).toHaveCount(0);
  // The worker re-reads 40,000 orders per change: slow on a loaded machine.
  await expect(revenue.locator('tbody th')).toHaveText(['Jan 25', 'Feb 25', 'Mar 25', 'Apr 25', 'May 25', 'Jun 25'], { timeout: 90_000 });
  const categories = page.getByRole('table', { name: 'Revenue by product category' });
  await expect(categories.locator('thead th').nth(1)).toHaveText('Selected period', { timeout: 90_000 });

  // A segment narrows every figure: VIP customers are a small part of the active customers.
  const active = page.getByRole('region', { name: 'Key figures' }).locator('.kpi', { hasText: 'Active customers' }).locator('.value');
  const count = async () => Number((await active.textContent())!.replace(/\D/g, ''));
  await expect(active).not.toHaveText('…');
  const all = await count();
  await filter.getByLabel('Segment').selectOption({ label: 'VIP customers' });
  await expect(filter).toContainText('Segment “VIP customers” narrows every figure to its members.');
  await expect.poll(count, { timeout: 60_000 }).toBeLessThan(all);
  expect(await count()).toBeGreaterThan(0);

  // Click the last month's column on the revenue chart: the category chart shows June 2025 alone.
  const canvas = page.getByRole('img', { name: 'Monthly revenue, 3 years' }).locator('canvas');
  await expect(page.locator('figure[aria-busy="true"]')).toHaveCount(0);
  const box = (await canvas.boundingBox())!;
  // Inside the plot area, over the last month's column (index interaction: any height picks it).
  await canvas.click({ position: { x: box.width - 40, y: box.height / 2 } });
  await expect(page.getByRole('heading', { name: 'Categories in Jun 25' })).toBeVisible();
  await expect(categories.locator('tbody th').first()).not.toHaveText('', { timeout: 90_000 });
  await expect(categories.locator('tbody tr').first()).toBeVisible();
  if (process.env.SHOTS) await page.screenshot({ path: `${process.env.SHOTS}/dashboard-filter.png`, fullPage: true });
  await page.getByRole('button', { name: 'Back to the whole range' }).click();
  await expect(page.getByRole('heading', { name: 'Revenue by product category' })).toBeVisible();
  await filter.getByRole('button', { name: 'Clear filter' }).click();
  await expect(revenue.locator('tbody tr')).toHaveCount(36, { timeout: 90_000 });
});
