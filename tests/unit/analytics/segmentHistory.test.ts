import { describe, expect, it } from 'vitest';
import { customerProfiles } from '../../../src/analytics/dashboard/profiles.ts';
import { purchasesOf } from '../../../src/analytics/metrics/purchases.ts';
import { rfmSegment } from '../../../src/analytics/metrics/rfmSegment.ts';
import { segmentMembers } from '../../../src/domain/segments/rule.ts';
import { movementIn, segmentAt, segmentHistory } from '../../../src/analytics/metrics/segmentHistory.ts';

/*
 * Five buyers whose RFM scores at the end of March and April 2026 were worked out on paper:
 *   end of March: recency a 6, b 3, c 75, d 30, e 30 days -> R a4 b5 c1 d2 e2 (d, e tie on 2);
 *                 orders a 5, b 1, c 2, d 2, e 3 -> F a5 b1 c2 d2 e4
 *                 -> a champions, b promising, c hibernating, d hibernating, e at risk.
 *   end of April: recency a 36, b 33, c 105, d 5, e 29 -> R a2 b3 c1 d5 e4;
 *                 orders a 5, b 1, c 2, d 3, e 4 -> F a5 b1 c2 d3 e4
 *                 -> a at risk, b needs attention, c hibernating, d loyal, e champions.
 */
const NOW = Date.parse('2026-05-10T00:00:00Z');
const paid = (contactId: string, day: string) => ({ contactId, orderedAt: `${day}T00:00:00.000Z`, status: 'paid' as const, total: 10_000, currency: 'USD' });
const orders = [
  ...['2026-01-05', '2026-01-20', '2026-02-05', '2026-02-20', '2026-03-25'].map((d) => paid('a', d)),
  paid('b', '2026-03-28'),
  paid('c', '2026-01-10'), paid('c', '2026-01-15'),
  paid('d', '2026-02-01'), paid('d', '2026-03-01'), paid('d', '2026-04-25'),
  paid('e', '2026-01-01'), paid('e', '2026-02-01'), paid('e', '2026-03-01'), paid('e', '2026-04-01'),
  { ...paid('a', '2026-04-10'), status: 'refunded' as const }, // not a purchase: a stays away in April
];

describe('monthly segment snapshots', () => {
  const h = segmentHistory(purchasesOf(orders), NOW, 6);

  it('names the segments of March and April as worked out by hand', () => {
    expect(h.months).toEqual(['2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05']);
    const at = (m: string) => Object.fromEntries('abcde'.split('').map((id) => [id, segmentAt(h, id, h.months.indexOf(m))]));
    expect(at('2026-03')).toEqual({ a: 'champions', b: 'promising', c: 'hibernating', d: 'hibernating', e: 'atRisk' });
    expect(at('2026-04')).toEqual({ a: 'atRisk', b: 'needsAttention', c: 'hibernating', d: 'loyal', e: 'champions' });
    expect(at('2025-12')).toEqual({ a: 'none', b: 'none', c: 'none', d: 'none', e: 'none' });
  });

  it('the movement of April lists who moved where; stayers are counted, not listed', () => {
    const m = movementIn(h, '2026-04')!;
    expect(m.previous).toBe('2026-03');
    expect(m.moved).toEqual({ 'champions>atRisk': ['a'], 'promising>needsAttention': ['b'], 'hibernating>loyal': ['d'], 'atRisk>champions': ['e'] });
    const total = m.counts.flat().reduce((s, n) => s + n, 0);
    expect(total).toBe(5);
    // c stayed hibernating: on the diagonal.
    expect(m.counts[5][5]).toBe(1);
    // January: three first-time buyers came from "not a customer yet".
    const jan = movementIn(h, '2026-01')!;
    expect(Object.keys(jan.moved).filter((k) => k.startsWith('none>')).flatMap((k) => jan.moved[k]).sort()).toEqual(['a', 'c', 'e']);
    expect(movementIn(h, '2025-12')).toBeNull(); // no month before it
  });

  it('each month equals the current profile computed as of that month’s end (brute force)', () => {
    const contacts = 'abcde'.split('').map((id) => ({ id }));
    h.months.forEach((m, i) => {
      const [y, mo] = m.split('-').map(Number);
      const end = Math.min(Date.UTC(y, mo, 1) - 1, NOW);
      const asOf = orders.filter((o) => Date.parse(o.orderedAt) <= end);
      for (const p of customerProfiles(contacts, asOf, end)) expect(segmentAt(h, p.contactId, i)).toBe(p.segment);
    });
  });

  it('a segment rule can test the named segment (end of April: a alone is at risk)', () => {
    const end = Date.UTC(2026, 4, 1) - 1;
    const ps = customerProfiles('abcdef'.split('').map((id) => ({ id })), orders.filter((o) => Date.parse(o.orderedAt) <= end), end);
    const r = segmentMembers(ps, { all: [{ field: 'segment', op: '=', value: 'atRisk' }] });
    expect(r.ok && r.members.map((p) => p.contactId)).toEqual(['a']);
    const none = segmentMembers(ps, { all: [{ field: 'segment', op: '=', value: 'none' }] });
    expect(none.ok && none.members.map((p) => p.contactId)).toEqual(['f']);
  });

  it('the R x F grid', () => {
    expect(rfmSegment(undefined, undefined)).toBe('none');
    expect(rfmSegment(5, 5)).toBe('champions');
    expect(rfmSegment(3, 4)).toBe('loyal');
    expect(rfmSegment(5, 1)).toBe('promising');
    expect(rfmSegment(3, 2)).toBe('needsAttention');
    expect(rfmSegment(1, 5)).toBe('atRisk');
    expect(rfmSegment(2, 2)).toBe('hibernating');
  });
});
