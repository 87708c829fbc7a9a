import { test, expect } from '../fixtures.ts';
import { readRows } from './helpers.ts';

interface TicketRow { id: string; subject: string; status: string; priority: string; assigneeId?: string; receivedAt: string; processingAt?: string; closedAt?: string }
interface MemberRow { id: string; name: string; role: string }

const HOUR = 3_600_000;
// The targets as the issue states them, written out here rather than imported: urgent 1 h / 8 h … low 24 h / 168 h.
const TARGETS: Record<string, [number, number]> = { urgent: [1, 8], high: [4, 24], normal: [8, 72], low: [24, 168] };

test('a new ticket goes to the least-loaded support agent; the picker shows every load', async ({ app: page }) => {
  test.slow(); // reads every ticket twice to compute the loads independently
  await page.getByRole('link', { name: 'Tickets' }).click();
  await expect(page.getByRole('combobox', { name: 'Auto-assign' })).toHaveValue('leastLoaded');
  const members = (await readRows<MemberRow>(page, 'members')).filter((m) => m.role === 'support');
  const tickets = await readRows<TicketRow>(page, 'tickets');
  const load = (id: string) => tickets.filter((k) => k.assigneeId === id && k.status !== 'closed').length;
  const loads = members.map((m) => load(m.id));
  // The fixture must make the choice matter.
  expect(Math.max(...loads)).toBeGreaterThan(Math.min(...loads));
  const least = members.filter((m) => load(m.id) === Math.min(...loads)).sort((a, b) => a.name.localeCompare(b.name, 'en'))[0];

  await page.getByRole('button', { name: '+ New ticket' }).click();
  const form = page.getByRole('complementary', { name: 'New ticket' });
  await form.getByLabel('Subject').fill('Printer on fire');
  await form.getByRole('button', { name: 'Save' }).click();

  const drawer = page.getByRole('complementary', { name: 'Printer on fire' });
  await expect(drawer.getByTestId('ticket-status')).toHaveText('Assigned');
  await expect(drawer.locator('dd').filter({ hasText: least.name })).toBeVisible();
  const created = (await readRows<TicketRow>(page, 'tickets')).find((k) => k.subject === 'Printer on fire');
  expect(created?.assigneeId).toBe(least.id);
  if (process.env.OPS_SHOTS) await page.screenshot({ path: `${process.env.OPS_SHOTS}/ticket-auto-assigned.png` });

  // Reassigning by hand: each agent's open tickets are shown in the picker.
  const busiest = members[loads.indexOf(Math.max(...loads))];
  await expect(drawer.getByLabel('Support member').locator('option', { hasText: busiest.name })).toHaveText(new RegExp(`${busiest.name} · Support · ${Math.max(...loads).toLocaleString('en-US')} open`));
});

test('open tickets past their SLA are flagged in the list, the breach tab and the ticket', async ({ app: page }) => {
  await page.getByRole('link', { name: 'Tickets' }).click();
  const now = Date.now();
  const breached = (await readRows<TicketRow>(page, 'tickets')).filter((k) => {
    if (k.status === 'closed') return false;
    const [respond, resolve] = TARGETS[k.priority];
    const age = now - Date.parse(k.receivedAt);
    const responded = k.processingAt ? Date.parse(k.processingAt) - Date.parse(k.receivedAt) : age;
    return responded > respond * HOUR || age > resolve * HOUR;
  });
  expect(breached.length).toBeGreaterThan(0);
  const tab = page.getByRole('tab', { name: /SLA breached/ });
  await expect(tab).toHaveText(`SLA breached ${breached.length.toLocaleString('en-US')}`);
  await tab.click();
  const table = page.getByRole('table', { name: 'Tickets' });
  await expect(table.getByRole('row').nth(1).getByTestId('sla-breached')).toBeVisible();
  const subject = (await table.getByRole('row').nth(1).getByRole('cell').first().textContent())!.trim();
  expect(breached.map((k) => k.subject)).toContain(subject);
  await table.getByRole('row').nth(1).click();
  const drawer = page.getByRole('complementary', { name: subject });
  await expect(drawer.getByTestId('sla-breached')).toBeVisible();
  await expect(drawer.getByRole('definition').filter({ hasText: 'Breached' }).first()).toBeVisible();
  if (process.env.OPS_SHOTS) await page.screenshot({ path: `${process.env.OPS_SHOTS}/ticket-sla-breached.png` });
});
