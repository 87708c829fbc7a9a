import { test, expect } from '../fixtures.ts';
import { emptyWorkspace } from './helpers.ts';

test('with the network cut, a reload opens the app with its data and a record opens', async ({ browser }) => {
  const { context, page } = await emptyWorkspace(browser);
  await page.getByRole('button', { name: /New contact/ }).click();
  await page.getByLabel('First name').fill('Olga');
  await page.getByLabel('Last name').fill('Offline');
  await page.getByLabel('Email').fill('olga@example.org');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('complementary', { name: 'Olga Offline' })).toBeVisible();
  await page.goto('/#/contacts');

  // The service worker has installed (precached this build) and controls the page.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });

  // The network is gone: offline, and any request that still reaches the network fails.
  await context.setOffline(true);
  const reachedNetwork: string[] = [];
  await context.route('**/*', (route) => {
    reachedNetwork.push(route.request().url());
    return route.abort('internetdisconnected');
  });
  await page.reload();
  const row = page.getByRole('row', { name: /Olga Offline/ });
  await expect(row).toBeVisible({ timeout: 30_000 });
  await row.click();
  await expect(page.getByRole('complementary', { name: 'Olga Offline' }).getByText('olga@example.org')).toBeVisible();
  await page.screenshot({ path: '/tmp/trust-shots/offline.png' });
  expect(reachedNetwork).toEqual([]);
  await context.close();
});
