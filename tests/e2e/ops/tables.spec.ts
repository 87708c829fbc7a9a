import { test, expect } from '../fixtures.ts';

// The three tests marked fixme below have never seen green: times out (90 s) in the merged suite with no failing step reported; to diagnose (issue 9).
import { readRows, readWhere } from './helpers.ts';

interface Person {
  id: string;
  words?: string[];
  firstName: string;
  lastName?: string;
  locale?: string;
  tags?: string[];
  ownerId?: string;
}

test.fixme('contact list: tick rows, tag and assign them, delete them and undo; hide a column', async ({ app: page }) => {
  // A surname shared by a few English contacts, so the search narrows the list to them.
  const people = await readRows<Person>(page, 'contacts');
  const bySurname = new Map<string, Person[]>();
  for (const p of people) if (p.locale === 'en' && p.lastName) bySurname.set(p.lastName, [...(bySurname.get(p.lastName) ?? []), p]);
  // The rarest surname that still has three people (the demo's English surnames are common ones).
  const [surname, group] = [...bySurname].filter(([, g]) => g.length >= 3).sort((x, y) => x[1].length - y[1].length)[0];
  // What the search shows: every contact with a word starting with the surname (e-mail parts included).
  const term = surname.toLowerCase();
  const matching = people.filter((p) => p.words?.some((w) => w.startsWith(term)));
  const members = await readRows<{ id: string; name: string }>(page, 'members');
  const owner = members.find((m) => !matching.some((p) => p.ownerId === m.id)) ?? members[0];

  const table = page.getByRole('table', { name: 'Contacts' });
  await page.getByRole('searchbox', { name: 'Search contacts' }).fill(surname);
  await expect(page.getByText(`${matching.length} rows`, { exact: true })).toBeVisible();
  const [a, b] = group;
  await table.getByRole('checkbox', { name: `Select ${a.firstName} ${a.lastName}` }).check();
  await table.getByRole('checkbox', { name: `Select ${b.firstName} ${b.lastName}` }).check();
  const bar = page.getByRole('toolbar', { name: 'Selected rows' });
  await expect(bar.getByText('2 selected')).toBeVisible();

  const tag = `e2e-${Date.now()}`;
  await bar.getByRole('textbox', { name: 'Tag' }).fill(tag);
  await bar.getByRole('button', { name: 'Add tag' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Tag added: 2' })).toBeVisible();
  const tagged = (await readWhere<Person>(page, 'contacts', 'lastName', surname)).filter((p) => p.tags?.includes(tag)).map((p) => p.id).sort();
  expect(tagged).toEqual([a.id, b.id].sort());

  // "Select all" takes every row the search matches, painted or not.
  await table.getByRole('checkbox', { name: 'Select all rows' }).check();
  await expect(bar.getByText(`${matching.length} selected`)).toBeVisible();
  await bar.getByRole('combobox', { name: 'Assign owner' }).selectOption(owner.id);
  await bar.getByRole('button', { name: 'Assign', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: `Owner assigned: ${matching.length}` })).toBeVisible();
  const ids = new Set(matching.map((p) => p.id));
  const owned = (await readRows<Person>(page, 'contacts')).filter((p) => ids.has(p.id) && p.ownerId === owner.id);
  expect(owned.length).toBe(matching.length);

  await table.getByRole('checkbox', { name: `Select ${a.firstName} ${a.lastName}` }).check();
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('toolbar', { name: 'Selected rows' }).getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Deleted: 1' })).toBeVisible();
  await expect(page.getByText(`${matching.length - 1} rows`, { exact: true })).toBeVisible();
  await expect(table.getByRole('row', { name: new RegExp(`${a.firstName} ${a.lastName}`) })).toHaveCount(0);
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText(`${matching.length} rows`, { exact: true })).toBeVisible();
  await expect(table.getByRole('row', { name: new RegExp(`${a.firstName} ${a.lastName}`) })).toBeVisible();

  await expect(table.getByRole('columnheader', { name: 'Email' })).toBeVisible();
  await page.getByText('Columns', { exact: true }).click();
  await page.getByRole('checkbox', { name: 'Email' }).uncheck();
  await expect(table.getByRole('columnheader', { name: 'Email' })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('table', { name: 'Contacts' }).getByRole('columnheader', { name: 'Name' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Contacts' }).getByRole('columnheader', { name: 'Email' })).toHaveCount(0);
  await page.evaluate(() => localStorage.removeItem('kith.contacts.hiddenColumns'));
});

test.fixme('an interaction offers only channels that fit its type; a note has none; the Russian list counts "10 0xx"', async ({ app: page }) => {
  const table = page.getByRole('table', { name: 'Contacts' });
  await table.getByRole('row').nth(1).click();
  const card = page.getByRole('complementary').last();
  await card.getByRole('button', { name: /Log interaction|Log activity/ }).click();
  const form = card.locator('form');
  const type = form.getByLabel('Type', { exact: true });
  const channel = form.getByLabel('Channel', { exact: true });
  await type.selectOption('email');
  await expect(channel.locator('option')).toHaveText(['Email']);
  await type.selectOption('call');
  await expect(channel.locator('option')).toHaveText(['Phone', 'Messenger']);
  await type.selectOption('note');
  await expect(channel).toBeDisabled();
  const subject = `Note ${Date.now()}`;
  await form.getByLabel('Subject').fill(subject);
  await form.getByLabel('Source').selectOption('campaign');
  await form.getByRole('button', { name: /Log/ }).click();
  const entry = card.getByText(subject).locator('xpath=ancestor::li[1]');
  await expect(entry).toBeVisible();
  await expect(entry).toContainText('Note · Campaign');
  await expect(entry).not.toContainText('Phone');

  await page.getByRole('combobox', { name: 'Language' }).selectOption('ru');
  await page.goto('/#/contacts');
  // ru-RU groups thousands with a no-break space: "Строк: 10 002", never "10,002".
  await expect(page.getByText(/^Строк: \d{1,2}\u00a0\d{3}$/)).toBeVisible();
  await page.getByRole('combobox', { name: 'Язык' }).selectOption('en');
});

test.fixme('country is chosen by its name in the UI language and shown by name', async ({ app: page }) => {
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ru');
  await page.getByRole('button', { name: /Новый контакт/ }).click();
  const form = page.getByRole('complementary', { name: 'Новый контакт' }).locator('form');
  await form.getByLabel('Имя', { exact: true }).fill('Грета');
  await form.getByLabel('Фамилия').fill(`Странова${Date.now() % 1000}`);
  const country = form.getByLabel('Страна');
  await country.fill('Нигде');
  await form.getByRole('button', { name: 'Сохранить' }).click();
  await expect(form.getByRole('alert').filter({ hasText: '«Нигде»' })).toBeVisible();
  await country.fill('германия');
  await form.getByRole('button', { name: 'Сохранить' }).click();
  const card = page.getByRole('complementary', { name: /Грета Странова/ });
  await expect(card).toBeVisible();
  const saved = (await readRows<Person & { country?: string }>(page, 'contacts')).find((p) => p.firstName === 'Грета');
  expect(saved?.country).toBe('DE');
  await page.getByRole('combobox', { name: 'Язык' }).selectOption('en');
});

test('inline edit of an e-mail: a bad value is refused with the reason and nothing is written; a good one saves', async ({ app: page }) => {
  const people = await readRows<Person & { email?: string }>(page, 'contacts');
  const p = people.find((x) => x.locale === 'en' && x.email && x.lastName && people.filter((y) => y.lastName === x.lastName && y.firstName === x.firstName).length === 1)!;
  await page.getByRole('searchbox', { name: 'Search contacts' }).fill(`${p.firstName} ${p.lastName}`);
  const row = page.getByRole('table', { name: 'Contacts' }).getByRole('row', { name: new RegExp(`${p.firstName} ${p.lastName}`) });
  await row.getByText(p.email!, { exact: true }).dblclick();
  const input = row.getByRole('textbox', { name: 'Email' });
  await input.fill('not-an-address');
  await input.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Email is not a valid email address' })).toBeVisible();
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  expect((await readRows<Person & { email?: string }>(page, 'contacts')).find((x) => x.id === p.id)?.email).toBe(p.email);
  const next = `inline.${Date.now()}@example.org`;
  await input.fill(next);
  await input.press('Enter');
  await expect(row.getByText(next, { exact: true })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect((await readRows<Person & { email?: string }>(page, 'contacts')).find((x) => x.id === p.id)?.email).toBe(next);
});
