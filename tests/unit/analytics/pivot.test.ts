import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { PER_USD } from '../../../src/domain/currency.ts';
import { asOfSql, currencyRatesSql } from '../../../src/analytics/metrics/sql.ts';
import { STAR_SQL } from '../../../src/analytics/warehouse/star.ts';
import {
  checkPivot, DEFAULT_PIVOT, drillDown, drillUp, pivotGrid, pivotSql, pivotTable,
  type PivotDimension, type PivotMeasure, type PivotSpec,
} from '../../../src/analytics/warehouse/pivot.ts';

/*
 * The pivot's SQL runs in native DuckDB over the real star-schema SQL on a small
 * generated workspace; every cell and total is checked against a brute-force
 * aggregation of the same lines in plain TypeScript.
 */
const NOW = Date.parse('2026-06-15T00:00:00Z');
let seed = 7;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];

const products = [
  { id: 'p1', name: 'Apex 650dn', category: 'Printers', cost: 20_000, currency: 'USD' },
  { id: 'p2', name: 'AC650 toner', category: 'Toner & Ink', cost: 3_000, currency: 'USD' },
  { id: 'p3', name: 'Paper A4', category: 'Paper', cost: 300, currency: 'EUR' },
  { id: 'p4', name: 'Mystery box', category: null, cost: null, currency: 'USD' },
];
const contacts = [
  { id: 'a', country: 'DE', city: 'Berlin', lifecycle: 'customer' },
  { id: 'b', country: 'DE', city: 'Munich', lifecycle: 'customer' },
  { id: 'c', country: 'RU', city: 'Kazan', lifecycle: 'lead' },
  { id: 'd', country: null, city: null, lifecycle: 'customer' },
];
const CURRENCIES = ['USD', 'EUR', 'RUB'];
const orders: { id: string; contactId: string; orderedAt: string; status: string; channel: string; currency: string; total: number }[] = [];
const lines: { orderId: string; productId: string; quantity: number; unitPrice: number }[] = [];
for (let i = 0; i < 160; i++) {
  const id = `o${i}`;
  const day = Date.parse('2024-11-01T00:00:00Z') + Math.floor(rnd() * 620) * 86_400_000 + 3_600_000;
  const currency = pick(CURRENCIES);
  const n = 1 + Math.floor(rnd() * 3);
  let total = 0;
  for (let j = 0; j < n; j++) {
    const l = { orderId: id, productId: pick(products).id, quantity: 1 + Math.floor(rnd() * 4), unitPrice: 100 * (1 + Math.floor(rnd() * 300)) };
    total += l.quantity * l.unitPrice;
    lines.push(l);
  }
  orders.push({ id, contactId: pick(contacts).id, orderedAt: new Date(day).toISOString(), status: rnd() < 0.85 ? 'paid' : 'refunded', channel: pick(['web', 'phone']), currency, total });
}

/** The oracle: each paid line up to NOW with its dimension values, revenue and margin in USD cents. */
const facts = lines.flatMap((l) => {
  const o = orders.find((x) => x.id === l.orderId)!;
  if (o.status !== 'paid' || Date.parse(o.orderedAt) > NOW) return [];
  const p = products.find((x) => x.id === l.productId)!;
  const c = contacts.find((x) => x.id === o.contactId)!;
  const d = new Date(o.orderedAt);
  const dims: Record<PivotDimension, string> = {
    year: String(d.getUTCFullYear()),
    quarter: `${d.getUTCFullYear()}-Q${Math.floor(d.getUTCMonth() / 3) + 1}`,
    month: o.orderedAt.slice(0, 7),
    category: p.category ?? '—',
    product: p.name,
    country: c.country ?? '—',
    city: c.city ?? '—',
    channel: o.channel,
    lifecycle: c.lifecycle,
    currency: o.currency,
  };
  const revenue = (l.quantity * l.unitPrice) / PER_USD[o.currency];
  const margin = p.cost === null ? null : revenue - (l.quantity * p.cost) / PER_USD[p.currency];
  return [{ dims, date: o.orderedAt.slice(0, 10), orderId: o.id, contactId: o.contactId, quantity: l.quantity, revenue, margin }];
});
type Fact = (typeof facts)[number];

