import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures.ts';

/** Reads rows of one IndexedDB table of the open workspace (a test's view of what the app stored). */
async function rows<T>(page: Page, table: string): Promise<T[]> {
  return page.evaluate(async (table) => {
    const dbs = await indexedDB.databases();
    const name = dbs.map((d) => d.name!).find((n) => n.startsWith('kith'))!;
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const r = indexedDB.open(name);
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    const all = await new Promise<unknown[]>((ok, fail) => {
      const r = db.transaction(table).objectStore(table).getAll();
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    db.close();
    return all;
  }, table) as Promise<T[]>;
}

async function openCampaigns(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Campaigns' }).click();
  await expect(page.getByRole('table', { name: 'Campaigns' }).getByRole('row').nth(1)).toBeVisible();
}

// Responses dated by day only: a campaign launched in the afternoon (UTC) used to drop those dated the launch day
// (noon) as "before the launch", so this read "as often as the control, p = 1" whenever CI ran after 12:00 UTC.
test('a multi-step campaign with a 10 % control is launched, responses imported, and its uplift measured', async ({ app: page }) => {
  test.setTimeout(120_000);
  await openCampaigns(page);
  await page.getByRole('button', { name: /New campaign/ }).click();
  const form = page.getByRole('complementary', { name: 'New campaign' });
  await form.getByRole('textbox', { name: 'Name', exact: true }).fill('Win-back sequence E2E');
  await form.getByLabel('Kind').selectOption('multi');
  const segment = form.getByRole('combobox', { name: 'Segment' });
  await segment.selectOption((await segment.locator('option', { hasText: 'Lapsed customers' }).getAttribute('value'))!);
  await form.getByLabel('Control group, % (0–50)').fill('10');
  await form.getByLabel('Step 1: Message in English').fill('Hi {firstName}, 15% off your next order.');
  await form.getByRole('button', { name: '+ Add step' }).click();
  await form.getByLabel('Step 2: Wait, days').fill('5');
  await form.getByLabel('Step 2: Goes to').selectOption('silent');
  await form.getByLabel('Step 2: Message in English').fill('{firstName}, a reminder: 15% off ends soon.');
  await form.getByLabel('Step 2: Message in Russian').fill('{firstName}, напоминаем: скидка 15% скоро закончится.');
  await form.getByRole('button', { name: 'Save' }).click();

  const detail = page.getByRole('complementary', { name: 'Win-back sequence E2E' });
  await expect(detail.getByText(/Step 2 · \+5 d · Those who did not respond/)).toBeVisible();
  await detail.getByRole('button', { name: 'Launch campaign' }).click();
  await expect(detail.getByText(/^Audience frozen at launch on .*: [\d,]+ contacts$/)).toBeVisible({ timeout: 30_000 });
  const split = detail.getByTestId('split');
  const treated = Number((await split.getByText(/Gets the message/).locator('strong').textContent())!.replace(/\D/g, ''));
  const control = Number((await split.getByText(/Control \(held back\)/).locator('strong').textContent())!.replace(/\D/g, ''));
  expect(control / (treated + control)).toBeGreaterThan(0.05);
  expect(control / (treated + control)).toBeLessThan(0.15);

  // The frozen audience as stored with the campaign.
  const campaign = (await rows<{ name: string; runs: { target: string; control: string }[] }>(page, 'campaigns')).find((c) => c.name === 'Win-back sequence E2E')!;
  const targets = campaign.runs[0].target.split(' ');
  expect(targets.length).toBe(treated);

  await detail.getByRole('button', { name: 'Responses' }).click();
  const file = detail.getByLabel('CSV file');
  // A file naming someone outside the audience is refused whole, with its line.
  await file.setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(`contact_id,response\n${targets[0]},opened\nNOT-A-CONTACT,clicked\n`) });
  await expect(detail.getByRole('alert')).toContainText('Line 3: NOT-A-CONTACT is not in this campaign');
  await expect(detail.getByTestId('response-counts')).toContainText('Opened 0');

  const converted = targets.slice(0, Math.ceil(targets.length * 0.3));
  const csv = ['contact_id,response,date', ...converted.map((id) => `${id},converted,${new Date().toISOString().slice(0, 10)}`), ...targets.slice(-20).map((id) => `${id};opened`.replace(';', ','))].join('\n');
  await file.setInputFiles({ name: 'responses.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(detail.getByRole('status')).toContainText(`${(converted.length + 20).toLocaleString('en')} responses recorded`);
  await expect(detail.getByTestId('response-counts')).toContainText(`Converted ${converted.length.toLocaleString('en')}`);

  await detail.getByRole('button', { name: 'Results' }).click();
  const sentence = detail.getByTestId('uplift-sentence');
  await expect(sentence).toHaveText(/^Customers who got the offer bought \d+\.\d points more often than the control, 95 % CI -?\d+\.\d to \d+\.\d, p (< 0\.001|= 0\.\d+)\.$/, { timeout: 30_000 });
  await expect(detail.getByTestId('uplift')).toHaveText(/^\+\d+\.\d \[-?\d+\.\d; \d+\.\d\]$/);
  await page.screenshot({ path: '/tmp/campaigns-shots/results-new.png' });
});

test('a finished campaign shows its measured result with deciles, and the rule log and plan have content', async ({ app: page }) => {
  await openCampaigns(page);
  await page.getByRole('table', { name: 'Campaigns' }).getByText('VIP early access: new laptops').click();
  const detail = page.getByRole('complementary', { name: 'VIP early access: new laptops' });
  await expect(detail.getByTestId('uplift-sentence')).toHaveText(/Customers who got the offer bought .* than the control, 95 % CI/, { timeout: 30_000 });
  await expect(detail.getByRole('heading', { name: 'Qini curve: incremental buyers when targeting the top share' })).toBeVisible();
  await expect(detail.getByText('Effectiveness against the control group is measured once results come in.')).toHaveCount(0);
  await page.screenshot({ path: '/tmp/campaigns-shots/results-vip.png' });

  await page.getByRole('link', { name: 'Rules' }).click();
  await expect(page.getByTestId('rule-log').getByRole('row').nth(1)).toBeVisible();
  await page.screenshot({ path: '/tmp/campaigns-shots/rules.png' });
  // The editor offers the profile and order triggers, with their settings; a missing segment is refused before saving.
  await page.getByRole('button', { name: '+ New rule' }).click();
  const ruleForm = page.getByRole('form', { name: 'New rule' });
  await ruleForm.getByLabel('When').selectOption('churnRisk');
  await expect(ruleForm.getByLabel('Threshold, %')).toHaveValue('70');
  await ruleForm.getByLabel('When').selectOption('segmentEntered');
  await expect(ruleForm.getByRole('combobox', { name: 'Segment' }).locator('option', { hasText: 'Lapsed customers' })).toHaveCount(1);
  await ruleForm.getByRole('button', { name: 'Save' }).click();
  await expect(ruleForm.getByRole('alert')).toContainText('Choose a segment.');
  await page.screenshot({ path: '/tmp/campaigns-shots/rule-form.png' });
  await ruleForm.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('link', { name: 'Contact plan' }).click();
  await expect(page.getByTestId('contact-queue').getByRole('row').nth(1)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('channel-table').getByRole('row').nth(1)).toBeVisible();
  await page.screenshot({ path: '/tmp/campaigns-shots/plan.png' });
  await page.getByRole('link', { name: 'Loyalty' }).click();
  await expect(page.getByTestId('tier-rules')).toContainText('Platinum');
  await page.screenshot({ path: '/tmp/campaigns-shots/loyalty.png' });
});

test('a contact named like markup previews as text, and the outbox downloads as mbox', async ({ app: page }) => {
  test.setTimeout(120_000);
  const dialogs: string[] = [];
  page.on('dialog', (d) => (dialogs.push(d.message()), void d.dismiss()));
  const evil = '<img src=x onerror=alert(1)>';
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Contacts' }).click();
  await page.getByRole('button', { name: /New contact/ }).click();
  const cform = page.getByRole('complementary', { name: 'New contact' });
  await cform.getByLabel('First name').fill(evil);
  await cform.getByLabel('Email').fill('xss.e2e@example.com');
  await cform.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('complementary', { name: evil })).toBeVisible();

  await openCampaigns(page);
  await page.getByRole('button', { name: /New campaign/ }).click();
  const form = page.getByRole('complementary', { name: 'New campaign' });
  await form.getByRole('textbox', { name: 'Name', exact: true }).fill('Lead outreach E2E');
  await form.getByLabel('Kind').selectOption('prospect');
  await form.getByLabel('Control group, % (0–50)').fill('0');
  await form.getByLabel('Message template').fill('Hello {firstName}, meet {owner}.');
  await form.getByRole('button', { name: 'Save' }).click();
  const detail = page.getByRole('complementary', { name: 'Lead outreach E2E' });
  await detail.getByRole('button', { name: 'Launch campaign' }).click();
  await expect(detail.getByText(/^Audience frozen at launch/)).toBeVisible({ timeout: 30_000 });

  await detail.getByRole('button', { name: 'Outbox' }).click();
  await detail.getByRole('searchbox').fill('xss.e2e');
  await detail.getByRole('button', { name: /<img src=x onerror=alert\(1\)>/ }).click();
  const preview = detail.getByTestId('outbox-preview');
  await expect(preview).toContainText(`Hello ${evil}, meet`);
  await expect(preview.locator('img')).toHaveCount(0);
  await expect(detail.getByTestId('outbox-to')).toHaveText(`${evil} <xss.e2e@example.com>`);
  await page.screenshot({ path: '/tmp/campaigns-shots/outbox.png' });

  const [dl] = await Promise.all([page.waitForEvent('download'), detail.getByRole('button', { name: 'Download .mbox' }).click()]);
  expect(dl.suggestedFilename()).toMatch(/^Lead-outreach-E2E-\d{4}-\d{2}-\d{2}\.mbox$/);
  const text = await (await import('node:fs/promises')).readFile((await dl.path())!, 'utf8');
  expect(text.startsWith('From ')).toBe(true);
  const html = [...text.matchAll(/Content-Type: text\/html; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n([A-Za-z0-9+/=\r\n]+?)\r\n--/g)].map((m) => Buffer.from(m[1].replace(/\r\n/g, ''), 'base64').toString('utf8'));
  expect(html.length).toBe(1);
  expect(html[0]).toContain('Hello &lt;img src=x onerror=alert(1)&gt;');
  expect(html[0]).not.toContain('<img');
  await expect(detail.getByRole('status')).toContainText('1 messages logged');
  expect(dialogs).toEqual([]);
});

test('the rule "negative ticket from a high-value customer -> task for the owner" fires once with two tabs open', async ({ app: page, context }) => {
  test.setTimeout(120_000);
  const second = await context.newPage();
  await second.goto('/#/campaigns/rules');
  // The top spender in US dollars: a high-value customer under the demo rule (spend >= 10,000.00).
  const orders = await rows<{ contactId: string; total: number; currency: string; status: string }>(page, 'orders');
  const spend = new Map<string, number>();
  for (const o of orders) if (o.status === 'paid' && o.currency === 'USD') spend.set(o.contactId, (spend.get(o.contactId) ?? 0) + o.total);
  const [top] = [...spend].sort((a, b) => b[1] - a[1])[0];
  const contact = (await rows<{ id: string; email?: string; ownerId?: string }>(page, 'contacts')).find((c) => c.id === top)!;
  expect(contact.email).toBeTruthy();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Tickets' }).click();
  await page.getByRole('button', { name: /New ticket/ }).click();
  const form = page.getByRole('complementary', { name: 'New ticket' });
  await form.getByLabel('Subject').fill('Broken again, terrible service E2E');
  await form.getByLabel('Text').fill('The printer arrived broken and support is awful. I am very disappointed and angry.');
  const picker = form.getByRole('combobox', { name: 'Contact' });
  await picker.fill(contact.email!.slice(0, 12));
  await form.getByRole('listbox').getByRole('option').first().click();
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('complementary', { name: 'Broken again, terrible service E2E' })).toBeVisible();

  const ticket = (await rows<{ id: string; subject: string }>(page, 'tickets')).find((t) => t.subject === 'Broken again, terrible service E2E')!;
  await expect.poll(async () => (await rows<{ eventId: string }>(page, 'ruleFirings')).filter((f) => f.eventId === `tickets:${ticket.id}:negative`).length, { timeout: 20_000 }).toBe(1);
  // Both tabs have had time to see the ticket; still one firing and one task.
  await second.waitForTimeout(1500);
  const tasks = (await rows<{ title: string; contactId?: string; assigneeId?: string; notes?: string }>(page, 'tasks')).filter((t) => t.notes?.includes(`tickets:${ticket.id}:negative`));
  expect(tasks).toHaveLength(1);
  expect(tasks[0]).toMatchObject({ title: 'Call the customer about their complaint', contactId: contact.id, assigneeId: contact.ownerId });
  expect((await rows<{ eventId: string }>(second, 'ruleFirings')).filter((f) => f.eventId === `tickets:${ticket.id}:negative`)).toHaveLength(1);
  await expect(second.getByTestId('rule-log')).toContainText('Customer spend (all time)');
  await second.close();
});
