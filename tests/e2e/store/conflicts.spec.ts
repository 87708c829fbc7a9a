import { test, expect, waitForApp } from '../fixtures.ts';
import type { Page } from '@playwright/test';

/** Creates a contact with a unique name through the UI; returns its drawer URL. */
async function newContact(page: Page, first: string, last: string): Promise<string> {
  await page.getByRole('button', { name: /New contact/ }).click();
  await page.getByLabel('First name').fill(first);
  await page.getByLabel('Last name').fill(last);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('complementary', { name: `${first} ${last}` })).toBeVisible();
  return page.url();
}

test('an open edit form keeps its draft when the record changes in another tab, and saves only the touched fields', async ({ app: a, context }) => {
  const last = `Draft${Date.now() % 100000}`;
  const url = await newContact(a, 'Olive', last);
  const drawerA = a.getByRole('complementary', { name: `Olive ${last}` });
  await drawerA.getByRole('button', { name: 'Edit' }).click();
  await drawerA.getByLabel('Title').fill('Head of Draft');

  // Another tab of the same browser edits two other fields of the same contact.
  const b = await context.newPage();
  await b.goto(url);
  await waitForApp(b);
  const drawerB = b.getByRole('complementary', { name: `Olive ${last}` });
  await drawerB.getByRole('button', { name: 'Edit' }).click();
  await drawerB.getByLabel('Phone').fill('+44 20 7946 0000');
  await drawerB.getByLabel('Title').fill('Theirs');
  await drawerB.getByRole('button', { name: 'Save' }).click();
  await expect(drawerB.getByText('+44 20 7946 0000')).toBeVisible();

  // A's form says what changed, follows the untouched field and keeps the typed one.
  const note = drawerA.getByTestId('changed-elsewhere');
  await expect(note).toContainText('Phone: +44 20 7946 0000');
  await expect(note).toContainText('Title: Theirs — your draft is kept');
  await expect(drawerA.getByLabel('Title')).toHaveValue('Head of Draft');
  await expect(drawerA.getByLabel('Phone')).toHaveValue('+44 20 7946 0000');
  await a.screenshot({ path: '/tmp/sync-shots/draft-kept.png' });
  await drawerA.getByRole('button', { name: 'Save' }).click();

  // Both edits are in the record, in both tabs.
  await expect(drawerA.getByText('Head of Draft')).toBeVisible();
  await expect(drawerA.getByText('+44 20 7946 0000')).toBeVisible();
  await expect(drawerB.getByText('Head of Draft')).toBeVisible();

  // The history shows each change, old -> new, with its author.
  await drawerA.getByRole('tab', { name: /History/ }).click();
  const entries = drawerA.getByTestId('history-entry');
  await expect(entries).toHaveCount(3);
  await expect(entries.nth(0)).toContainText('Title: Theirs → Head of Draft');
  await expect(entries.nth(1)).toContainText('Phone: — → +44 20 7946 0000');
  await expect(entries.nth(2)).toContainText('created the record');
  await a.screenshot({ path: '/tmp/sync-shots/history.png' });
  await b.close();
});
