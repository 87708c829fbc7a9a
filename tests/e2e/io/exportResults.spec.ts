import { readFile } from 'node:fs/promises';
import { expect, test } from '../fixtures.ts';
import { openTool } from '../mining/helpers.ts';

test.describe.configure({ timeout: 300_000 });

/** Splits a CSV the shared writer made (no quoted separators in these exports' numbers and ids). */
function csvLines(text: string): string[] {
  expect(text.startsWith('\ufeff')).toBe(true);
  return text.slice(1).trimEnd().split('\r\n');
}

test('a segment exports its members to CSV: one line per member, with id and e-mail', async ({ app: page }) => {
  await page.goto('/#/segments');
  await page.getByRole('list', { name: 'Segments' }).getByRole('link', { name: /Lapsed customers/ }).click();
  // Profiles are computed from every order first: minutes on a loaded machine.
  await expect(page.getByTestId('segment-count')).toHaveText(/^[1-9][\d,]*$/, { timeout: 180_000 });
  await expect(page.getByRole('table', { name: 'Segment members' }).getByRole('row').nth(1)).toBeVisible();
  const count = Number((await page.getByTestId('segment-count').textContent())!.replace(/\D/g, ''));
  await page.screenshot({ path: '/tmp/io-shots/segment-export.png' });
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  expect(dl.suggestedFilename()).toMatch(/^segment-Lapsed customers-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = csvLines(await readFile((await dl.path())!, 'utf8'));
  expect(lines[0]).toBe('id,Email,Name,Stage,Country,Days since last order,Orders,Total spent,RFM');
  expect(lines.length - 1).toBe(count);
  // Oracle: every exported id is a live contact of the workspace.
  const ids = lines.slice(1).map((l) => l.split(',')[0]);
  const live = await page.evaluate(
    (want) =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('kith-main');
        open.onsuccess = () => {
          const store = open.result.transaction('contacts').objectStore('contacts');
          let found = 0;
          let left = want.length;
          for (const id of want) {
            const r = store.get(id);
            r.onsuccess = () => {
              if (r.result) found++;
              if (--left === 0) resolve(found);
            };
          }
        };
      }),
    ids,
  );
  expect(live).toBe(count);
});

test('association rules export to CSV and their chart to PNG', async ({ app: page }) => {
  const panel = await openTool(page, /Basket analysis/);
  await panel.getByRole('button', { name: /Run/ }).click();
  const summary = panel.getByText(/\d+ rules from [\d,]+ frequent itemsets/);
  await expect(summary).toBeVisible({ timeout: 120_000 });
  const text = (await summary.textContent())!;
  const shown = /showing the strongest ([\d,]+)/.exec(text)?.[1] ?? /^([\d,]+) rules/.exec(text.trim())![1];
  await expect(panel.getByRole('img', { name: /support and confidence/ })).toHaveAttribute('aria-busy', 'false');
  await page.screenshot({ path: '/tmp/io-shots/rules-export.png' });

  const [dl] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Export CSV' }).click()]);
  expect(dl.suggestedFilename()).toMatch(/^association-rules-.*\.csv$/);
  const lines = csvLines(await readFile((await dl.path())!, 'utf8'));
  expect(lines[0]).toBe('If bought,Then also,Support,Confidence,Lift,Baskets');
  expect(lines.length - 1).toBe(Number(shown.replace(/,/g, '')));
  // Raw numbers, not the percentages shown: support and confidence are shares.
  for (const l of lines.slice(1, 20)) {
    const cells = l.split(',');
    const [support, confidence] = cells.slice(-4, -2).map(Number);
    expect(support).toBeGreaterThan(0);
    expect(support).toBeLessThanOrEqual(1);
    expect(confidence).toBeLessThanOrEqual(1);
  }

  const [png] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: /^Save PNG: .*support and confidence/ }).click()]);
  const bytes = await readFile((await png.path())!);
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
});
