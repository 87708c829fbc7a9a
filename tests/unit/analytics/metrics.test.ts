import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { completeMonthlyRevenue, recentMonthlyRevenue } from '../../../src/analytics/metrics/monthlyRevenue.ts';
import { purchasesOf } from '../../../src/analytics/metrics/purchases.ts';
import { purchaseHistories, purchaseIntervalDays, rfmOf, rfmScores } from '../../../src/analytics/metrics/rfm.ts';
import { asOfSql, currencyRatesSql, METRIC_VIEWS_SQL } from '../../../src/analytics/metrics/sql.ts';
import { dealsFunnel } from '../../../src/analytics/dashboard/funnel.ts';
import { funnelSummary, isOpenDeal } from '../../../src/domain/deals/index.ts';
import type { Order, Pipeline } from '../../../src/domain/entities/index.ts';

/*
 * One small workspace, computed by hand, pins every metric definition; the SQL views
 * run on the same rows in DuckDB and must agree.
 */
const NOW = Date.parse('2026-06-15T00:00:00Z');
type O = Pick<Order, 'id' | 'contactId' | 'orderedAt' | 'status' | 'total' | 'currency'>;
const orders: O[] = [
  { id: 'o1', contactId: 'a', orderedAt: '2026-01-10T00:00:00.000Z', status: 'paid', total: 10_000, currency: 'USD' },
  { id: 'o2', contactId: 'a', orderedAt: '2026-03-05T00:00:00.000Z', status: 'paid', total: 9_200, currency: 'EUR' }, // = 100 USD
  { id: 'o3', contactId: 'a', orderedAt: '2026-06-02T00:00:00.000Z', status: 'paid', total: 5_000, currency: 'USD' },
  { id: 'o4', contactId: 'a', orderedAt: '2026-05-01T00:00:00.000Z', status: 'refunded', total: 99_999, currency: 'USD' },
  { id: 'o5', contactId: 'b', orderedAt: '2026-04-20T00:00:00.000Z', status: 'paid', total: 900_000, currency: 'RUB' }, // = 100 USD
  { id: 'o6', contactId: 'c', orderedAt: '2026-06-14T12:00:00.000Z', status: 'paid', total: 2_000, currency: 'USD' },
  { id: 'o7', contactId: 'c', orderedAt: '2026-06-20T00:00:00.000Z', status: 'paid', total: 1_000, currency: 'USD' }, // after the as-of date
];
const stages = [
  { id: 's1', name: 'Qualify', kind: 'open' as const, probability: 0.2 },
  { id: 's2', name: 'Propose', kind: 'open' as const, probability: 0.5 },
  { id: 'won', name: 'Won', kind: 'won' as const, probability: 1 },
  { id: 'lost', name: 'Lost', kind: 'lost' as const, probability: 0 },
];
const pipeline = { id: 'p1', name: 'Sales', stages } as Pipeline;
const deals = [
  { id: 'd1', pipelineId: 'p1', stageId: 's1', amount: 10_000, currency: 'USD' },
  { id: 'd2', pipelineId: 'p1', stageId: 's2', amount: 92_000, currency: 'EUR' }, // = 1000 USD
  { id: 'd3', pipelineId: 'p1', stageId: 'won', amount: 5_000, currency: 'USD' },
  { id: 'd4', pipelineId: 'p1', stageId: 'gone', amount: 7_777, currency: 'USD' }, // stage deleted
  { id: 'd5', pipelineId: 'p2', stageId: 's1', amount: 1, currency: 'USD' }, // pipeline deleted
];

// Hand-computed (see the comments beside each figure).
const RFM = {
  // last Jun 2 -> 13 days; Jan 10 -> Jun 15 = 21+28+31+30+31+15 = 156 days; 100+100+50 USD
  a: { recencyDays: 13, frequency: 3, monetary: 25_000, avgOrderValue: 8_333, tenureDays: 156 },
  // Apr 20 -> Jun 15 = 10+31+15 = 56 days
  b: { recencyDays: 56, frequency: 1, monetary: 10_000, avgOrderValue: 10_000, tenureDays: 56 },
  // half a day ago: 0 whole days; the order after the as-of date does not count
  c: { recencyDays: 0, frequency: 1, monetary: 2_000, avgOrderValue: 2_000, tenureDays: 0 },
};
// Quintile scores among 3 buyers: 1 + floor(5 * firstRank / 3); ties share the first rank.
const SCORES = { a: { r: 2, f: 4, m: 4 }, b: { r: 1, f: 1, m: 2 }, c: { r: 4, f: 1, m: 1 } };

