import { test, expect } from '../fixtures.ts';
import { dataRows, openTool } from './helpers.ts';

const csv = (s: string) => ({ name: 'customers.csv', mimeType: 'text/csv', buffer: Buffer.from(s) });

test('dropped files: bad ones name the line, good ones are mined', async ({ app: page }) => {
  const seg = await openTool(page, /Segmentation/);
  await seg.getByText('Drop a file').click();
  await expect(seg.getByRole('button', { name: /Run/ })).toBeDisabled();

  // A value that is not a number on line 250: past the preview, so the worker finds it.
  const rows = ['age,income,visits'];
  for (let i = 0; i < 300; i++) rows.push(`${20 + (i % 30)},${1000 + i * 37},${i % 7}`);
  rows.splice(249, 0, '33,lots,2');
  await seg.locator('input[type=file]').setInputFiles(csv(rows.join('\n')));
  await expect(seg.getByText('customers.csv')).toBeVisible();
  await expect(seg.getByLabel('age')).toBeChecked();
  await seg.getByRole('button', { name: /Run/ }).click();
  await expect(seg.getByRole('alert')).toHaveText('Line 250, column “income”: “lots” is not a number.');

  // A ragged line is caught already when the columns are offered.
  await seg.locator('input[type=file]').setInputFiles(csv('a,b\n1,2\n3\n'));
  await expect(seg.getByRole('alert')).toHaveText('Line 3 has 1 fields, but the header has 2.');
  await expect(seg.getByRole('button', { name: /Run/ })).toBeDisabled();

  // The good file segments.
  rows.splice(249, 1);
  await seg.locator('input[type=file]').setInputFiles(csv(rows.join('\n')));
  await seg.getByLabel('Segments (k)').fill('3');
  await seg.getByRole('button', { name: /Run/ }).click();
  await expect(dataRows(seg.getByRole('table', { name: /Segment profiles/ }))).toHaveCount(3, { timeout: 30_000 });
  await expect(seg.getByText(/3 segments of 300 customers/)).toBeVisible();

  // A binary file in place of baskets.
  const baskets = await openTool(page, /Basket analysis/);
  await baskets.getByText('Drop a file').click();
  const png = Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), Buffer.from([0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 1, 0])]);
  await baskets.locator('input[type=file]').setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: png });
  await baskets.getByRole('button', { name: /Run/ }).click();
  await expect(baskets.getByRole('alert')).toHaveText(/^Line \d+: this is not a text file|^Line \d+: the file is not UTF-8 text/);

  // A small basket file gives rules.
  const lines = Array.from({ length: 50 }, (_, i) => (i % 2 ? 'bread,butter,jam' : i % 3 ? 'bread,butter' : 'tea,milk'));
  await baskets.locator('input[type=file]').setInputFiles({ name: 'shop.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
  await baskets.getByRole('button', { name: /Run/ }).click();
  await expect(baskets.getByRole('table', { name: 'Association rules' }).getByRole('row', { name: /butter.*bread|bread.*butter/ }).first()).toBeVisible();

  // Sentiment on a text file, one text per line.
  const sent = await openTool(page, /Sentiment/);
  await sent.getByText('Drop a file').click();
  await sent.locator('input[type=file]').setInputFiles({ name: 'reviews.txt', mimeType: 'text/plain', buffer: Buffer.from('Great product, love it!\nTerrible support, very disappointed.\nОчень плохо, ужасный сервис.\n') });
  await sent.getByRole('button', { name: /Run/ }).click();
  await expect(sent.getByText('3 texts scored')).toBeVisible();
  await expect(dataRows(sent.getByRole('table', { name: 'Most negative' }))).toHaveCount(2);
});
