import { test, expect, type Page } from '../fixtures.ts';

async function openDeals(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Deals' }).click();
  await expect(page.getByRole('heading', { name: 'Deals', level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Qualification' }).getByRole('article').first()).toBeVisible();
}

const column = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const fmt = (n: number) => n.toLocaleString('en-GB');
const count = async (page: Page, name: string) => Number((await column(page, name).getByTestId('count').textContent())!.replace(/\D/g, ''));

test('moving a deal with the stage control and by drag and drop changes the column counts', async ({ app: page }) => {
  await openDeals(page);
  const q0 = await count(page, 'Qualification');
  const d0 = await count(page, 'Discovery');
  const p0 = await count(page, 'Proposal');

  // The accessible way: the stage select on the card.
  const card = column(page, 'Qualification').getByRole('article').first();
  const title = (await card.getAttribute('aria-label'))!;
  await card.getByRole('combobox', { name: `Stage of ${title}` }).selectOption({ label: 'Discovery' });
  await expect(column(page, 'Qualification').getByTestId('count')).toHaveText(fmt(q0 - 1));
  await expect(column(page, 'Discovery').getByTestId('count')).toHaveText(fmt(d0 + 1));
  await expect(column(page, 'Discovery').getByRole('article', { name: title, exact: true })).toBeVisible();

  // Drag and drop: the same deal on to the Proposal column.
  await column(page, 'Discovery').getByRole('article', { name: title, exact: true }).dragTo(column(page, 'Proposal'));
  await expect(column(page, 'Discovery').getByTestId('count')).toHaveText(fmt(d0));
  await expect(column(page, 'Proposal').getByTestId('count')).toHaveText(fmt(p0 + 1));
  await expect(column(page, 'Proposal').getByRole('article', { name: title, exact: true })).toBeVisible();
});

test('mark lost with a reason, then reopen it from the drawer', async ({ app: page }) => {
  await openDeals(page);
  const lost0 = await count(page, 'Lost');
  const card = column(page, 'Negotiation').getByRole('article').first();
  const title = (await card.getAttribute('aria-label'))!;
  await card.getByRole('button', { name: title }).click();

  const drawer = page.getByRole('complementary', { name: title });
  await drawer.getByRole('button', { name: /Mark lost/ }).click();
  await drawer.getByLabel('Why was it lost?').fill('Chose a cheaper vendor');
  await drawer.getByRole('button', { name: 'Mark lost' }).click();
  // The deal's facts (the history below them keeps the old values on purpose).
  const facts = drawer.locator('dl.facts');
  await expect(facts.getByText('Chose a cheaper vendor')).toBeVisible();
  await expect(drawer.getByText('Lost', { exact: true }).first()).toBeVisible();
  await expect(facts.getByText('Closed', { exact: true })).toBeVisible();
  await expect(column(page, 'Lost').getByTestId('count')).toHaveText(fmt(lost0 + 1));

  // Reopening clears the close and the reason.
  await drawer.getByLabel('Stage').selectOption({ label: 'Proposal' });
  await expect(facts.getByText('Chose a cheaper vendor')).toHaveCount(0);
  await expect(facts.getByText('Closed', { exact: true })).toHaveCount(0);
  await expect(column(page, 'Lost').getByTestId('count')).toHaveText(fmt(lost0));
});

test('the list view filters by state and owner', async ({ app: page }) => {
  await openDeals(page);
  await page.getByRole('button', { name: 'List' }).click();
  const table = page.getByRole('table', { name: 'Deals' });
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  const all = Number((await page.getByText(/^[\d,]+ rows$/).textContent())!.replace(/\D/g, ''));

  await page.getByRole('combobox', { name: 'State' }).selectOption('won');
  await expect(table.getByRole('row').nth(1).getByText('Won')).toBeVisible();
  const won = Number((await page.getByText(/^[\d,]+ rows$/).textContent())!.replace(/\D/g, ''));
  expect(won).toBeGreaterThan(0);
  expect(won).toBeLessThan(all);

  // An owner who has won deals: the one on the first row.
  const headers = await table.getByRole('columnheader').allTextContents();
  const ownerAt = headers.findIndex((h) => h.trim() === 'Owner');
  expect(ownerAt).toBeGreaterThan(0);
  const name = (await table.getByRole('row').nth(1).getByRole('cell').nth(ownerAt).textContent())!.trim();
  await page.getByRole('combobox', { name: 'Owner' }).selectOption({ label: name });
  const rows = table.getByRole('row');
  await expect(rows.nth(1)).toBeVisible();
  for (let i = 1; i <= Math.min(5, (await rows.count()) - 1); i++) await expect(rows.nth(i)).toContainText(name);
});
