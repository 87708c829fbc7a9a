import { test, expect } from '../fixtures.ts';
import { readRows } from './helpers.ts';

test('deals list: tick deals, move them to Lost (refused without a reason, cancel moves nothing), assign an owner, delete and undo', async ({ app: page }) => {
  await page.getByRole('link', { name: 'Deals' }).click();
  await page.getByRole('button', { name: 'List' }).click();
  const table = page.getByRole('table', { name: 'Deals' });
  await page.getByRole('combobox', { name: 'Stage', exact: true }).selectOption({ label: 'Negotiation' });
  const body = table.getByRole('row');
  const rowsNow = async () => Number(await table.getAttribute('aria-rowcount')) - 1;
  await expect(body.nth(1)).toContainText('Negotiation');
  await expect.poll(rowsNow).toBeGreaterThan(4);
  const n = await rowsNow();
  await body.nth(1).getByRole('checkbox').check();
  await body.nth(2).getByRole('checkbox').check();
  const bar = page.getByRole('toolbar', { name: 'Selected rows' });
  await expect(bar.getByText('2 selected')).toBeVisible();
  // Deals carry no tags, so the bar offers none.
  await expect(bar.getByRole('button', { name: 'Add tag' })).toHaveCount(0);

  await bar.getByRole('combobox', { name: 'Move to stage' }).selectOption({ label: 'Lost' });
  await bar.getByRole('button', { name: 'Move', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Why was it lost?' });
  await expect(dialog.getByRole('button', { name: 'Mark lost' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  expect(await rowsNow()).toBe(n);

  const reason = `Bulk lost ${Date.now()}`;
  await bar.getByRole('button', { name: 'Move', exact: true }).click();
  await dialog.getByRole('textbox').fill(reason);
  await dialog.getByRole('button', { name: 'Mark lost' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Moved to Lost: 2' })).toBeVisible();
  await expect(table).toHaveAttribute('aria-rowcount', String(n - 2 + 1));
  const lost = (await readRows<{ stageId: string; lostReason?: string; closedAt?: string }>(page, 'deals')).filter((d) => d.lostReason === reason);
  expect(lost.length).toBe(2);
  expect(lost.every((d) => d.stageId === 'lost' && d.closedAt)).toBe(true);

  // Assign an owner to one deal: the owner cell shows the name.
  const members = await readRows<{ id: string; name: string; role: string }>(page, 'members');
  const seller = members.find((m) => m.role === 'sales')!;
  await body.nth(1).getByRole('checkbox').check();
  await bar.getByRole('combobox', { name: 'Assign owner' }).selectOption(seller.id);
  await bar.getByRole('button', { name: 'Assign', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Owner assigned: 1' })).toBeVisible();

  // Delete one, then Undo brings it back.
  await body.nth(1).getByRole('checkbox').check();
  page.once('dialog', (d) => void d.accept());
  await bar.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Deleted: 1' })).toBeVisible();
  await expect(table).toHaveAttribute('aria-rowcount', String(n - 3 + 1));
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(table).toHaveAttribute('aria-rowcount', String(n - 2 + 1));
});
