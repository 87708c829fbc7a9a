import { describe, expect, it } from 'vitest';
import { customerProfiles } from '../../../src/analytics/dashboard/profiles.ts';
import { lifetimeValue } from '../../../src/analytics/metrics/ltv.ts';
import { marginByContact, type MarginLine } from '../../../src/analytics/metrics/margin.ts';

/*
 * A hand-made workspace whose every figure was worked out on paper (comments show the sums),
 * so the profile code is checked against an independent computation, not against itself.
 */
const NOW = Date.parse('2026-06-15T00:00:00Z');
const contacts = [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }];
const orders = [
  { id: 'o1', contactId: 'a', orderedAt: '2026-01-10T00:00:00.000Z', status: 'paid' as const, total: 20_000, currency: 'USD' },
  { id: 'o2', contactId: 'a', orderedAt: '2026-03-10T00:00:00.000Z', status: 'paid' as const, total: 9_200, currency: 'EUR' }, // 100 USD
  { id: 'o3', contactId: 'a', orderedAt: '2026-05-09T00:00:00.000Z', status: 'refunded' as const, total: 50_000, currency: 'USD' },
  { id: 'o4', contactId: 'b', orderedAt: '2026-06-05T00:00:00.000Z', status: 'paid' as const, total: 900_000, currency: 'RUB' }, // 100 USD
  { id: 'o5', contactId: 'c', orderedAt: '2025-12-15T00:00:00.000Z', status: 'paid' as const, total: 3_000, currency: 'USD' },
];
const products = new Map([
  ['P1', { cost: 6_000, currency: 'USD' }],
  ['P2', { cost: 920, currency: 'EUR' }], // 10 USD
  ['P3', { cost: undefined, currency: 'USD' }], // nobody entered a cost
]);
const line = (orderId: string, productId: string, quantity: number, unitPrice: number): MarginLine => {
  const o = orders.find((x) => x.id === orderId)!;
  return { contactId: o.contactId, productId, quantity, unitPrice, orderCurrency: o.currency };
};
/** Paid lines only, as the analytics worker passes them (o3 was refunded). */
const lines = [line('o1', 'P1', 1, 10_000), line('o1', 'P2', 2, 5_000), line('o2', 'P1', 1, 9_200), line('o4', 'P3', 1, 900_000), line('o5', 'P2', 3, 1_000)];

describe('margin contribution', () => {
  it('sums quantity x (price - cost) in USD cents, each side from its own currency; no cost, no margin', () => {
    const m = marginByContact(lines, products);
    // a: o1 1 x (100 - 60) + 2 x (50 - 10) = 40 + 80 = 120 USD; o2 (92 EUR = 100 USD) - 60 = 40 USD -> 160 USD
    expect(m.get('a')).toBeCloseTo(16_000, 9);
    expect(m.has('b')).toBe(false); // only P3, whose cost is unknown
    expect(m.get('c')).toBeCloseTo(0, 9); // 3 x (10 - 10)
    expect(m.has('d')).toBe(false);
  });
});

describe('customer profile on a hand-made workspace', () => {
  const ps = new Map(customerProfiles(contacts, orders, NOW, [{ contactId: 'c', score: 40 }], marginByContact(lines, products)).map((p) => [p.contactId, p]));

  it('RFM by hand: days, counts, USD cents and quintile scores among the three buyers', () => {
    // a: last paid 10 Mar -> 21 + 30 + 31 + 15 = 97 days; first 10 Jan -> 21 + 28 + 31 + 30 + 31 + 15 = 156 days.
    expect(ps.get('a')).toMatchObject({ recencyDays: 97, frequency: 2, monetary: 30_000, avgOrderValue: 15_000, tenureDays: 156, purchaseIntervalDays: 59 });
    expect(ps.get('b')).toMatchObject({ recencyDays: 10, frequency: 1, monetary: 10_000, avgOrderValue: 10_000, tenureDays: 10 });
    // c: 15 Dec 2025 -> 16 + 31 + 28 + 31 + 30 + 31 + 15 = 182 days.
    expect(ps.get('c')).toMatchObject({ recencyDays: 182, frequency: 1, monetary: 3_000, tenureDays: 182, leadScore: 40 });
    // Score = 1 + floor(5 (rank - 1) / 3); recency ranks worst first (c, a, b), ties share the lower rank (b, c by frequency).
    expect(['a', 'b', 'c'].map((id) => [ps.get(id)!.rScore, ps.get(id)!.fScore, ps.get(id)!.mScore])).toEqual([[2, 4, 4], [4, 1, 2], [1, 1, 1]]);
    expect(ps.get('d')).toEqual({ contactId: 'd', frequency: 0, monetary: 0, segment: 'none' });
  });

  it('margin and churn risk by hand', () => {
    expect(ps.get('a')!.margin).toBe(16_000);
    expect(ps.get('b')!.margin).toBeUndefined();
    expect(ps.get('c')!.margin).toBe(0);
    // 1 - e^(-recency / gap); one-order customers use the typical gap (the median, 59 days).
    expect([ps.get('a')!.churnRisk, ps.get('b')!.churnRisk, ps.get('c')!.churnRisk]).toEqual([0.81, 0.16, 0.95]);
  });

  it('lifetime value from the profile: (1 - risk) x 365 / gap orders x average order', () => {
    // a: 0.19 x 365 / 59 = 1.17542 orders x 150 USD = 176.31 USD; margin 1.17542 x 160 / 2 = 94.03 USD.
    expect(ps.get('a')).toMatchObject({ ltv: 17_631, ltvMargin: 9_403 });
    expect(ps.get('a')!.ltvOrders).toBeCloseTo(1.17542, 5);
    // b: 0.84 x 365 / 59 = 5.19661 x 100 USD = 519.66 USD, no margin (cost unknown).
    expect(ps.get('b')!.ltv).toBe(51_966);
    expect(ps.get('b')!.ltvMargin).toBeUndefined();
    expect(ps.get('d')!.ltv).toBeUndefined();
  });
});