function oracle(m: PivotMeasure, fs: Fact[]): number | null {
  if (!fs.length) return null;
  const orders = new Set(fs.map((f) => f.orderId)).size;
  const revenue = fs.reduce((s, f) => s + f.revenue, 0);
  switch (m) {
    case 'revenue': return revenue;
    case 'margin': return fs.some((f) => f.margin !== null) ? fs.reduce((s, f) => s + (f.margin ?? 0), 0) : null;
    case 'orders': return orders;
    case 'customers': return new Set(fs.map((f) => f.contactId)).size;
    case 'units': return fs.reduce((s, f) => s + f.quantity, 0);
    case 'avgCheck': return revenue / orders;
  }
}

describe('OLAP pivot over the star schema (native DuckDB)', async () => {
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  const s = (v: string | null) => (v === null ? 'NULL' : `'${v}'`);
  await c.run(`CREATE TABLE orders (id VARCHAR, number VARCHAR, contactId VARCHAR, companyId VARCHAR, orderedAt TIMESTAMP, status VARCHAR, channel VARCHAR, currency VARCHAR, total DOUBLE, lineCount INTEGER)`);
  await c.run(`INSERT INTO orders VALUES ${orders.map((o) => `('${o.id}', '${o.id}', '${o.contactId}', NULL, '${o.orderedAt.replace('T', ' ').replace('Z', '')}', '${o.status}', '${o.channel}', '${o.currency}', ${o.total}, 1)`).join(', ')}`);
  await c.run(`CREATE TABLE order_lines (orderId VARCHAR, productId VARCHAR, quantity INTEGER, unitPrice DOUBLE)`);
  await c.run(`INSERT INTO order_lines VALUES ${lines.map((l) => `('${l.orderId}', '${l.productId}', ${l.quantity}, ${l.unitPrice})`).join(', ')}`);
  await c.run(`CREATE TABLE dim_product (productId VARCHAR, name VARCHAR, category VARCHAR, cost DOUBLE, currency VARCHAR)`);
  await c.run(`INSERT INTO dim_product VALUES ${products.map((p) => `('${p.id}', '${p.name}', ${s(p.category)}, ${p.cost ?? 'NULL'}, '${p.currency}')`).join(', ')}`);
  await c.run(`CREATE TABLE dim_customer (contactId VARCHAR, country VARCHAR, city VARCHAR, lifecycle VARCHAR)`);
  await c.run(`INSERT INTO dim_customer VALUES ${contacts.map((x) => `('${x.id}', ${s(x.country)}, ${s(x.city)}, '${x.lifecycle}')`).join(', ')}`);
  for (const sql of [currencyRatesSql(), asOfSql(NOW), STAR_SQL.orders]) await c.run(sql);
  const run = async (spec: PivotSpec) => pivotGrid(spec, (await c.runAndReadAll(pivotSql(spec))).getRowsJS() as unknown[][]);

  const cases: Partial<PivotSpec>[] = [
    { measure: 'revenue', rows: ['category'], columns: ['quarter'] },
    { measure: 'margin', rows: ['category', 'product'], columns: ['year'] },
    { measure: 'customers', rows: ['country'], columns: ['year'] },
    { measure: 'orders', rows: ['channel'], columns: ['currency', 'year'] },
    { measure: 'avgCheck', rows: ['lifecycle'], columns: [] },
    { measure: 'units', rows: [], columns: ['month'], from: '2025-03-01', to: '2025-08-31' },
    { measure: 'revenue', rows: ['city'], columns: ['month'], filters: [{ dimension: 'country', values: ['DE'] }, { dimension: 'year', values: ['2025'] }] },
  ];
  for (const partial of cases) {
    const spec: PivotSpec = { ...DEFAULT_PIVOT, ...partial };
    it(`${spec.measure} by ${spec.rows.join('+') || '—'} x ${spec.columns.join('+') || '—'}${spec.filters.length ? ' filtered' : ''}`, async () => {
      const grid = await run(spec);
      const kept = facts.filter(
        (f) => spec.filters.every((fl) => fl.values.includes(f.dims[fl.dimension])) && (!spec.from || f.date >= spec.from) && (!spec.to || f.date <= spec.to),
      );
      const key = (f: Fact, dims: PivotDimension[]) => dims.map((d) => f.dims[d]).join('|');
      const rowKeys = [...new Set(kept.map((f) => key(f, spec.rows)))].sort();
      const colKeys = [...new Set(kept.map((f) => key(f, spec.columns)))];
      expect(grid.rows.map((r) => r.key.join('|')).sort()).toEqual(spec.rows.length ? rowKeys : []);
      if (spec.columns.length) expect(grid.columns.map((k) => k.join('|')).sort()).toEqual(colKeys.sort());
      for (const r of grid.rows) {
        const inRow = kept.filter((f) => key(f, spec.rows) === r.key.join('|'));
        expect(r.total).toBeCloseTo(oracle(spec.measure, inRow)!, 6);
        grid.columns.forEach((ck, j) => {
          const want = oracle(spec.measure, inRow.filter((f) => key(f, spec.columns) === ck.join('|')));
          if (want === null) expect(r.cells[j]).toBeNull();
          else expect(r.cells[j]).toBeCloseTo(want, 6);
        });
      }
      grid.columns.forEach((ck, j) => expect(grid.colTotals[j]).toBeCloseTo(oracle(spec.measure, kept.filter((f) => key(f, spec.columns) === ck.join('|')))!, 6));
      expect(grid.total).toBeCloseTo(oracle(spec.measure, kept)!, 6);
    });
  }

  it('distinct counts total by themselves, not by adding cells', async () => {
    const grid = await run({ ...DEFAULT_PIVOT, measure: 'customers', rows: ['category'], columns: [] });
    const sum = grid.rows.reduce((s, r) => s + (r.total ?? 0), 0);
    expect(grid.total).toBe(new Set(facts.map((f) => f.contactId)).size);
    expect(sum).toBeGreaterThan(grid.total!);
  });

  it('sorts rows by total, both ways', async () => {
    const desc = await run({ ...DEFAULT_PIVOT, rows: ['product'], columns: [], sort: 'desc' });
    const totals = desc.rows.map((r) => r.total!);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    const asc = await run({ ...DEFAULT_PIVOT, rows: ['product'], columns: [], sort: 'asc' });
    expect(asc.rows.map((r) => r.total)).toEqual([...totals].reverse());
  });

  it('drills quarter to month and back up; the table has a totals row', async () => {
    const spec: PivotSpec = { ...DEFAULT_PIVOT, rows: ['category'], columns: ['quarter'] };
    const down = drillDown(spec, 'columns', 0, '2025-Q2');
    expect(down.columns).toEqual(['month']);
    expect(down.filters).toEqual([{ dimension: 'quarter', values: ['2025-Q2'] }]);
    const grid = await run(down);
    expect(grid.columns.map((k) => k[0])).toEqual(['2025-04', '2025-05', '2025-06'].filter((m) => facts.some((f) => f.dims.month === m)));
    expect(drillUp(down)).toEqual(spec);
    expect(drillDown(down, 'columns', 0, '2025-04')).toBe(down); // month has no child
    const table = pivotTable(grid, { dimension: (d) => d, value: (_d, v) => v, total: 'Total' }, (v) => (v / 100).toFixed(2));
    expect(table[0]).toEqual(['category', ...grid.columns.map((k) => k[0]), 'Total']);
    expect(table.at(-1)![0]).toBe('Total');
    expect(table.at(-1)!.at(-1)).toBe((grid.total! / 100).toFixed(2));
    expect(table).toHaveLength(grid.rows.length + 2);
  });

  it('rejects a dimension used twice and a reversed date range', () => {
    expect(checkPivot({ ...DEFAULT_PIVOT, rows: ['year'], columns: ['year'] })).toEqual(['duplicate']);
    expect(checkPivot({ ...DEFAULT_PIVOT, from: '2025-05-01', to: '2025-01-01' })).toEqual(['range']);
    expect(checkPivot({ ...DEFAULT_PIVOT, from: '1/5/2025' })).toEqual(['from']);
    expect(checkPivot(DEFAULT_PIVOT)).toEqual([]);
  });
});
