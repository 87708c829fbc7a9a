import { test, expect } from '../fixtures.ts';
import { dataRows, now, openTool, runPhases, settle, watchLongTasks } from './helpers.ts';

test('segmentation (k chosen automatically) and forecast show results without long tasks while mining', async ({ app: page }) => {
  const seg = await openTool(page, /Segmentation/);
  await settle(page);
  await seg.getByLabel('Choose k automatically').check();
  await watchLongTasks(page);
  let t0 = await now(page);
  await seg.getByRole('button', { name: /Run/ }).click();
  const profiles = seg.getByRole('table', { name: /Segment profiles/ });
  await expect(dataRows(profiles).first()).toBeVisible({ timeout: 60_000 });
  await expect(seg.getByText(/\d+ segments of [\d,]+ customers · silhouette/)).toBeVisible();
  expect(await dataRows(seg.getByRole('table', { name: 'Scores per k' })).count()).toBeGreaterThanOrEqual(2);
  await expect(seg.getByRole('table', { name: 'Scores per k' }).getByText('chosen')).toBeVisible();
  await expect(seg.getByRole('img', { name: /Customers by segment/ })).toHaveAttribute('aria-busy', 'false');
  let phases = await runPhases(page, t0);
  console.log(`[longtasks] segmentation: result after ${Math.round(phases.ms)} ms; mining ${JSON.stringify(phases.mining)}; render ${JSON.stringify(phases.render)}`);
  expect(phases.mining).toEqual([]);
  // The scatter's axes can be switched without running again.
  await seg.getByRole('combobox', { name: 'Y axis' }).selectOption({ label: 'Spend' });
  await expect(seg.getByRole('img', { name: /Customers by segment/ })).toHaveAttribute('aria-busy', 'false');

  // The mixture's auto-k stops before kMax on the demo (order counts no longer let a component collapse),
  // says why that k won, and the summary's silhouette is the chosen row's.
  await seg.getByRole('combobox', { name: 'Method' }).selectOption({ label: 'Gaussian mixture (EM)' });
  await seg.getByRole('button', { name: /Run/ }).click();
  // The k-means result stays on screen while the mixture runs: wait for this run to finish.
  await expect(seg.getByText(/^Running/)).toBeVisible();
  await expect(seg.getByText(/^Done in/)).toBeVisible({ timeout: 180_000 });
  const why = seg.getByTestId('why-k');
  await expect(why).toHaveText(/^k = \d+ won: lowest ICL/, { timeout: 120_000 });
  const summary = (await seg.getByText(/\d+ segments of [\d,]+ customers · silhouette/).textContent())!;
  const [, k, sil] = /(\d+) segments of [\d,]+ customers · silhouette ([\d.]+)/.exec(summary)!;
  expect(Number(k)).toBeLessThan(8);
  const chosenRow = dataRows(seg.getByRole('table', { name: 'Scores per k' })).filter({ hasText: 'chosen' });
  await expect(chosenRow.getByRole('cell').nth(1)).toHaveText(sil);
  await expect(why).toContainText(`k = ${k} won`);
  if (process.env.SHOTS) await page.screenshot({ path: `${process.env.SHOTS}/gmm-auto-k.png`, fullPage: true });

  const fc = await openTool(page, /Forecast/);
  await watchLongTasks(page);
  t0 = await now(page);
  await fc.getByRole('button', { name: /Run/ }).click();
  await expect(fc.getByText(/Chosen method: .+ · \d+ periods of history/)).toBeVisible({ timeout: 60_000 });
  const backtest = fc.getByRole('table', { name: 'Backtest error by method' });
  await expect(dataRows(backtest)).toHaveCount(6);
  await expect(backtest.getByText('chosen')).toBeVisible();
  // The table is windowed (only the rows on screen are in the DOM): its row count says how many it holds.
  const values = fc.getByRole('table', { name: 'Forecast values' });
  await expect(values).toHaveAttribute('aria-rowcount', '13');
  await expect(dataRows(values).first()).toBeVisible();
  await expect(fc.getByRole('img', { name: /History and forecast/ })).toHaveAttribute('aria-busy', 'false');
  phases = await runPhases(page, t0);
  console.log(`[longtasks] forecast: result after ${Math.round(phases.ms)} ms; mining ${JSON.stringify(phases.mining)}; render ${JSON.stringify(phases.render)}`);
  expect(phases.mining).toEqual([]);
});

test('lead scoring, churn, recommendations and sentiment produce their tables', async ({ app: page }) => {
  const leads = await openTool(page, /Lead scoring/);
  await leads.getByRole('button', { name: /Run/ }).click();
  await expect(leads.getByText(/AUC 0\.\d+ on held-out data/)).toBeVisible({ timeout: 60_000 });
  await expect(dataRows(leads.getByRole('table', { name: 'Drivers' })).first()).toBeVisible();
  await expect(dataRows(leads.getByRole('table', { name: /Open deals/ })).first()).toBeVisible();

  const churn = await openTool(page, /Churn/);
  await churn.getByRole('button', { name: /Run/ }).click();
  await expect(churn.getByText(/AUC 0\.\d+ on held-out data/)).toBeVisible({ timeout: 60_000 });
  await expect(dataRows(churn.getByRole('table', { name: /most at risk/ })).first()).toBeVisible();

  const rec = await openTool(page, /Recommendations/);
  await rec.getByRole('button', { name: /Random customer/ }).click();
  const recTable = rec.getByRole('table', { name: 'Recommended products' });
  await expect(dataRows(recTable)).toHaveCount(10, { timeout: 60_000 });
  await expect(rec.getByText(/Has bought \d+ distinct products/)).toBeVisible();

  const sent = await openTool(page, /Sentiment/);
  await sent.getByRole('button', { name: /Run/ }).click();
  await expect(sent.getByText(/[\d,]+ texts scored/)).toBeVisible({ timeout: 60_000 });
  await expect(dataRows(sent.getByRole('table', { name: 'By language and label' })).first()).toBeVisible();
  await expect(dataRows(sent.getByRole('table', { name: 'Most negative' })).first()).toBeVisible();
});
