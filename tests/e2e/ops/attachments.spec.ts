import { test, expect } from '../fixtures.ts';

// A 1×1 PNG: enough for the browser to decode and show as a preview.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');

test('a file attached to a contact survives a reload; an oversized one is refused with a clear message', async ({ app: page }) => {
  test.slow(); // the over-the-cap file is 25 MB through the browser protocol
  const table = page.getByRole('table', { name: 'Contacts' });
  await table.getByRole('row').nth(3).click();
  await expect(page).toHaveURL(/#\/contacts\/[0-9A-Z]{26}/);
  const url = page.url();
  const drawer = page.getByRole('complementary');
  await drawer.getByRole('tab', { name: 'Files' }).click();
  const files = drawer.getByRole('region', { name: 'Files' });
  await files.getByLabel('Attach file').setInputFiles([
    { name: 'signed-offer.png', mimeType: 'image/png', buffer: PNG },
    { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('x'.repeat(2048)) },
  ]);
  await expect(files.getByTestId('attachment')).toHaveCount(2);
  await expect(files.getByTestId('attachment').filter({ hasText: 'notes.txt' })).toContainText('2 kB');

  // Over the 25 MB cap: refused, named, nothing stored.
  await files.getByLabel('Attach file').setInputFiles({ name: 'huge.bin', mimeType: 'application/octet-stream', buffer: Buffer.alloc(25 * 1024 * 1024 + 1) });
  await expect(files.getByRole('alert')).toHaveText('huge.bin is 25 MB; the limit is 25 MB');
  await expect(files.getByTestId('attachment')).toHaveCount(2);

  await page.reload();
  await expect(page).toHaveURL(url);
  const again = page.getByRole('complementary');
  await again.getByRole('tab', { name: 'Files' }).click();
  const kept = again.getByRole('region', { name: 'Files' });
  const png = kept.getByTestId('attachment').filter({ hasText: 'signed-offer.png' });
  await expect(png).toContainText(`${PNG.length} byte`);
  await png.getByRole('button', { name: 'Preview' }).click();
  await expect(kept.getByRole('img', { name: 'signed-offer.png' })).toHaveJSProperty('naturalWidth', 1);
  if (process.env.OPS_SHOTS) await page.screenshot({ path: `${process.env.OPS_SHOTS}/attachments.png` });

  page.once('dialog', (d) => void d.accept());
  await kept.getByTestId('attachment').filter({ hasText: 'notes.txt' }).getByRole('button', { name: 'Delete' }).click();
  await expect(kept.getByTestId('attachment')).toHaveCount(1);
});
