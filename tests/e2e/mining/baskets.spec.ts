import { test, expect } from '../fixtures.ts';
import { dataRows, now, openTool, runPhases, settle, watchLongTasks } from './helpers.ts';

test('basket analysis on the demo orders finds rules, without blocking the page', async ({ app: page }) => {
  const panel = await openTool(page, /Basket analysis/);
  await settle(page);
  await watchLongTasks(page);
  const t0 = await now(page);
  await panel.getByRole('button', { name: /Run/ }).click();
  const table = panel.getByRole('table', { name: 'Association rules' });
  await expect(dataRows(table).first()).toBeVisible({ timeout: 60_000 });
  await expect(panel.getByRole('img', { name: /support and confidence/ })).toHaveAttribute('aria-busy', 'false');
  await expect(panel.getByText(/\d+ rules from [\d,]+ frequent itemsets in [\d,]+ baskets/)).toBeVisible();
  await expect(panel.getByText(/Done in/)).toBeVisible();

  const phases = await runPhases(page, t0);
  console.log(`[longtasks] baskets: result after ${Math.round(phases.ms)} ms; mining ${JSON.stringify(phases.mining)}; render ${JSON.stringify(phases.render)}`);
  expect(phases.mining).toEqual([]);

  // The rules table sorts: confidence descending on the second click.
  await table.getByRole('button', { name: 'Confidence' }).click();
  await table.getByRole('button', { name: /Confidence/ }).click();
  await expect(table.getByRole('columnheader', { name: /Confidence/ })).toHaveAttribute('aria-sort', 'descending');
  const first = Number((await dataRows(table).nth(0).getByRole('cell').nth(3).textContent())?.replace(/[^\d.]/g, ''));
  const second = Number((await dataRows(table).nth(1).getByRole('cell').nth(3).textContent())?.replace(/[^\d.]/g, ''));
  expect(first).toBeGreaterThanOrEqual(second);
});
