import { test, expect, waitForApp } from '../fixtures.ts';

test('an edit in tab A appears in tab B without reload', async ({ app: pageA, context }) => {
  const pageB = await context.newPage();
  await pageB.goto('/');
  await waitForApp(pageB);

  await pageA.getByRole('table', { name: 'Contacts' }).getByRole('row').nth(1).click();
  const drawerA = pageA.getByRole('complementary');
  await expect(drawerA.getByRole('heading')).not.toHaveText('Loading…');
  const name = (await drawerA.getByRole('heading').textContent())!.trim();
  await pageB.getByRole('table', { name: 'Contacts' }).getByRole('row').nth(1).click();
  await expect(pageB.getByRole('complementary').getByRole('heading')).toHaveText(name);

  await drawerA.getByRole('button', { name: 'Edit' }).click();
  await drawerA.getByLabel('Title').fill('Chief Synergy Officer');
  await drawerA.getByRole('button', { name: 'Save' }).click();
  await expect(drawerA.getByText('Chief Synergy Officer')).toBeVisible();

  await expect(pageB.getByRole('complementary').getByText('Chief Synergy Officer')).toBeVisible();
});
