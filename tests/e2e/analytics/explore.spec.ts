import { readFile } from 'node:fs/promises';
import { parquetReadObjects } from 'hyparquet';
import { test, expect } from '../fixtures.ts';

/** RFC 4180 rows (quotes, doubled quotes, CRLF), BOM dropped: enough to read our own export back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else if (ch !== '\r') cell += ch;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

test('explore: revenue by category and quarter, drilled to month, exported as the grid shows it', async ({ app: page }) => {
  // The first pivot loads DuckDB (33 MB of wasm) and fills the warehouse: slow on a loaded machine.
  test.setTimeout(420_000);
  await page.getByRole('link', { name: 'Analytics' }).click();
  await page.getByRole('link', { name: 'Explore' }).click();
  await expect(page).toHaveURL(/#\/analytics\/explore$/);

  // Revenue x category (rows) x quarter (columns): Year leaves the columns, Quarter comes in.
  await expect(page.getByLabel('Measure')).toHaveValue('revenue');
  const columns = page.getByRole('group', { name: 'Columns' });
  await columns.getByRole('button', { name: 'Remove Year' }).click();
  await columns.getByRole('combobox', { name: 'Columns: Add…' }).selectOption('quarter');
  const grid = page.getByRole('table', { name: 'Pivot', exact: true });
  const quarter = grid.getByRole('button', { name: /^Drill into \d{4}-Q[1-4]$/ });
  await expect(quarter.first()).toBeVisible({ timeout: 280_000 });
  expect(await quarter.count()).toBeGreaterThan(8); // three years of quarters
  await expect(grid.locator('tbody tr').first()).toBeVisible();
  await expect(grid.locator('tbody tr th').first()).not.toHaveText('');

  // Drill the third quarter of a full year down to its months.
  if (process.env.SHOTS) await page.screenshot({ path: `${process.env.SHOTS}/explore-quarters.png`, fullPage: true });
  const q = (await quarter.allTextContents()).find((x) => x.endsWith('-Q3'))!;
  const year = q.slice(0, 4);
  await grid.getByRole('button', { name: `Drill into ${q}` }).click();
  await expect(page.getByRole('navigation', { name: 'Drill path' })).toContainText(`Quarter: ${q}`);
  const monthHeads = grid.locator('thead th.num:not(.total)');
  await expect(monthHeads).toHaveText([`Jul ${year}`, `Aug ${year}`, new RegExp(`^Sept? ${year}$`)]);

  // The grid as the user sees it: header, rows, totals.
  const shown = await grid.evaluate((t: HTMLTableElement) => [...t.rows].map((r) => [...r.cells].map((c) => (c.textContent ?? '').trim())));
  expect(shown.length).toBeGreaterThan(3);
  expect(shown.at(-1)![0]).toBe('Total');

  if (process.env.SHOTS) await page.screenshot({ path: `${process.env.SHOTS}/explore-months.png`, fullPage: true });
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = await (await download).path();
  const csv = parseCsv(await readFile(file, 'utf8'));
  expect(csv[0]).toEqual(shown[0]);
  expect(csv.length).toBe(shown.length);
  // Every row: the same labels, and each shown amount is the file's number rounded to whole dollars.
  const dollars = (s: string) => (s === '' ? null : Number(s.replace(/[^\d.-]/g, '')));
  for (let i = 1; i < shown.length; i++) {
    expect(csv[i][0]).toBe(shown[i][0]);
    expect(csv[i].length).toBe(shown[i].length);
    for (let j = 1; j < shown[i].length; j++) {
      const want = dollars(shown[i][j]);
      if (want === null) expect(csv[i][j]).toBe('');
      else expect(Math.abs(Math.round(Number(csv[i][j])) - want)).toBeLessThanOrEqual(1);
    }
  }
  // Totals agree with the rows: the file's total column sums to its grand total.
  const total = Number(csv.at(-1)!.at(-1));
  const sum = csv.slice(1, -1).reduce((s, r) => s + Number(r.at(-1) || 0), 0);
  expect(Math.abs(sum - total)).toBeLessThan(0.05);

  // Parquet: the same cells, written on the device (DuckDB-WASM's own writer would fetch an extension).
  const pq = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export Parquet' }).click();
  const bytes = await readFile(await (await pq).path());
  const records = (await parquetReadObjects({ file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) })) as { category: string; month: string; revenue: number }[];
  expect(records.length).toBeGreaterThan(3);
  expect(new Set(records.map((r) => r.month))).toEqual(new Set([`${year}-07`, `${year}-08`, `${year}-09`]));
  const pqSum = records.reduce((s, r) => s + Number(r.revenue), 0);
  expect(Math.abs(pqSum - total)).toBeLessThan(0.05);

  // And back up to quarters.
  await page.getByRole('button', { name: /Up to Quarter/ }).click();
  await expect(quarter.first()).toBeVisible();
});
