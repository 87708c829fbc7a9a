import { test, expect } from '../fixtures.ts';

test('sentiment on the tickets list, in the ticket drawer and on the dashboard', async ({ app: page }) => {
  test.setTimeout(120_000);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Tickets' }).click();
  const table = page.getByRole('table', { name: 'Tickets' });
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  await page.getByRole('button', { name: /New ticket/ }).click();
  const form = page.getByRole('complementary', { name: 'New ticket' });
  const subject = `Angry about delivery ${Date.now()}`;
  await form.getByLabel('Subject').fill(subject);
  await form.getByLabel('Text').fill('Terrible support, I am very disappointed and angry. The order arrived broken.');
  await form.getByRole('button', { name: 'Save' }).click();
  const drawer = page.getByRole('complementary', { name: subject });
  await expect(drawer.getByTestId('ticket-sentiment')).toHaveText(/^Negative −0\.\d\d$/);
  const score = (await drawer.getByTestId('ticket-sentiment').textContent())!.replace('Negative ', '');

  // The list's column is scored in the analytics worker and reads the same.
  await page.getByRole('searchbox', { name: /Search tickets/ }).fill(subject);
  const row = table.getByRole('row').filter({ hasText: subject });
  await expect(row.locator('[data-sentiment]')).toHaveText(`Negative ${score}`, { timeout: 30_000 });
  // Sorted by sentiment, most negative first, the column never rises.
  await page.getByRole('searchbox', { name: /Search tickets/ }).fill('');
  await table.getByRole('columnheader', { name: 'Sentiment' }).click();
  const first = await table.locator('[data-sentiment] .score').evaluateAll((els) => els.slice(0, 10).map((e) => Number((e.textContent ?? '').replace('−', '-').replace('+', ''))));
  expect(first.length).toBe(10);
  for (let i = 1; i < first.length; i++) expect(first[i]).toBeGreaterThanOrEqual(first[i - 1]);
  if (process.env.SHOTS) await page.screenshot({ path: `${process.env.SHOTS}/tickets-sentiment.png` });

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Analytics' }).click();
  const chart = page.getByTestId('sentiment-chart');
  await expect(chart.getByRole('heading', { name: 'Ticket sentiment by month' })).toBeVisible();
  await expect(chart.locator('canvas')).toBeVisible({ timeout: 60_000 });
  expect(await chart.locator('tbody tr').count()).toBeGreaterThanOrEqual(12);
  if (process.env.SHOTS) await chart.screenshot({ path: `${process.env.SHOTS}/dashboard-sentiment.png` });
});
