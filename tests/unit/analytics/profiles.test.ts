import { describe, expect, it } from 'vitest';
import { churnRisk, customerProfiles, median, quintileScores } from '../../../src/analytics/dashboard/index.ts';

const now = Date.parse('2026-06-30T12:00:00Z');
const day = 86_400_000;
const iso = (daysAgo: number) => new Date(now - daysAgo * day).toISOString();

describe('quintileScores', () => {
  it('spreads ten distinct values over five scores', () => {
    expect([...quintileScores([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])]).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
  });
  it('gives smaller values the top score when lower is better', () => {
    expect([...quintileScores([10, 1, 5, 3, 8], false)]).toEqual([1, 5, 3, 4, 2]);
  });
  it('never splits ties', () => {
    const s = quintileScores([7, 7, 7, 7, 7, 7, 1, 100]);
    expect(new Set([...s.slice(0, 6)]).size).toBe(1);
  });
});

describe('customerProfiles', () => {
  const contacts = [
    { id: 'a', createdAt: iso(1000), lifecycle: 'customer' as const, country: 'US' },
    { id: 'b', createdAt: iso(100), lifecycle: 'customer' as const, country: 'RU', locale: 'ru' as const },
    { id: 'c', createdAt: iso(10), lifecycle: 'lead' as const },
  ];
  const orders = [
    { contactId: 'a', orderedAt: iso(400), status: 'paid' as const, total: 10_000, currency: 'USD' },
    { contactId: 'a', orderedAt: iso(200), status: 'paid' as const, total: 30_000, currency: 'USD' },
    { contactId: 'a', orderedAt: iso(2), status: 'refunded' as const, total: 99_999, currency: 'USD' },
    { contactId: 'b', orderedAt: iso(3), status: 'paid' as const, total: 900_000, currency: 'RUB' },
    { contactId: 'zz', orderedAt: iso(3), status: 'paid' as const, total: 1, currency: 'USD' },
  ];
  const [a, b, c] = customerProfiles(contacts, orders, now);

  it('measures paid orders only', () => {
    // Tenure counts from the first purchase (metrics/rfm.ts), not from when the contact was created.
    expect(a).toMatchObject({ contactId: 'a', recencyDays: 200, frequency: 2, monetary: 40_000, avgOrderValue: 20_000, tenureDays: 400 });
  });

  it('normalises money to the reporting currency', () => {
    expect(b.monetary).toBe(10_000);
    expect(b).toMatchObject({ recencyDays: 3, frequency: 1, country: 'RU', locale: 'ru', lifecycle: 'customer' });
  });

  it('leaves recency and scores undefined for non-buyers', () => {
    expect(c).toMatchObject({ frequency: 0, monetary: 0, lifecycle: 'lead' });
    expect(c.tenureDays).toBeUndefined();
    expect(c.recencyDays).toBeUndefined();
    expect(c.rScore).toBeUndefined();
  });

  it("takes the best score of a contact's leads", () => {
    const [p] = customerProfiles([contacts[2]], [], now, [{ contactId: 'c', score: 40 }, { contactId: 'c', score: 75 }, { score: 99 }]);
    expect(p.leadScore).toBe(75);
  });

  it("rates churn risk by silence against the customer's own buying rhythm", () => {
    // a ordered 200 days apart and has been silent 200 days: risk 1 - e^-1.
    expect(a.churnRisk).toBeCloseTo(0.63, 2);
    expect(b.churnRisk).toBeLessThan(a.churnRisk!);
    expect(c.churnRisk).toBeUndefined();
    expect(churnRisk(0, 30)).toBe(0);
    expect(churnRisk(300, 30)).toBe(1);
    expect(median([3, 1, 2, 10], 0)).toBe(2.5);
  });

  it('scores buyers by quintile', () => {
    expect(b.rScore).toBeGreaterThan(a.rScore!);
    expect(a.fScore).toBeGreaterThan(b.fScore!);
    expect(a.mScore).toBeGreaterThan(b.mScore!);
  });

  it('handles 10k contacts and 40k orders quickly', () => {
    const cs = Array.from({ length: 10_000 }, (_, i) => ({ id: `c${i}`, createdAt: iso(1000) }));
    const os = Array.from({ length: 40_000 }, (_, i) => ({ contactId: `c${(i * 7) % 10_000}`, orderedAt: iso(i % 1000), status: 'paid' as const, total: 1000 + i, currency: 'EUR' }));
    const t0 = performance.now();
    const ps = customerProfiles(cs, os, now);
    // Generous: seven engineers share two cores; a quadratic slip would still take tens of seconds.
    // Includes the two maximum-likelihood LTV fits (BG/NBD, Gamma-Gamma on up to 1,000 buyers each): 0.9-3 s
    // measured at load averages 15-22; a quadratic slip over 40,000 orders would take far longer.
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(ps.filter((p) => p.frequency > 0)).toHaveLength(10_000);
  });
});
