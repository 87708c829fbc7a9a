import { describe, expect, it } from 'vitest';
import type { Contact } from '../../../src/domain/entities/index.ts';
import { LIFECYCLES } from '../../../src/domain/entities/index.ts';
import { ListIndex, mutatedKeys, type SortBy } from '../../../src/store/listIndex.ts';
import { toRow, type Row } from '../../../src/store/rows.ts';

const FIRST = ['Aaron', 'Adam', 'Иван', 'Ирина', 'Zoe', 'Ada'];
const LAST = ['Adams', 'Petrov', 'Петров', 'Иванов', 'Young'];
const people: Contact[] = [];
let n = 0;
for (const f of FIRST)
  for (const l of LAST) {
    const i = n++;
    people.push({ id: `C${String(i).padStart(4, '0')}`, firstName: f, lastName: l, lifecycle: LIFECYCLES[i % LIFECYCLES.length], email: i % 3 ? `p${(i * 7) % 11}@x.org` : undefined, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: `2026-01-${String(1 + (i % 28)).padStart(2, '0')}T00:00:00.000Z` });
  }
const rows = (xs: Contact[]) => xs.map((c) => toRow('contacts', c));
const byEmail: SortBy<Row<'contacts'>> = { value: (r, k) => (r as unknown as Record<string, string>)[k], compare: (a, b) => a.localeCompare(b), tag: 'en' };

/** Independent oracle: filter and sort the plain records as a person would describe them. */
function oracle(xs: Contact[], first: string, last: string, stage: string): string[] {
  const pre = (s: string | undefined, p: string) => !p || (s ?? '').toLowerCase().startsWith(p);
  return xs
    .filter((c) => (!stage || c.lifecycle === stage) && ((pre(c.firstName, first) && pre(c.lastName, last)) || (pre(c.firstName, last) && pre(c.lastName, first))))
    .sort((a, b) => (toRow('contacts', a).nameKey! < toRow('contacts', b).nameKey! ? -1 : 1) || (a.id < b.id ? -1 : 1))
    .map((c) => c.id);
}

describe('list index (the list worker behind the contact list)', () => {
  it('answers every two-word query and stage filter like a brute-force scan, in name order', () => {
    const index = new ListIndex<Row<'contacts'>>();
    index.reset(rows(people));
    for (const a of ['', 'a', 'ад', 'ив', 'иван', 'pet'])
      for (const b of ['', 'ad', 'петр', 'y'])
        for (const stage of ['', 'lead', 'customer']) {
          const got = index.select({ q: `${a} ${b}`, where: { lifecycle: stage }, sort: null }).map((r) => r.id);
          expect(got, `"${a} ${b}" ${stage}`).toEqual(oracle(people, a, b, stage));
        }
  });

  it('sorts by a column with empty values last in both directions, and slices windows', () => {
    const index = new ListIndex<Row<'contacts'>>();
    index.reset(rows(people));
    for (const dir of [1, -1] as const) {
      const got = index.select({ q: '', where: {}, sort: { key: 'email', dir } }, byEmail).map((r) => r.email);
      const filled = people.map((c) => c.email).filter((e): e is string => !!e).sort((a, b) => a.localeCompare(b) * dir);
      expect(got).toEqual([...filled, ...people.filter((c) => !c.email).map(() => undefined)]);
    }
    const all = index.select({ q: '', where: {}, sort: null });
    const w = index.window({ q: '', where: {}, sort: null }, 7, 5);
    expect(w.total).toBe(people.length);
    expect(w.rows.map((r) => r.id)).toEqual(all.slice(7, 12).map((r) => r.id));
    expect(index.window({ q: '', where: {}, sort: null }, 1e6, 5).rows).toEqual([]);
  });

  it('applies writes: a put shows at once, a deleted id goes, and the cached answer is not served stale', () => {
    const index = new ListIndex<Row<'contacts'>>();
    index.reset(rows(people));
    const spec = { q: 'zoe', where: {}, sort: null };
    expect(index.select(spec)).toHaveLength(LAST.length);
    const v = index.version;
    const renamed = { ...people[0], firstName: 'Zoey' };
    index.apply([renamed.id, people.find((c) => c.firstName === 'Zoe')!.id], [toRow('contacts', renamed), undefined]);
    expect(index.version).toBeGreaterThan(v);
    const got = index.select(spec).map((r) => r.id);
    expect(got).toContain(renamed.id);
    expect(got).toHaveLength(LAST.length);
    expect(index.size).toBe(people.length - 1);
  });

  it('reads written keys from a Dexie range set, and gives up on ranges', () => {
    const single = (k: string, l?: object, r?: object) => ({ d: 1, from: k, to: k, l, r });
    expect(mutatedKeys(single('b', single('a'), single('c')))?.sort()).toEqual(['a', 'b', 'c']);
    expect(mutatedKeys({ d: 0 })).toEqual([]);
    expect(mutatedKeys({ d: 1, from: -Infinity, to: [[]] })).toBeNull();
    expect(mutatedKeys(single('b', { d: 1, from: 'a', to: 'az' }))).toBeNull();
  });

  it('filters on several fields at once like a scan, and after writes that move rows between values', () => {
    const index = new ListIndex<Row<'contacts'>>();
    let now = [...people];
    index.reset(rows(now));
    const scan = (stage: string, email: string) => now.filter((c) => (!stage || c.lifecycle === stage) && (!email || (c.email ?? '') === email)).map((c) => toRow('contacts', c)).sort((a, b) => (a.nameKey! < b.nameKey! ? -1 : a.nameKey! > b.nameKey! ? 1 : a.id < b.id ? -1 : 1)).map((r) => r.id);
    const check = () => {
      for (const stage of ['', ...LIFECYCLES])
        for (const email of ['', 'p0@x.org', 'p3@x.org', 'nobody@x.org'])
          expect(index.select({ q: '', where: { lifecycle: stage, email }, sort: null }).map((r) => r.id), `${stage} ${email}`).toEqual(scan(stage, email));
    };
    check();
    // Every third contact changes stage, one is deleted, one is added: the filters answer from the new values.
    const moved = now.filter((_, i) => i % 3 === 0).map((c) => ({ ...c, lifecycle: c.lifecycle === 'customer' ? 'lead' : 'customer' }) as Contact);
    const added: Contact = { ...people[0], id: 'C9999', firstName: 'Abe', email: 'p3@x.org', lifecycle: 'customer' };
    now = [...now.map((c) => moved.find((m) => m.id === c.id) ?? c).filter((c) => c.id !== people[1].id), added];
    index.apply([...moved.map((c) => c.id), people[1].id, added.id], [...rows(moved), undefined, toRow('contacts', added)]);
    check();
  });
});
