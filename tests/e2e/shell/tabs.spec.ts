import { test, expect, waitForApp } from '../fixtures.ts';

test('an edit in tab A appears in tab B without reload', async ({ app: pageA, context }) => {
  const pageB = await context.newPage();
  await pageB.goto('/');
  await waitForApp(pageB);

  await pageA.getByRole('table', { name: 'Contacts' }).getByRole('row').nth(1).click();
  const drawerA = pageA.getByRole('complementary');
  // The drawer's title is its level-2 heading; sections below it (next best offer, history) have their own.
  const titleA = drawerA.getByRole('heading', { level: 2 });
  await expect(titleA).not.toHaveText('Loading…');
  const name = (await titleA.textContent())!.trim();
  await pageB.getByRole('table', { name: 'Contacts' }).getByRole('row').nth(1).click();
  await expect(pageB.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText(name);

  await drawerA.getByRole('button', { name: 'Edit' }).click();
  await drawerA.getByLabel('Title').fill('Chief Synergy Officer');
  await drawerA.getByRole('button', { name: 'Save' }).click();
  await expect(drawerA.getByText('Chief Synergy Officer')).toBeVisible();

  await expect(pageB.getByRole('complementary').getByText('Chief Synergy Officer')).toBeVisible();
});
