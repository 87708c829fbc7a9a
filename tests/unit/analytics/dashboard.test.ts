import { describe, expect, it } from 'vitest';
import { DEFAULT_STAGES } from '../../../src/domain/entities/index.ts';
import {
  addMonths, dealsFunnel, lastMonths, monthlyRevenue, productSales, revenueByCategory, revenueWindows, ticketMatrix, toReporting,
} from '../../../src/analytics/dashboard/index.ts';

const now = Date.parse('2026-03-15T10:00:00Z');

describe('calendar', () => {
  it('steps months the way a calendar does', () => {
    expect(new Date(addMonths(Date.parse('2026-03-31T00:00:00Z'), -1)).toISOString()).toBe('2026-02-28T00:00:00.000Z');
    expect(new Date(addMonths(now, -12)).toISOString()).toBe('2025-03-15T10:00:00.000Z');
  });
  it('lists the last months oldest first', () => {
    expect(lastMonths(now, 3)).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(lastMonths(now, 36)[0]).toBe('2023-04');
  });
});

describe('revenue', () => {
  const orders = [
    { contactId: 'a', orderedAt: '2026-03-01T09:00:00Z', status: 'paid' as const, total: 10_000, currency: 'USD' },
    { contactId: 'a', orderedAt: '2026-01-20T09:00:00Z', status: 'paid' as const, total: 9_200, currency: 'EUR' },
    { contactId: 'b', orderedAt: '2026-01-21T09:00:00Z', status: 'cancelled' as const, total: 50_000, currency: 'USD' },
    { contactId: 'b', orderedAt: '2025-01-05T09:00:00Z', status: 'paid' as const, total: 5_000, currency: 'USD' },
    { contactId: 'c', orderedAt: '2023-01-05T09:00:00Z', status: 'paid' as const, total: 7_000, currency: 'USD' },
  ];

  it('buckets paid revenue by month in the reporting currency', () => {
    const m = monthlyRevenue(orders, now, 3);
    expect(m).toEqual({ months: ['2026-01', '2026-02', '2026-03'], revenue: [10_000, 0, 10_000], orders: [1, 0, 1], partialLast: true });
    expect(toReporting(90_000, 'RUB')).toBe(1000);
  });

  it('compares the last 12 months with the 12 before', () => {
    const w = revenueWindows(orders, now);
    expect(w.current).toEqual({ revenue: 20_000, orders: 2, customers: 1, avgOrderValue: 10_000 });
    expect(w.previous).toEqual({ revenue: 5_000, orders: 1, customers: 1, avgOrderValue: 5_000 });
    expect(w.change).toBeCloseTo(3);
    expect(revenueWindows([], now).change).toBeNull();
  });
});

describe('product sales', () => {
  const orders = new Map([
    ['o1', { orderedAt: '2026-02-01T00:00:00Z', status: 'paid' as const, currency: 'USD' }],
    ['o2', { orderedAt: '2026-02-02T00:00:00Z', status: 'paid' as const, currency: 'GBP' }],
    ['o3', { orderedAt: '2026-02-03T00:00:00Z', status: 'refunded' as const, currency: 'USD' }],
    ['o4', { orderedAt: '2020-02-03T00:00:00Z', status: 'paid' as const, currency: 'USD' }],
  ]);
  const lines = [
    { orderId: 'o1', productId: 'p1', quantity: 2, unitPrice: 1_000 },
    { orderId: 'o1', productId: 'p2', quantity: 1, unitPrice: 500 },
    { orderId: 'o2', productId: 'p1', quantity: 1, unitPrice: 790 },
    { orderId: 'o3', productId: 'p1', quantity: 9, unitPrice: 1_000 },
    { orderId: 'o4', productId: 'p1', quantity: 9, unitPrice: 1_000 },
    { orderId: 'gone', productId: 'p1', quantity: 9, unitPrice: 1_000 },
  ];
  const sales = productSales(lines, orders, '2025-03-15T10:00:00.000Z', '2026-03-15T10:00:00.000Z');

  it('sums paid lines in the window per product', () => {
    expect(sales.get('p1')).toEqual({ units: 3, revenue: 3_000 });
    expect(sales.get('p2')).toEqual({ units: 1, revenue: 500 });
  });

  it('groups by category, largest first', () => {
    const cats = new Map<string, string | undefined>([['p1', 'Hardware'], ['p2', undefined]]);
    expect(revenueByCategory(sales, cats, 'Other')).toEqual([
      { category: 'Hardware', revenue: 3_000 },
      { category: 'Other', revenue: 500 },
    ]);
  });
});

describe('deals funnel', () => {
  it('counts and values deals per stage in pipeline order', () => {
    const f = dealsFunnel(
      [
        { stageId: 'proposal', amount: 100_000, currency: 'USD' },
        { stageId: 'proposal', amount: 92_000, currency: 'EUR' },
        { stageId: 'won', amount: 500_000, currency: 'USD' },
        { stageId: 'nowhere', amount: 1, currency: 'USD' },
      ],
      DEFAULT_STAGES,
    );
    expect(f.stages.map((s) => s.stageId)).toEqual(DEFAULT_STAGES.map((s) => s.id));
    expect(f.stages[2]).toMatchObject({ count: 2, amount: 200_000 });
    expect(f).toMatchObject({ openValue: 200_000, weightedValue: 100_000, openCount: 2 });
  });
});

describe('tickets', () => {
  it('counts by channel and status, busiest channel first', () => {
    const m = ticketMatrix([
      { status: 'received', channel: 'email' },
      { status: 'closed', channel: 'email' },
      { status: 'closed', channel: 'phone' },
      { status: 'in_progress', channel: 'email' },
    ]);
    expect(m.channels).toEqual(['email', 'phone']);
    expect(m.counts[0]).toEqual([1, 0, 0, 1, 1]);
    expect(m).toMatchObject({ open: 2, total: 4 });
  });
});
