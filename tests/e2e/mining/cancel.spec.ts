import { test, expect } from '../fixtures.ts';
import { dataRows, openTool } from './helpers.ts';

/** Dense baskets: 26 items, 22 per basket, so mining up to 10-item sets is a very long single step. */
function denseBaskets(): Buffer {
  const items = Array.from({ length: 26 }, (_, i) => `item${i}`);
  const lines: string[] = [];
  let seed = 7;
  const rnd = (): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  for (let t = 0; t < 4000; t++) lines.push(items.filter(() => rnd() < 0.85).join(','));
  return Buffer.from(lines.join('\n'));
}

test('Cancel stops a long run, by asking the job or by stopping the worker, and the tools keep working', async ({ app: page }) => {
  // Soft: k-means with thousands of restarts pauses between restarts, so the job sees the cancel.
  const seg = await openTool(page, /Segmentation/);
  await seg.getByLabel('Restarts').fill('3000');
  await seg.getByRole('button', { name: /Run/ }).click();
  await expect(seg.getByText(/Running… [1-9]\d*%/)).toBeVisible({ timeout: 60_000 });
  const softStart = Date.now();
  await seg.getByRole('button', { name: 'Cancel' }).click();
  // Normally the job stops at its next pause ("Cancelled"); on a starved CPU the 300 ms
  // deadline may pass first and the worker is stopped instead. Either way the run ends.
  const status = seg.getByText(/^Cancelled( \(worker stopped\))?$/);
  await expect(status).toBeVisible({ timeout: 5_000 });
  console.log(`[cancel] k-means cancel: "${await status.textContent()}" after ${Date.now() - softStart} ms`);
  await expect(seg.getByRole('button', { name: 'Cancel' })).toBeDisabled();
  await seg.getByLabel('Restarts').fill('2');
  await seg.getByRole('button', { name: /Run/ }).click();
  await expect(dataRows(seg.getByRole('table', { name: /Segment profiles/ })).first()).toBeVisible({ timeout: 60_000 });

  // Hard: FP-Growth on dense baskets is one synchronous step; the worker is terminated.
  const baskets = await openTool(page, /Basket analysis/);
  await baskets.getByText('Drop a file').click();
  await baskets.locator('input[type=file]').setInputFiles({ name: 'dense.csv', mimeType: 'text/csv', buffer: denseBaskets() });
  await expect(baskets.getByText('dense.csv')).toBeVisible();
  await baskets.getByLabel(/Min support/).fill('0.01');
  await baskets.getByLabel(/Max items/).fill('10');
  await baskets.getByRole('button', { name: /Run/ }).click();
  await expect(baskets.getByText(/Running…/)).toBeVisible();
  await page.waitForTimeout(1500);
  await expect(baskets.getByText(/Running…/)).toBeVisible();
  const hardStart = Date.now();
  await baskets.getByRole('button', { name: 'Cancel' }).click();
  await expect(baskets.getByText('Cancelled (worker stopped)')).toBeVisible({ timeout: 5_000 });
  console.log(`[cancel] hard cancel shown after ${Date.now() - hardStart} ms`);

  // A new worker takes the next job.
  await baskets.getByText('Workspace data').click();
  await baskets.getByRole('button', { name: /Run/ }).click();
  await expect(dataRows(baskets.getByRole('table', { name: 'Association rules' })).first()).toBeVisible({ timeout: 60_000 });
});
