import { test, expect } from '../fixtures.ts';

test('segment movement: a month’s matrix, a cell lists who moved, the customer’s card shows the move', async ({ app: page }) => {
  test.setTimeout(120_000);
  await page.evaluate(() => (location.hash = '#/analytics/movement'));
  const month = page.getByLabel('Month');
  await expect(month).toBeVisible({ timeout: 60_000 });
  // The demo has history at first open: at least a year of months to choose from.
  expect(await month.locator('option').count()).toBeGreaterThanOrEqual(12);
  const matrix = page.getByRole('table', { name: /^Segment movement in/ });
  await expect(matrix).toBeVisible();
  const summary = await page.getByTestId('move-summary').textContent();
  const moved = Number(/^([\d,]+) customers changed segment/.exec(summary ?? '')![1].replace(/,/g, ''));
  expect(moved).toBeGreaterThan(0);
  // Every off-diagonal count is a button; together they are the summary's movers.
  const cells = matrix.getByRole('button');
  const counts = (await cells.allTextContents()).map((s) => Number(s.replace(/,/g, '')));
  expect(counts.reduce((s, n) => s + n, 0)).toBe(moved);

  // A move to a worse segment: the largest one into "At risk" or "Hibernating".
  const worse = matrix.getByRole('button', { name: /→ (At risk|Hibernating):/ });
  const labels = await worse.evaluateAll((bs) => bs.map((b) => [b.getAttribute('aria-label') ?? '', Number((b.textContent ?? '').replace(/,/g, ''))] as const));
  const [label, n] = labels.reduce((a, b) => (b[1] > a[1] ? b : a));
  const [, from, to] = /^(.+) → (.+): /.exec(label)!;
  await matrix.getByRole('button', { name: label, exact: true }).click();
  await expect(page.getByTestId('move-chosen')).toHaveText(label);
  const people = page.getByRole('list', { name: 'Customers who moved' }).getByRole('link');
  await expect(people).toHaveCount(n);

  const chosenMonth = await month.inputValue();
  if (process.env.SHOTS) await page.screenshot({ path: `${process.env.SHOTS}/movement.png`, fullPage: true });
  await people.first().click();
  await expect(page).toHaveURL(/#\/contacts\/[0-9A-Z]+$/);
  const trail = page.getByRole('complementary').last().getByRole('list', { name: 'Segment, month by month' });
  await expect(trail).toBeVisible({ timeout: 60_000 });
  // The card's month-by-month trail shows the same move: the month before in `from`, the chosen month in `to`.
  const fmt = (key: string) => new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${key}-01T00:00:00Z`));
  const [y, m] = chosenMonth.split('-').map(Number);
  const before = new Date(Date.UTC(y, m - 2, 1)).toISOString().slice(0, 7);
  await expect(trail.getByRole('listitem').filter({ hasText: `${fmt(before)}: ${from}` })).toHaveCount(1);
  await expect(trail.getByRole('listitem').filter({ hasText: `${fmt(chosenMonth)}: ${to}` })).toHaveCount(1);
  if (process.env.SHOTS) await page.screenshot({ path: `${process.env.SHOTS}/card-segment-trail.png`, fullPage: true });
});
