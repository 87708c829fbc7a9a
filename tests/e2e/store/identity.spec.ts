import { test, expect } from '../fixtures.ts';

test('"This is me" in Settings signs later changes; the deal history shows who moved it, stages by name', async ({ app: page }) => {
  test.setTimeout(180_000);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  const me = page.getByRole('region', { name: 'This device is used by' });
  // The demo starts as one of its members, so every change already has an author.
  await expect(me.getByTestId('current-member')).toHaveText(/^You are .+/);
  const picker = me.getByLabel('Team member');
  const options = await picker.locator('option').allTextContents();
  const current = ((await me.getByTestId('current-member').textContent()) ?? '').replace('You are ', '');
  const other = options.find((o) => !o.startsWith(`${current} · `))!;
  const name = other.split(' · ')[0];
  await picker.selectOption({ label: other });
  await me.getByRole('button', { name: 'This is me' }).click();
  await expect(me.getByTestId('current-member')).toHaveText(`You are ${name}`);
  await page.screenshot({ path: '/tmp/sync-shots/settings-me.png' });

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Deals' }).click();
  const card = page.getByRole('region', { name: 'Proposal', exact: true }).getByRole('article').first();
  const title = (await card.getAttribute('aria-label'))!;
  await card.getByRole('combobox', { name: `Stage of ${title}` }).selectOption({ label: 'Negotiation' });
  await page.getByRole('region', { name: 'Negotiation', exact: true }).getByRole('article', { name: title, exact: true }).getByRole('button', { name: title }).click();
  const drawer = page.getByRole('complementary', { name: title });
  const latest = drawer.getByTestId('history-entry').first();
  await expect(latest).toContainText(name);
  await expect(latest).toContainText('Stage: Proposal → Negotiation');
  await drawer.getByTestId('history-entry').first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/sync-shots/deal-history.png' });
});