describe('lifetime value, worked examples', () => {
  it('a steady customer: 80 % alive, an order every 73 days -> 4 orders next year', () => {
    expect(lifetimeValue({ frequency: 4, avgOrderValue: 25_000, margin: 40_000, churnRisk: 0.2, intervalDays: 73, typicalIntervalDays: 90 })).toEqual({ expectedOrders: 4, value: 100_000, margin: 40_000 });
  });
  it('a one-order customer takes the typical gap; a certain churner is worth nothing', () => {
    expect(lifetimeValue({ frequency: 1, avgOrderValue: 5_000, churnRisk: 0.5, typicalIntervalDays: 91.25 })).toEqual({ expectedOrders: 2, value: 10_000 });
    expect(lifetimeValue({ frequency: 3, avgOrderValue: 5_000, margin: 900, churnRisk: 1, intervalDays: 30, typicalIntervalDays: 60 })).toEqual({ expectedOrders: 0, value: 0, margin: 0 });
  });
});

describe('lifetime value with BG/NBD + Gamma-Gamma (enough buyers to fit)', () => {
  // 60 buyers with uneven rhythms (gaps of 7..60 days, 1..7 orders); every third stopped buying 100..300 days ago.
  // The model's story says: the lapsed are worth far less than the active with the same count, and value = orders x order value.
  const day = 86_400_000;
  const cs = Array.from({ length: 60 }, (_, i) => ({ id: `k${i}` }));
  const os = cs.flatMap((c, i) => {
    const lapsed = i % 3 === 1 ? 100 + ((i * 37) % 200) : (i * 13) % 20;
    const n = 1 + ((i * 5) % 7);
    const gap = 7 + ((i * 11) % 54);
    return Array.from({ length: n }, (_, k) => ({
      contactId: c.id,
      orderedAt: new Date(NOW - lapsed * day - (n - 1 - k) * gap * day).toISOString(),
      status: 'paid' as const,
      total: 5_000 + 1_000 * ((i * k) % 7),
      currency: 'USD',
    }));
  });
  const ps = new Map(customerProfiles(cs, os, NOW).map((p) => [p.contactId, p]));
  it('uses the fitted model and multiplies expected orders by the expected order value', () => {
    for (const p of ps.values()) {
      expect(p.ltvModel).toBe('bgnbd');
      // ltvOrderValue is shown rounded to a cent: the product may be off by half a cent per order.
      expect(Math.abs(p.ltv! - p.ltvOrders! * p.ltvOrderValue!)).toBeLessThanOrEqual(0.5 * p.ltvOrders! + 0.5);
      expect(p.ltvOrders!).toBeGreaterThan(0);
    }
  });
  it('a lapsed customer is worth less than an active one with the same history shape', () => {
    const active = ps.get('k3')!; // i = 3: 1 + 15 % 7 = 2 orders, the last 39 % 20 = 19 days ago
    const lapsed = ps.get('k10')!; // i = 10: 1 + 50 % 7 = 2 orders, the last 100 + 370 % 200 = 270 days ago
    expect(active.frequency).toBe(lapsed.frequency);
    expect(active.ltvOrders!).toBeGreaterThan(2 * lapsed.ltvOrders!);
  });
  it('a small workspace keeps the simple model', () => {
    expect(customerProfiles(contacts, orders, NOW)[0].ltvModel).toBe('simple');
  });
});
