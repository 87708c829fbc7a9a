import { test, expect, waitForApp } from '../fixtures.ts';
import { setFull } from '../storageFull.ts';

test('a write refused by full storage rejects the save, keeps the form open with the message, and nothing later builds on it', async ({ app: page }) => {
  test.slow(); // two saves and a reload of the seeded workspace
  const last = `Quota${Date.now() % 100000}`;
  await page.getByRole('button', { name: /New contact/ }).click();
  await page.getByLabel('First name').fill('Quinn');
  await page.getByLabel('Last name').fill(last);
  await page.getByRole('button', { name: 'Save' }).click();
  const drawer = page.getByRole('complementary', { name: `Quinn ${last}` });
  await expect(drawer).toBeVisible();

  // Storage "fills up" inside the store worker: every IndexedDB add/put throws QuotaExceededError, as a full disk does.
  // (Chromium's CDP quota override does not reach Playwright's off-the-record contexts.)
  const store = page.workers().find((w) => /store/.test(w.url()));
  expect(store, 'the store worker is running').toBeTruthy();
  await setFull(store!, true);
  try {
    await drawer.getByRole('button', { name: 'Edit' }).click();
    await drawer.getByLabel('Title').fill('Lost title');
    await drawer.getByRole('button', { name: 'Save' }).click();
    await expect(drawer.getByRole('alert').filter({ hasText: /Not saved: this device could not write the change .*QuotaExceededError/ })).toBeVisible();
    await expect(page.getByTestId('write-error')).toBeVisible();
    // The form is still open with the user's input, and the record as shown is unchanged.
    await expect(drawer.getByLabel('Title')).toHaveValue('Lost title');
    await page.screenshot({ path: '/tmp/sync-shots/quota.png' });
  } finally {
    await setFull(store!, false);
  }

  // Storage is back: the next save goes through on top of what disk really holds.
  await drawer.getByLabel('Title').fill('Saved title');
  await drawer.getByRole('button', { name: 'Save' }).click();
  await expect(drawer.getByText('Saved title')).toBeVisible();

  await page.reload();
  await waitForApp(page);
  const again = page.getByRole('complementary', { name: `Quinn ${last}` });
  await expect(again.getByText('Saved title')).toBeVisible();
  await again.getByRole('tab', { name: /History/ }).click();
  const entries = again.getByTestId('history-entry');
  await expect(entries).toHaveCount(2);
  // The lost change never reached disk: the saved one starts from an empty title.
  await expect(entries.nth(0)).toContainText('Title: — → Saved title');
  await again.getByRole('button', { name: 'Edit' }).click();
  await again.getByLabel('Title').fill('Still editable');
  await again.getByRole('button', { name: 'Save' }).click();
  // The History tab is still open, so the new value shows there too: the newest entry starts from the saved title.
  await expect(entries.nth(0)).toContainText('Title: Saved title → Still editable');
});
