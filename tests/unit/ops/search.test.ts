import 'fake-indexeddb/auto';
import { afterAll, describe, expect, it } from 'vitest';
import type { Contact } from '../../../src/domain/entities/index.ts';
import { toRow } from '../../../src/store/rows.ts';
import { KithDB } from '../../../src/store/schema.ts';
import { searchRows } from '../../../src/store/searchQuery.ts';
import { matchesTerms, queryTerms } from '../../../src/store/searchWords.ts';

// No first name equals a last name: the index keeps each word once, so "Adams Adams" is one word.
const FIRST = ['Aaron', 'Adam', 'Ada', 'Иван', 'Ирина', 'Илья', 'Adamina'];
const LAST = ['Adams', 'Aaronson', 'Petrov', 'Петров', 'Иванов', 'Ivanova'];
const db = new KithDB(`search-${Date.now()}`);
afterAll(() => db.close());

const people: Contact[] = [];
let i = 0;
for (const f of FIRST)
  for (const l of LAST) {
    const stamp = new Date(Date.UTC(2026, 0, 1)).toISOString();
    people.push({ id: `C${String(i++).padStart(25, '0')}`, firstName: f, lastName: l, createdAt: stamp, updatedAt: stamp });
  }
people.push({ id: 'ZH000000000000000000000001', firstName: '伟', lastName: '王', locale: 'zh', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' });

/** Independent oracle: the typed words are prefixes of the first and the last name, in either order. */
function oracle(a: string, b: string): string[] {
  const hit = (x: string, y: string) => (c: Contact) => c.firstName.toLowerCase().startsWith(x) && (c.lastName ?? '').toLowerCase().startsWith(y);
  return people.filter((c) => hit(a, b)(c) || hit(b, a)(c)).map((c) => c.id).sort();
}

describe('search by several words', () => {
  it('splits a query into terms, longest first', () => {
    expect(queryTerms('  Aaron  ADAMS, ')).toEqual(['aaron', 'adams']);
    expect(queryTerms('Иван Петров')).toEqual(['петров', 'иван']);
    expect(queryTerms('')).toEqual([]);
  });

  it('needs a different word for each term', () => {
    expect(matchesTerms(['aaron', 'smith'], ['aa', 'aaron'])).toBe(false);
    expect(matchesTerms(['aaron', 'aardvark'], ['aa', 'aaron'])).toBe(true);
  });

  it('finds exactly the people an independent oracle finds, in any order and script', async () => {
    await db.rows('contacts').bulkPut(people.map((c) => toRow('contacts', c)));
    const cases: [string, string][] = [
      ['aaron', 'adams'], ['adams', 'aaron'], ['ad', 'a'], ['иван', 'петров'], ['петров', 'иван'], ['ив', 'ив'], ['ada', 'petrov'], ['ir', 'iv'],
    ];
    for (const [a, b] of cases) {
      const got = (await searchRows(db.rows('contacts'), `${a} ${b}`, 1000)).map((r) => r.id).sort();
      expect(got, `${a} ${b}`).toEqual(oracle(a, b));
      expect(got.length, `${a} ${b} finds someone or the oracle agrees it should not`).toBe(oracle(a, b).length);
    }
    expect(oracle('aaron', 'adams').length).toBe(1);
    expect(oracle('иван', 'петров').length).toBe(1);
  });

  it('finds a Chinese name written together or as two words', async () => {
    for (const q of ['王伟', '伟 王', '王 伟']) {
      const got = await searchRows(db.rows('contacts'), q, 10);
      expect(got.map((r) => r.id), q).toEqual(['ZH000000000000000000000001']);
    }
  });

  it('applies an extra filter and a limit', async () => {
    const got = await searchRows(db.rows('contacts'), 'a', 3, (r) => r.lastName === 'Adams');
    expect(got.length).toBe(3);
    expect(got.every((r) => r.lastName === 'Adams')).toBe(true);
  });
});