describe('metric definitions (TypeScript)', () => {
  const purchases = purchasesOf(orders);
  it('purchases are paid orders in reporting minor units', () => {
    expect(purchases.map((p) => Math.round(p.amount))).toEqual([10_000, 10_000, 5_000, 10_000, 2_000, 1_000]);
  });
  it('monthly revenue: the dashboard shows the running month (partial), the forecast only complete months', () => {
    const recent = recentMonthlyRevenue(purchases, NOW, 6);
    expect(recent.months).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06']);
    expect(recent.revenue).toEqual([10_000, 0, 10_000, 10_000, 0, 7_000]);
    expect(recent.partialLast).toBe(true);
    // Sales start on Jan 10 (after day 7), so January is partial too.
    const complete = completeMonthlyRevenue(purchases, NOW);
    expect(complete.months).toEqual(['2026-02', '2026-03', '2026-04', '2026-05']);
    expect(complete.revenue).toEqual([0, 10_000, 10_000, 0]);
  });
  it('RFM, tenure from the first purchase, purchase interval and quintile scores', () => {
    const h = purchaseHistories(purchases, NOW);
    const ids = ['a', 'b', 'c'] as const;
    const rfm = ids.map((id) => rfmOf(h.get(id)!, NOW));
    ids.forEach((id, i) => expect(rfm[i], id).toEqual(RFM[id]));
    expect(purchaseIntervalDays(h.get('a')!)).toBe(71.5); // (156 - 13) / 2
    expect(purchaseIntervalDays(h.get('b')!)).toBeUndefined();
    const s = rfmScores(rfm);
    ids.forEach((id, i) => expect(s[i], id).toEqual(SCORES[id]));
  });
  it('open deal: open unless its own pipeline puts its stage in won or lost', () => {
    expect(deals.filter((d) => isOpenDeal(d, [pipeline])).map((d) => d.id)).toEqual(['d1', 'd2', 'd4', 'd5']);
  });
  it('funnel: per currency and converted, the dashboard reading the same definition', () => {
    const f = funnelSummary(deals.filter((d) => d.pipelineId === 'p1'), pipeline);
    expect(f.stages.map((s) => [s.count, s.reporting.amount, s.reporting.weighted])).toEqual([[1, 10_000, 2_000], [1, 100_000, 50_000], [1, 5_000, 5_000], [0, 0, 0]]);
    expect(f.stages[1].totals).toEqual([{ currency: 'EUR', count: 1, amount: 92_000, weighted: 46_000 }]);
    expect(f.openReporting).toEqual({ amount: 110_000, weighted: 52_000 });
    const d = dealsFunnel(deals.filter((x) => x.pipelineId === 'p1'), stages);
    expect([d.openValue, d.weightedValue, d.openCount]).toEqual([110_000, 52_000, 2]);
  });
});

describe('metric definitions (SQL views in DuckDB)', async () => {
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  const q = async (sql: string) => (await c.runAndReadAll(sql)).getRowObjectsJS();
  await c.run(`CREATE TABLE orders (id VARCHAR, contactId VARCHAR, orderedAt TIMESTAMP, status VARCHAR, currency VARCHAR, total DOUBLE)`);
  for (const o of orders) await c.run(`INSERT INTO orders VALUES ('${o.id}', '${o.contactId}', '${o.orderedAt.replace('T', ' ').replace('Z', '')}', '${o.status}', '${o.currency}', ${o.total})`);
  await c.run(`CREATE TABLE deals (id VARCHAR, pipelineId VARCHAR, stageId VARCHAR, amount DOUBLE, currency VARCHAR)`);
  for (const d of deals) await c.run(`INSERT INTO deals VALUES ('${d.id}', '${d.pipelineId}', '${d.stageId}', ${d.amount}, '${d.currency}')`);
  await c.run(`CREATE TABLE deal_stages (pipelineId VARCHAR, stageId VARCHAR, name VARCHAR, kind VARCHAR, probability DOUBLE, position INTEGER)`);
  for (const [i, s] of stages.entries()) await c.run(`INSERT INTO deal_stages VALUES ('p1', '${s.id}', '${s.name}', '${s.kind}', ${s.probability}, ${i})`);
  for (const sql of [currencyRatesSql(), asOfSql(NOW), METRIC_VIEWS_SQL]) await c.run(sql);

  it('monthly_revenue agrees', async () => {
    const rows = await q(`SELECT month, revenue::DOUBLE AS revenue, orders::DOUBLE AS orders FROM monthly_revenue ORDER BY month`);
    expect(rows).toEqual([
      { month: '2026-01', revenue: 10_000, orders: 1 },
      { month: '2026-03', revenue: 10_000, orders: 1 },
      { month: '2026-04', revenue: 10_000, orders: 1 },
      { month: '2026-06', revenue: 7_000, orders: 2 },
    ]);
  });
  it('customer_rfm agrees', async () => {
    const rows = await q(`SELECT contactId, recencyDays, frequency, monetary::DOUBLE AS monetary, avgOrderValue::DOUBLE AS avgOrderValue, tenureDays, rScore, fScore, mScore FROM customer_rfm ORDER BY contactId`);
    expect(rows).toEqual((['a', 'b', 'c'] as const).map((id) => ({ contactId: id, ...RFM[id], rScore: SCORES[id].r, fScore: SCORES[id].f, mScore: SCORES[id].m })));
  });
  it('deal_state and funnel agree', async () => {
    expect((await q(`SELECT dealId FROM deal_state WHERE is_open ORDER BY dealId`)).map((r) => r.dealId)).toEqual(['d1', 'd2', 'd4', 'd5']);
    const f = await q(`SELECT stageId, deals::DOUBLE AS n, amount::DOUBLE AS amount, weighted::DOUBLE AS weighted FROM funnel ORDER BY position`);
    expect(f.map((r) => [r.stageId, r.n, r.amount, r.weighted])).toEqual([['s1', 1, 10_000, 2_000], ['s2', 1, 100_000, 50_000], ['won', 1, 5_000, 5_000], ['lost', 0, 0, 0]]);
  });
});
