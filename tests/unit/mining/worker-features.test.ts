import { describe, expect, it } from 'vitest';
import { basketsFromLines, productLabels } from '../../../src/mining/worker/baskets.ts';
import { churnDataset } from '../../../src/analytics/features/churn.ts';
import { CUSTOMER_FEATURES, customerFeatures, selectColumns } from '../../../src/analytics/features/customers.ts';
import { completeMonthlyRevenue } from '../../../src/analytics/metrics/monthlyRevenue.ts';
import { nextMonths } from '../../../src/analytics/metrics/months.ts';
import type { Purchase } from '../../../src/analytics/metrics/purchases.ts';
import { leadDataset, MIN_OWNER_DEALS } from '../../../src/mining/worker/deals.ts';
import { DAY_MS, type DealFact, type OrderFact } from '../../../src/mining/worker/facts.ts';
import { categoryAttributes, interactionsFromOrders } from '../../../src/mining/worker/recommend.ts';

const NOW = Date.parse('2026-06-15T00:00:00Z');
const day = (n: number): number => NOW - n * DAY_MS;
const order = (id: string, contactId: string, daysAgo: number, paid = true): OrderFact => ({ id, contactId, ms: day(daysAgo), paid });
const purchase = (contactId: string, daysAgo: number, amount: number): Purchase => ({ contactId, ms: day(daysAgo), amount });

describe('customerFeatures', () => {
  const orders = [purchase('a', 100, 50), purchase('a', 10, 150), purchase('b', 40, 20), purchase('c', -3, 10)];
  it('computes recency, frequency, spend, average order and tenure from purchases up to the date', () => {
    const t = customerFeatures(orders, NOW);
    expect(t.ids).toEqual(['a', 'b']);
    const d = CUSTOMER_FEATURES.length;
    expect(Array.from(t.data.subarray(0, d))).toEqual([10, 2, 200, 100, 100]);
    expect(Array.from(t.data.subarray(d, 2 * d))).toEqual([40, 1, 20, 20, 40]);
  });
  it('selects feature columns by name', () => {
    const t = customerFeatures(orders, NOW);
    expect(Array.from(selectColumns(t, ['monetary', 'recencyDays']))).toEqual([200, 10, 20, 40]);
  });
});

describe('completeMonthlyRevenue', () => {
  const at = (iso: string, amount: number): Purchase => ({ contactId: 'x', ms: Date.parse(iso), amount });
  it('fills empty months with zero and leaves out the running month', () => {
    const s = completeMonthlyRevenue([at('2026-01-02T10:00:00Z', 5), at('2026-01-20T00:00:00Z', 5), at('2026-03-03T00:00:00Z', 7), at('2026-06-01T00:00:00Z', 100)], NOW);
    expect(s.months).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05']);
    expect(s.revenue).toEqual([10, 0, 7, 0, 0]);
  });
  it('drops a first month that the data enters halfway', () => {
    const s = completeMonthlyRevenue([at('2026-01-20T00:00:00Z', 5), at('2026-02-03T00:00:00Z', 7)], Date.parse('2026-03-10T00:00:00Z'));
    expect(s.months).toEqual(['2026-02']);
  });
  it('continues labels across a year end', () => {
    expect(nextMonths('2025-11', 3)).toEqual(['2025-12', '2026-01', '2026-02']);
  });
});

describe('baskets and recommendations input', () => {
  const orders = [order('o1', 'a', 5), order('o2', 'b', 5), order('o3', 'a', 4, false)];
  const lines = [
    { orderId: 'o1', productId: 'p1', quantity: 1 },
    { orderId: 'o1', productId: 'p2', quantity: 2 },
    { orderId: 'o1', productId: 'p1', quantity: 1 },
    { orderId: 'o2', productId: 'p2', quantity: 1 },
    { orderId: 'o3', productId: 'p3', quantity: 1 },
  ];
  it('makes one basket per paid order, each product once', () => {
    const c = basketsFromLines(orders, lines);
    expect(c.labels).toEqual(['p1', 'p2']);
    expect(Array.from(c.offsets)).toEqual([0, 2, 3]);
    expect(Array.from(c.items)).toEqual([0, 1, 1]);
  });
  it('makes one interaction per customer and product', () => {
    expect(interactionsFromOrders(orders, lines)).toEqual([
      { user: 'a', item: 'p1' },
      { user: 'a', item: 'p2' },
      { user: 'b', item: 'p2' },
    ]);
    expect(categoryAttributes([{ id: 'p1', category: 'Paper' }, { id: 'p2' }])).toEqual({ p1: ['Paper'] });
  });
  it('labels products by name, adding the SKU only where names collide', () => {
    const m = productLabels([
      { id: 'p1', name: 'Stapler', sku: 'S-1' },
      { id: 'p2', name: 'Stapler', sku: 'S-2' },
      { id: 'p3', name: 'Pen', sku: 'P-1' },
    ]);
    expect([...m.values()]).toEqual(['Stapler (S-1)', 'Stapler (S-2)', 'Pen']);
  });
});

describe('leadDataset', () => {
  const deal = (id: string, outcome: DealFact['outcome'], o: Partial<DealFact> = {}): DealFact => ({
    id, title: id, amount: 1000, createdMs: day(60), closedMs: outcome === 'open' ? undefined : day(30), outcome, activities: 2, ...o,
  });
  it('encodes amount, activity, age, source and owner; open deals are scored, not trained on', () => {
    const deals: DealFact[] = [];
    for (let i = 0; i < MIN_OWNER_DEALS; i++) deals.push(deal(`w${i}`, i % 2 ? 'won' : 'lost', { ownerId: 'm1', source: 'referral' }));
    deals.push(deal('x', 'won', { ownerId: 'm2', source: 'ads' }), deal('open1', 'open', { ownerId: 'm1' }));
    const ds = leadDataset(deals, NOW, (id) => (id === 'm1' ? 'Maria' : id));
    expect(ds.features.map((f) => (f.value ? `${f.key}:${f.value}` : f.key))).toEqual(['amountLog', 'activities', 'daysOpen', 'source:ads', 'source:referral', 'owner:Maria', 'ownerOther']);
    expect(ds.X.length).toBe(MIN_OWNER_DEALS + 1);
    expect(ds.y.filter((v) => v === 1).length).toBe(MIN_OWNER_DEALS / 2 + 1);
    expect(ds.X[0]).toEqual([Math.log1p(1000), 2, 30, 0, 1, 1, 0]);
    expect(ds.X[MIN_OWNER_DEALS]).toEqual([Math.log1p(1000), 2, 30, 1, 0, 0, 1]);
    expect(ds.openIds).toEqual(['open1']);
    expect(ds.openX[0].slice(2, 3)).toEqual([60]);
  });
});

describe('churnDataset', () => {
  it('takes features as of the cutoff and labels by what happened after it', () => {
    const orders = [
      purchase('stays', 400, 10), purchase('stays', 200, 10), purchase('stays', 50, 10),
      purchase('leaves', 300, 10), purchase('leaves', 190, 10),
      purchase('new', 20, 10),
    ];
    const ds = churnDataset(orders, NOW, 180);
    expect(ds.ids).toEqual(['leaves', 'stays']);
    expect(ds.y).toEqual([1, 0]);
    // As of the cutoff 'stays' had 2 orders, the last 20 days before it: the order 50 days ago is not seen.
    expect(ds.X[1].slice(0, 2)).toEqual([20, 2]);
    expect(ds.activeIds).toEqual(['new', 'stays']);
    expect(ds.activeX[1].slice(0, 2)).toEqual([50, 3]);
  });
});
