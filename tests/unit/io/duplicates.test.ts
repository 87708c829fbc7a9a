import { describe, expect, it } from 'vitest';
import { findDuplicatePairs, type PairRecord } from '../../../src/io/index.ts';
import { emailKey, nameKey, similarity } from '../../../src/domain/similarity.ts';

const people: PairRecord[] = [
  { id: '01', createdAt: '2026-01-01', firstName: 'Anna', lastName: 'Smirnova', email: 'anna@x.ru' },
  { id: '02', createdAt: '2026-01-02', firstName: 'Анна', lastName: 'Смирнова', email: 'ANNA@X.RU ' },
  { id: '03', createdAt: '2026-01-03', firstName: 'Boris', phone: '+7 (912) 345-67-89', country: 'RU' },
  { id: '04', createdAt: '2026-01-04', firstName: 'Борис', phone: '8 912 345 67 89', country: 'RU' },
  { id: '05', createdAt: '2026-01-05', firstName: '小明', lastName: '王' },
  { id: '06', createdAt: '2026-01-06', firstName: '小明', lastName: '王' },
  { id: '07', createdAt: '2026-01-07', firstName: 'Jonathan', lastName: 'Whitfield' },
  { id: '08', createdAt: '2026-01-08', firstName: 'Jonathon', lastName: 'Whitfield' },
  { id: '09', createdAt: '2026-01-09', firstName: 'Zoe', lastName: 'Quinn', email: 'anna@x.ru', deletedAt: '2026-02-01' },
];

describe('findDuplicatePairs', () => {
  it('finds e-mail in any case, phone in any format, names across scripts and widths, and near-identical names', () => {
    const pairs = findDuplicatePairs(people);
    const of = (a: string, b: string) => pairs.find((p) => p.a === a && p.b === b);
    expect(of('01', '02')?.reasons).toEqual(['email', 'name']);
    expect(of('03', '04')?.reasons).toEqual(['phone', 'name']);
    expect(of('05', '06')?.reasons).toEqual(['name']);
    expect(of('07', '08')?.reasons).toEqual(['similarName']);
    // The deleted record shares an e-mail but is never proposed; nothing else pairs up.
    expect(pairs.map((p) => `${p.a}-${p.b}`).sort()).toEqual(['01-02', '03-04', '05-06', '07-08']);
    // Stronger evidence ranks first.
    expect(pairs[0]).toMatchObject({ a: '01', b: '02' });
    expect(of('01', '02')!.score).toBeGreaterThan(of('07', '08')!.score);
  });

  it('agrees with a brute-force comparison of every pair on random records', () => {
    const first = ['Ivan', 'Иван', 'Olga', 'Ольга', 'Li', 'Ｌｉ', 'Petr', 'Пётр'];
    const last = ['Petrov', 'Петров', 'Wang', 'Ｗａｎｇ', 'Sidorova', 'Сидорова'];
    let seed = 7;
    const rnd = (k: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % k);
    const recs: PairRecord[] = Array.from({ length: 40 }, (_, i) => ({
      id: String(i).padStart(3, '0'),
      firstName: first[rnd(first.length)],
      lastName: last[rnd(last.length)],
      email: rnd(3) === 0 ? `p${rnd(5)}@MAIL.test` : undefined,
    }));
    const got = new Set(findDuplicatePairs(recs, 1e6).map((p) => `${p.a}|${p.b}`));
    // The oracle: every pair whose e-mails match, or whose names match while the name is not common, or nearly match.
    const keys = recs.map((r) => nameKey(r.firstName, r.lastName));
    const count = new Map<string, number>();
    for (const k of keys) count.set(k, (count.get(k) ?? 0) + 1);
    const want = new Set<string>();
    for (let i = 0; i < recs.length; i++)
      for (let j = i + 1; j < recs.length; j++) {
        const sameMail = !!recs[i].email && emailKey(recs[i].email) === emailKey(recs[j].email);
        const sameName = keys[i] === keys[j] && count.get(keys[i])! <= 4;
        const near = keys[i] !== keys[j] && keys[i].slice(0, 2) === keys[j].slice(0, 2) && Math.abs(keys[i].length - keys[j].length) <= 2 && keys[i].length >= 5 && similarity(keys[i], keys[j]) >= 0.86 && count.get(keys[i])! * count.get(keys[j])! <= 4;
        if (sameMail || sameName || near) want.add(`${recs[i].id}|${recs[j].id}`);
      }
    expect(got).toEqual(want);
    expect(want.size).toBeGreaterThan(3);
  });
});
