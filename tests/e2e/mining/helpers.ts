import { expect, type Locator, type Page } from '@playwright/test';

/** Opens Analytics > Mining on an already loaded app and selects a tool's tab. */
export async function openTool(page: Page, tab: RegExp): Promise<Locator> {
  await page.evaluate(() => (location.hash = '#/analytics/mining'));
  await page.getByRole('tab', { name: tab }).click();
  const panel = page.getByRole('tabpanel', { name: tab });
  await expect(panel).toBeVisible();
  return panel;
}

export interface LongTask {
  start: number;
  duration: number;
}

/** Starts recording main-thread long tasks (>= 50 ms by definition of the API). */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: { start: number; duration: number }[]; __longTaskObserver?: PerformanceObserver };
    w.__longTasks = [];
    w.__longTaskObserver?.disconnect();
    w.__longTaskObserver = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
    });
    w.__longTaskObserver.observe({ type: 'longtask' });
  });
}

export async function longTasks(page: Page): Promise<LongTask[]> {
  return page.evaluate(() => (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks);
}

export async function now(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

/** The data rows of a DataTable (the header row is the first row). */
export function dataRows(table: Locator): Locator {
  return table.getByRole('rowgroup').nth(1).getByRole('row');
}

/** Waits until the page has gone `quietMs` without a long task (startup work: demo seeding, first lists). */
export async function settle(page: Page, quietMs = 1500, maxMs = 20_000): Promise<void> {
  await watchLongTasks(page);
  const start = Date.now();
  let lastCount = -1;
  let quietSince = Date.now();
  while (Date.now() - start < maxMs) {
    const n = (await longTasks(page)).length;
    if (n !== lastCount) {
      lastCount = n;
      quietSince = Date.now();
    } else if (Date.now() - quietSince >= quietMs) return;
    await page.waitForTimeout(250);
  }
}

/** performance.now() of the latest mark with this name, or NaN. */
export async function markTime(page: Page, name: string): Promise<number> {
  return page.evaluate((n) => {
    const m = performance.getEntriesByName(n);
    return m.length ? m[m.length - 1].startTime : Number.NaN;
  }, name);
}

/**
 * Long tasks split at the moment the result reached the page: during the mining itself
 * (which must be none) and while the result and its chart render (reported, see the report).
 */
export async function runPhases(page: Page, t0: number): Promise<{ mining: LongTask[]; render: LongTask[]; ms: number }> {
  const outcome = await markTime(page, 'kith:mining:outcome');
  // Without the mark every long task would fall in neither phase and "none while mining" would hold vacuously.
  expect(outcome, 'performance mark kith:mining:outcome after the run started').toBeGreaterThan(t0);
  const tasks = (await longTasks(page)).filter((x) => x.start >= t0);
  return {
    mining: tasks.filter((x) => x.start + x.duration <= outcome),
    render: tasks.filter((x) => x.start + x.duration > outcome),
    ms: outcome - t0,
  };
}
