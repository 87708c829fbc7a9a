import { test, expect } from '../fixtures.ts';
import { isOpenBreach, slaTargets } from '../../../src/domain/tickets/index.ts';
import { readRows } from './helpers.ts';

type TicketRow = Parameters<typeof isOpenBreach>[0] & { id: string; subject: string; assigneeId?: string; category?: string; reopenCount?: number };
type MemberRow = { id: string; name: string; role: string; ticketCapacity?: number };
const HOUR = 3_600_000;

test('SLA targets are edited in Settings (bad values named, nothing saved), the breach list follows them, the picker shows load and capacity, and the analysis groups by category', async ({ app: page }) => {
  test.slow(); // reads every ticket for its oracles, and walks Settings and Tickets twice (the targets are put back at the end)
  const tickets = await readRows<TicketRow>(page, 'tickets');

  await page.getByRole('link', { name: 'Settings' }).click();
  const card = page.getByRole('region', { name: 'SLA targets' });
  const normalFirst = card.getByLabel('First response, normal (hours)');
  await expect(normalFirst).toHaveValue('8');
  await normalFirst.fill('eight');
  await card.getByRole('button', { name: 'Save' }).click();
  await expect(card.getByRole('alert')).toHaveText('First response, normal (hours) must be a number');
  await normalFirst.fill('80');
  await card.getByRole('button', { name: 'Save' }).click();
  await expect(card.getByRole('alert')).toHaveText('First response, normal (hours) must not be later than the resolution target');
  await card.screenshot({ path: '/tmp/ops2-shots/sla-settings-error.png' });
  // Tighter targets: half an hour to answer a normal ticket, 12 hours to solve it.
  await normalFirst.fill('0.5');
  await card.getByLabel('Resolution, normal (hours)').fill('12');
  await card.getByRole('button', { name: 'Save' }).click();
  await expect(card.getByRole('status')).toHaveText('SLA targets saved');

  // The oracle: the domain's breach rule on the stored tickets with the targets as typed.
  const now = Date.now();
  const mine = slaTargets({ sla: { normal: { firstResponse: 0.5 * HOUR, resolution: 12 * HOUR } } });
  const expected = tickets.filter((k) => isOpenBreach(k, new Date(now), mine)).length;
  expect(expected).toBeGreaterThan(tickets.filter((k) => isOpenBreach(k, new Date(now))).length);

  try {
    await page.getByRole('link', { name: 'Tickets' }).click();
    await expect(page.getByRole('tab', { name: /SLA breached/ })).toHaveText(`SLA breached ${expected.toLocaleString('en-US')}`);

    // Analysis by category: labels, never raw ids; the reopen rate as the rows say.
    const analyse = page.getByRole('button', { name: 'Analyse' });
    if ((await analyse.getAttribute('aria-pressed')) !== 'true') await analyse.click();
    await page.getByRole('group', { name: 'Group by' }).getByRole('button', { name: 'Category' }).click();
    const delivery = tickets.filter((k) => k.category === 'delivery');
    const ever = delivery.filter((k) => k.status === 'closed' || k.reopenCount);
    const rate = `${Math.round((100 * ever.filter((k) => k.reopenCount).length) / ever.length)} %`;
    const row = page.getByTestId('ticket-groups').getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Delivery', exact: true }) });
    await expect(row.getByRole('cell').nth(4)).toHaveText(rate);
    // Sentiment is scored in slices after the first paint; delivery complaints read negative on average.
    await expect(row.getByRole('cell').nth(7)).toHaveText(/^-0([.,]\d+)?$/);
    await expect(page.getByTestId('ticket-groups')).not.toContainText('delivery');
    await page.getByTestId('ticket-groups').screenshot({ path: '/tmp/ops2-shots/ticket-analysis-category.png' });

    // The hand-picked assignee is chosen knowing each agent's load and capacity.
    const agents = (await readRows<MemberRow>(page, 'members')).filter((m) => m.role === 'support');
    const busiest = agents.map((m) => ({ m, n: tickets.filter((k) => k.assigneeId === m.id && k.status !== 'closed').length })).sort((a, b) => b.n - a.n)[0];
    await page.getByRole('tab', { name: /^Assigned/ }).click();
    await page.getByRole('table', { name: 'Tickets' }).getByRole('row').nth(1).click();
    const option = page.getByLabel('Support member').locator('option', { hasText: busiest.m.name });
    if (await option.count()) await expect(option).toHaveText(new RegExp(`${busiest.n.toLocaleString('en-US')} open of ${busiest.m.ticketCapacity!.toLocaleString('en-US')}`));
    else await expect(page.getByLabel('Support member').locator('option').nth(1)).toContainText(' open of ');
    await page.screenshot({ path: '/tmp/ops2-shots/ticket-picker.png' });
  } finally {
    // The workspace is shared by the worker's tests: put the default targets back.
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('region', { name: 'SLA targets' }).getByRole('button', { name: 'Defaults' }).click();
    await expect(page.getByRole('region', { name: 'SLA targets' }).getByLabel('First response, normal (hours)')).toHaveValue('8');
  }
});
