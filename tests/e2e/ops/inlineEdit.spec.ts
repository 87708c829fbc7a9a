import { test, expect } from '../fixtures.ts';
import { readById, readFirst } from './helpers.ts';

test('companies: a name edited in its cell (empty refused with the reason and nothing written; Escape leaves it; Enter saves)', async ({ app: page }) => {
  const sample = await readFirst<{ id: string; name: string }>(page, 'companies', 'nameKey', 40);
  const co = sample.find((c) => sample.filter((d) => d.name === c.name).length === 1)!;
  await page.getByRole('link', { name: 'Companies' }).click();
  const table = page.getByRole('table', { name: 'Companies' });
  const row = table.getByRole('row', { name: new RegExp(co.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).first();
  await row.getByText(co.name, { exact: true }).dblclick();
  const input = row.getByRole('textbox', { name: 'Name' });
  await input.fill('   ');
  await input.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Name is required' })).toBeVisible();
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await page.screenshot({ path: '/tmp/ops2-shots/inline-company-error.png' });
  expect((await readById<{ name: string }>(page, 'companies', co.id))?.name).toBe(co.name);
  await input.press('Escape');
  await expect(input).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(row.getByText(co.name, { exact: true })).toBeVisible();

  const renamed = `${co.name} Group`;
  await row.getByText(co.name, { exact: true }).dblclick();
  await input.fill(renamed);
  await input.press('Enter');
  await expect(table.getByText(renamed, { exact: true })).toBeVisible();
  await expect.poll(async () => (await readById<{ name: string }>(page, 'companies', co.id))?.name).toBe(renamed);
});

test('contacts: the stage picked in its cell from translated labels is saved', async ({ app: page }) => {
  const sample = await readFirst<{ id: string; email?: string; lifecycle: string }>(page, 'contacts', 'nameKey', 200);
  const p = sample.find((c) => c.email && c.lifecycle !== 'churned')!;
  await page.getByRole('searchbox', { name: 'Search contacts' }).fill(p.email!);
  const table = page.getByRole('table', { name: 'Contacts' });
  await expect(table).toHaveAttribute('aria-rowcount', '2');
  const row = table.getByRole('row').nth(1);
  const labels: Record<string, string> = { subscriber: 'Subscriber', lead: 'Lead', prospect: 'Prospect', customer: 'Customer', churned: 'Churned' };
  await row.getByText(labels[p.lifecycle], { exact: true }).dblclick();
  const pick = row.getByRole('combobox', { name: 'Stage' });
  await expect(pick).toHaveValue(p.lifecycle);
  await expect(pick.getByRole('option', { name: 'Churned' })).toHaveCount(1);
  await pick.selectOption({ label: 'Churned' });
  await expect(pick).toHaveCount(0);
  await expect(row.getByText('Churned', { exact: true })).toBeVisible();
  await expect.poll(async () => (await readById<{ lifecycle: string }>(page, 'contacts', p.id))?.lifecycle).toBe('churned');
});

test('contacts: an open cell editor closes, writing nothing, when a scroll hands its row element to another contact', async ({ app: page }) => {
  const [p] = (await readFirst<{ id: string; email?: string }>(page, 'contacts', 'nameKey', 40)).filter((c) => c.email);
  const table = page.getByRole('table', { name: 'Contacts' });
  const body = table.locator('.body');
  const jump = (rows: number) => body.evaluate((b, top) => (b.scrollTop = top), rows * 40);
  // Down and back first, so the rows jumped to below are held and paint at once (a row still
  // loading would drop its cells, and with them the editor, whatever the editor does).
  // The whole list, not the first screen painted before the list worker answers.
  await expect.poll(async () => Number(await table.getAttribute('aria-rowcount'))).toBeGreaterThan(1_000);
  await jump(150);
  await expect(table.getByRole('row').nth(1)).toHaveAttribute('aria-rowindex', '149');
  await jump(0);
  await table.getByText(p.email!, { exact: true }).dblclick();
  const input = table.getByRole('textbox', { name: 'Email' });
  await input.fill('moved@example.org');
  // Past the painted window: every row element now shows another contact.
  await jump(150);
  await expect(table.getByRole('row').nth(1)).toHaveAttribute('aria-rowindex', '149');
  await expect(input).toHaveCount(0);
  await expect(table.getByText('moved@example.org')).toHaveCount(0);
  expect((await readById<{ email?: string }>(page, 'contacts', p.id))?.email).toBe(p.email);
});
