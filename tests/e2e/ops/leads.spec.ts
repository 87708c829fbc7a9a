import { test, expect } from '../fixtures.ts';
import { readRows } from './helpers.ts';

interface LeadRow { id: string; name: string; status: string; source?: string; contactId?: string; dealId?: string; history?: { status: string }[] }

test('a qualified lead converts to contact + deal with its history and source', async ({ app: page }) => {
  await page.getByRole('link', { name: 'Leads' }).click();
  const table = page.getByRole('table', { name: 'Leads' });
  await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Qualified' });
  await page.getByRole('combobox', { name: 'Source' }).selectOption({ label: 'Referral' });
  const first = table.getByRole('row').nth(1);
  await expect(first).toContainText('Qualified');
  await expect(first).toContainText('Source: Referral +20');
  const name = (await first.getByRole('cell').first().textContent())!.trim();
  await first.click();

  const drawer = page.getByRole('complementary', { name });
  await expect(drawer.getByRole('list', { name: 'Why this score' })).toContainText('Source: Referral +20');
  await drawer.getByRole('button', { name: 'Convert' }).click();
  await drawer.getByLabel('Deal amount').fill('1250');
  await drawer.getByRole('button', { name: 'Convert' }).last().click();

  // Lands on the new (or matched) contact, whose timeline tells where it came from.
  await expect(page).toHaveURL(/#\/contacts\/[0-9A-Z]{26}/);
  const lead = (await readRows<LeadRow>(page, 'leads')).find((l) => l.name === name && l.status === 'converted');
  expect(lead?.history?.map((h) => h.status)).toEqual(['new', 'contacted', 'qualified', 'converted']);
  const deal = (await readRows<{ id: string; contactId: string; source: string; amount: number }>(page, 'deals')).find((d) => d.id === lead!.dealId);
  expect(deal).toMatchObject({ contactId: lead!.contactId, source: 'referral', amount: 125000 });
  await expect(page.getByRole('complementary').getByText(`Converted from lead “${name}”`)).toBeVisible();

  // The lead now links to both records and cannot be converted twice.
  await page.goto(`/#/leads/${lead!.id}`);
  const again = page.getByRole('complementary', { name });
  await expect(again.getByRole('link', { name: 'Open deal' })).toBeVisible();
  await expect(again.getByRole('button', { name: 'Convert' })).toHaveCount(0);
});
