import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { nameKey, emailKey } from '../../../src/domain/similarity.ts';
import { similarContacts } from '../../../src/store/similar.ts';
import { Workspace } from '../../../src/store/workspace.ts';

const open: Workspace[] = [];
afterEach(() => {
  while (open.length) open.pop()!.close();
});

const people = [
  { firstName: 'Ivan', lastName: 'Ivanov', email: 'Ivan.Ivanov@Example.ru', phone: '+7 912 345-67-89' },
  { firstName: 'Anna', lastName: 'Smirnova', email: 'anna@example.ru', phone: '+7 495 111-22-33' },
  { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.org' },
  { firstName: 'Wang', lastName: 'Fang', email: 'wf@example.cn', phone: '+86 138 1234 5678' },
];

describe('similar contacts through the duplicate-key index', () => {
  it('finds the person by e-mail in any case, by phone in any prefix, by a transliterated name, and agrees with a scan', async () => {
    const ws = new Workspace(`similar-${Date.now()}`);
    open.push(ws);
    for (const p of people) await ws.commands.create('contacts', p);

    const byEmail = await similarContacts(ws.db, { firstName: 'X', email: ' IVAN.ivanov@example.RU ' });
    expect(byEmail).toEqual([expect.objectContaining({ name: 'Ivan Ivanov', by: 'email' })]);
    // A national form is read with the contact's country (src/domain/phones.ts).
    const byPhone = await similarContacts(ws.db, { firstName: 'Y', phone: '8 (912) 345 67 89', country: 'RU' });
    expect(byPhone).toEqual([expect.objectContaining({ name: 'Ivan Ivanov', by: 'phone' })]);
    const byName = await similarContacts(ws.db, { firstName: 'Анна', lastName: 'Смирнова' });
    expect(byName).toEqual([expect.objectContaining({ name: 'Anna Smirnova', by: 'name' })]);
    // The strongest shared key names the reason.
    const both = await similarContacts(ws.db, { firstName: 'Ada', lastName: 'Lovelace', email: 'ADA@example.org' });
    expect(both).toEqual([expect.objectContaining({ name: 'Ada Lovelace', by: 'email' })]);
    expect(await similarContacts(ws.db, { firstName: 'Nobody', lastName: 'Here', email: 'n@h.io', phone: '+1 555 000 1111' })).toEqual([]);

    // Oracle: a full scan with the same keys finds the same people for every stored contact.
    const rows = await ws.db.rows('contacts').toArray();
    for (const p of people) {
      const scan = rows.filter((r) => (p.email && emailKey(r.email) === emailKey(p.email)) || nameKey(r.firstName, r.lastName) === nameKey(p.firstName, p.lastName));
      const found = await similarContacts(ws.db, p);
      expect(found.map((f) => f.id).sort()).toEqual(scan.map((r) => r.id).sort());
    }
  });
});
