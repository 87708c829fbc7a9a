import { test, expect } from '../fixtures.ts';
import { readRows, readWhere } from './helpers.ts';

interface ContactRow { id: string; firstName: string; lastName: string; email?: string; locale?: string }

test('an .eml lands on the contact it came from, as an email on the timeline', async ({ app: page }) => {
  test.slow(); // reads every contact's address once, like the import itself
  const contacts = await readRows<ContactRow>(page, 'contacts');
  const emails = new Map<string, number>();
  for (const c of contacts) if (c.email) emails.set(c.email.toLowerCase(), (emails.get(c.email.toLowerCase()) ?? 0) + 1);
  const person = contacts.find((c) => c.locale === 'ru' && c.email && emails.get(c.email.toLowerCase()) === 1)!;
  // Subject in RFC 2047 (UTF-8, base64), body quoted-printable, address in another case than stored.
  const subject = 'Счёт №42 — вопрос';
  const eml = [
    `From: =?UTF-8?B?${Buffer.from(`${person.firstName} ${person.lastName}`).toString('base64')}?= <${person.email!.toUpperCase()}>`,
    'To: support@kith.example',
    `Subject: =?UTF-8?B?${Buffer.from(subject).toString('base64')}?=`,
    'Date: Tue, 03 Mar 2026 10:15:00 +0300',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    '=D0=94=D0=BE=D0=B1=D1=80=D1=8B=D0=B9 =D0=B4=D0=B5=D0=BD=D1=8C',
  ].join('\r\n');

  await page.getByRole('button', { name: 'Import email' }).click();
  const drawer = page.getByRole('complementary', { name: 'Import email' });
  await drawer.getByLabel('Import email').setInputFiles({ name: 'invoice.eml', mimeType: 'message/rfc822', buffer: Buffer.from(eml) });
  const item = drawer.getByTestId('mail-item');
  await expect(item).toContainText(subject);
  await expect(item.getByRole('link', { name: `${person.firstName} ${person.lastName}` })).toBeVisible();
  if (process.env.OPS_SHOTS) await page.screenshot({ path: `${process.env.OPS_SHOTS}/mail-import.png` });
  await drawer.getByRole('button', { name: 'Log 1 emails' }).click();
  await expect(drawer.getByRole('status')).toHaveText('Logged 1 emails');
  await drawer.getByRole('button', { name: 'Close' }).click();
  await expect(drawer).toHaveCount(0);

  await page.goto(`/#/contacts/${person.id}`);
  const card = page.getByRole('complementary');
  await expect(card.getByText(subject)).toBeVisible();
  // The merged timeline filters by kind; the e-mail is an interaction.
  await card.getByRole('group', { name: 'Show' }).getByRole('button', { name: /^Interactions/ }).click();
  await expect(card.getByRole('list', { name: 'Timeline' }).getByText(subject)).toBeVisible();
  if (process.env.OPS_SHOTS) await page.screenshot({ path: `${process.env.OPS_SHOTS}/contact-timeline.png` });
  const logged = (await readWhere<{ contactId?: string; subject: string; type: string; channel: string; direction: string; body: string; occurredAt: string }>(page, 'activities', 'contactId', person.id)).filter((a) => a.subject === subject);
  expect(logged).toEqual([expect.objectContaining({ contactId: person.id, type: 'email', channel: 'email', direction: 'in', body: 'Добрый день', occurredAt: '2026-03-03T07:15:00.000Z' })]);
});

test('a file that is not an email is refused and says why', async ({ app: page }) => {
  await page.getByRole('button', { name: 'Import email' }).click();
  const drawer = page.getByRole('complementary', { name: 'Import email' });
  await drawer.getByLabel('Import email').setInputFiles({ name: 'people.eml', mimeType: 'message/rfc822', buffer: Buffer.from('name,email\nJo,jo@x.io\n') });
  await expect(drawer.getByRole('alert')).toHaveText('people.eml: not an email message (no headers)');
  await expect(drawer.getByTestId('mail-item')).toHaveCount(0);
});
