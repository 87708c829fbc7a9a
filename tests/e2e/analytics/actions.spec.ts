import { test, expect } from '../fixtures.ts';
import { dataRows, openTool } from '../mining/helpers.ts';

test('a k-means cluster saved as a segment appears in Segments with its member count', async ({ app: page }) => {
  test.setTimeout(240_000); // k-means with restarts over every buyer, on a shared loaded machine
  const seg = await openTool(page, /Segmentation/);
  await seg.getByRole('button', { name: /Run/ }).click();
  const profiles = seg.getByRole('table', { name: /Segment profiles/ });
  await expect(dataRows(profiles).first()).toBeVisible({ timeout: 120_000 });
  // The size column of "Segment 2" (cells: segment, save, size, ...).
  const row = dataRows(profiles).filter({ hasText: 'Segment 2' });
  const size = (await row.getByRole('cell').nth(2).textContent())!.trim();
  expect(Number(size.replace(/,/g, ''))).toBeGreaterThan(0);
  await row.getByRole('button', { name: 'Save Segment 2 as a segment' }).click();
  await expect(seg.getByRole('status').filter({ hasText: /^Saved as segment/ })).toContainText(`(${size} customers)`);
  await seg.getByRole('status').filter({ hasText: /^Saved as segment/ }).getByRole('link', { name: 'Open in Segments' }).click();
  await expect(page).toHaveURL(/#\/segments\/[0-9A-Z]+$/);
  await expect(page.getByTestId('segment-count')).toHaveText(size, { timeout: 60_000 });
  await expect(page.getByText(`${size} chosen customers`)).toBeVisible();
  if (process.env.SHOTS) await page.screenshot({ path: `${process.env.SHOTS}/segment-from-cluster.png`, fullPage: true });
});

test('churn list ranked by expected loss; tasks created for the customers’ owners, visible in Tasks; the same customers into a win-back campaign', async ({ app: page }) => {
  test.setTimeout(360_000); // the churn model over every customer, then tasks and a campaign, on a shared loaded machine
  const churn = await openTool(page, /Churn/);
  await churn.getByRole('button', { name: /Run/ }).click();
  const list = churn.getByRole('table', { name: /most at risk/ });
  await expect(dataRows(list).first()).toBeVisible({ timeout: 120_000 });
  await expect(list.getByRole('columnheader', { name: 'Expected loss' })).toBeVisible();
  // Ranked by expected loss: the first rows' losses never increase.
  const losses = await dataRows(list).evaluateAll((rows) => rows.slice(0, 8).map((r) => Number((r.querySelectorAll('[role="cell"]')[1]?.textContent ?? '').replace(/[^\d.]/g, ''))));
  expect(losses.length).toBeGreaterThan(3);
  for (let i = 1; i < losses.length; i++) expect(losses[i]).toBeLessThanOrEqual(losses[i - 1]);
  const names = await dataRows(list).evaluateAll((rows) => rows.slice(0, 3).map((r) => r.querySelector('[role="cell"]')?.textContent?.trim() ?? ''));

  await churn.getByLabel('Customers at the top').fill('3');
  await churn.getByRole('button', { name: 'Create tasks for owners' }).click();
  await expect(churn.getByRole('status').filter({ hasText: /tasks created/ })).toHaveText(/^3 tasks created for [1-3] owners \(0 already existed\)/);
  const made = churn.getByRole('list', { name: 'Tasks created' }).getByRole('link');
  await expect(made).toHaveText(names);
  // Asking again makes nothing twice.
  await churn.getByRole('button', { name: 'Create tasks for owners' }).click();
  await expect(churn.getByRole('status').filter({ hasText: /tasks created/ })).toHaveText(/^0 tasks created for [1-3] owners \(3 already existed\)/);

  // The same top three into a draft win-back campaign on a segment of exactly them.
  await churn.getByRole('button', { name: 'Add to a win-back campaign' }).click();
  const campaignMade = churn.getByRole('status').filter({ hasText: /^Draft e-mail campaign made/ });
  await expect(campaignMade).toContainText('for 3 customers');
  if (process.env.SHOTS) await page.screenshot({ path: `${process.env.SHOTS}/churn-tasks.png`, fullPage: true });
  const campaignHref = (await campaignMade.getByRole('link', { name: 'Open the campaign' }).getAttribute('href'))!;
  await made.first().click();
  await expect(page).toHaveURL(/#\/tasks\/[0-9A-Z]+$/);
  const drawer = page.getByRole('complementary').last();
  await expect(drawer.getByRole('heading', { name: `Win back ${names[0]}: churn risk`, exact: false })).toBeVisible();
  await expect(drawer.getByLabel('Assignee')).not.toHaveValue('');
  await expect(drawer.getByLabel('Priority')).toHaveValue('high');
  await page.evaluate((h) => (location.hash = h), campaignHref);
  await expect(page).toHaveURL(/#\/campaigns\/[0-9A-Z]+$/);
  const campaign = page.getByRole('complementary').last();
  await expect(campaign.getByRole('heading', { name: /^Win-back \(churn list/ })).toBeVisible();
  await expect(campaign.getByRole('link', { name: /^Churn risk: top 3/ })).toBeVisible();
  await expect(campaign.getByRole('heading', { name: /Audience: 3\b/ })).toBeVisible({ timeout: 60_000 });
  if (process.env.SHOTS) await page.screenshot({ path: `${process.env.SHOTS}/churn-campaign.png`, fullPage: true });
});
