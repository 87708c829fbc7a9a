import { test, expect } from '../fixtures.ts';
import { readById, readRows, readWhere } from './helpers.ts';

const pad = (n: number) => String(n).padStart(2, '0');
/** A datetime-local input value `mins` minutes from now, in the browser's zone. */
const local = (mins: number) => {
  const d = new Date(Date.now() + mins * 60_000);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

test('a new lead gets a call task for its owner from the follow-up rule; a late reminder warns; a due reminder snoozes', async ({ app: page }) => {
  await page.getByRole('link', { name: 'Leads' }).click();
  await page.getByRole('button', { name: /New lead/ }).click();
  const form = page.getByRole('complementary', { name: 'New lead' });
  const name = `Follow-up lead ${Date.now()}`;
  await form.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
  await form.getByLabel('Owner').selectOption({ index: 1 });
  const owner = (await form.getByLabel('Owner').locator('option:checked').textContent())!.trim();
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('complementary', { name })).toBeVisible();

  // The store worker fires the rule: one task, for the lead's owner, due a business day later.
  const lead = (await readRows<{ id: string; name: string; ownerId: string }>(page, 'leads')).find((l) => l.name === name)!;
  type T = { id: string; title: string; notes?: string; assigneeId?: string };
  // Read through the assignee index: the owner's tasks, not the workspace's thousands.
  const fired = async () => (await readWhere<T>(page, 'tasks', 'assigneeId', lead.ownerId)).filter((k) => k.notes?.includes(`leads:${lead.id}:created`));
  await expect.poll(async () => (await fired()).length, { timeout: 20_000 }).toBe(1);
  const [task] = await fired();
  expect(task).toMatchObject({ title: 'Call the new lead', assigneeId: lead.ownerId });
  await page.goto(`/#/tasks/${task.id}`);
  const callTask = page.getByRole('complementary', { name: 'Call the new lead' });
  await expect(callTask).toContainText(owner);
  // The drawer covers the page header's buttons: close it as a user would.
  await callTask.getByRole('button', { name: 'Close' }).click();
  await expect(callTask).toHaveCount(0);

  // A reminder after the due date: saved, but the form says so.
  await page.getByRole('button', { name: /New task/ }).click();
  const drawer = page.getByRole('complementary', { name: 'New task' });
  await drawer.getByLabel('Title').fill('Check the late reminder');
  await drawer.getByLabel('Due').fill(local(60));
  await drawer.getByLabel('Reminder').fill(local(120));
  await expect(drawer.getByRole('status').filter({ hasText: 'The reminder is after the due date' })).toBeVisible();
  await drawer.getByLabel('Reminder').fill(local(-2));
  await expect(drawer.getByText('The reminder is after the due date')).toHaveCount(0);
  await drawer.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('complementary', { name: 'Check the late reminder' })).toBeVisible();
  const lateId = decodeURIComponent(new URL(page.url()).hash.split('/').pop()!);

  // Its reminder is due (two minutes ago): the toast comes, and snoozing moves the reminder an hour on.
  const toast = page.getByTestId('reminder').filter({ hasText: 'Check the late reminder' });
  await expect(toast).toBeVisible({ timeout: 30_000 });
  await page.screenshot({ path: '/tmp/ops2-shots/reminder-snooze.png' });
  const before = Date.now();
  await toast.getByRole('button', { name: '1 hour' }).click();
  await expect(toast).toHaveCount(0);
  await expect
    .poll(async () => {
      const k = await readById<{ title: string; remindAt?: string }>(page, 'tasks', lateId);
      return k?.remindAt ? Date.parse(k.remindAt) - before : 0;
    })
    .toBeGreaterThan(55 * 60_000);
});

test('support skills are edited in Settings with validation, and best skill match sends a Russian ticket to the Russian speaker', async ({ app: page }) => {
  await page.getByRole('link', { name: 'Settings' }).click();
  const rows = page.getByTestId('agent-skills');
  await expect(rows).toHaveCount(3);
  const chloe = rows.filter({ hasText: 'Chloe Bennett' });
  await chloe.getByLabel('Chloe Bennett: Russian skill').fill('11');
  await chloe.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Russian skill must be a whole number from 1 to 10' })).toBeVisible();
  await page.getByRole('region', { name: 'Support skills' }).screenshot({ path: '/tmp/ops2-shots/support-skills.png' });
  await chloe.getByLabel('Chloe Bennett: Russian skill').fill('');
  await chloe.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved for Chloe Bennett' })).toBeVisible();

  await page.getByRole('link', { name: 'Tickets' }).click();
  await page.getByLabel('Auto-assign').selectOption({ label: 'Best skill match' });
  await page.getByRole('button', { name: /New ticket/ }).click();
  const form = page.getByRole('complementary', { name: 'New ticket' });
  await form.getByLabel('Subject').fill('Не приходит счёт');
  await form.getByLabel('Language').selectOption({ label: 'Russian' });
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('complementary', { name: 'Не приходит счёт' }).getByRole('definition').filter({ hasText: 'Алексей Кузнецов' })).toBeVisible();
});
