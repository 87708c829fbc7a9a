import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { Workspace } from '../../../src/store/workspace.ts';
import { planOrderFacts, planOrders, type Table } from '../../../src/io/index.ts';
import { Importer, LOG_PREFIX } from '../../../src/store/importer.ts';
import { orderFactBatches } from '../../../src/store/orderFactBatches.ts';
import { decodeLines, decodeOrders } from '../../../src/store/facts.ts';

const open: Workspace[] = [];
let n = 0;
function workspace(): Workspace {
  const w = new Workspace(`ordimp${++n}-${Date.now()}`, { tabs: null });
  open.push(w);
  return w;
}
afterEach(() => {
  while (open.length) open.pop()!.close();
});

const table = (columns: string[], rows: string[][]): Table => ({ columns, rows, encoding: 'utf-8' });
const contacts = Array.from({ length: 20 }, (_, i) => ({ id: `c${i}`, email: `c${i}@example.com`, ...(i % 3 ? { companyId: `co${i % 3}` } : {}) }));
const products = Array.from({ length: 10 }, (_, i) => ({ id: `p${i}`, sku: `SKU-${i}` }));

/** A deterministic file with lines of the same order apart, two years of dates, and some bad cells. */
function ordersFile(lines: number): Table {
  let seed = 7;
  const rnd = (k: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), Math.floor(seed / 65536) % k);
  const rows: string[][] = [];
  for (let i = 0; i < lines; i++) {
    const order = rnd(lines / 3);
    const month = 1 + (order % 12);
    const bad = rnd(50);
    rows.push([
      `N${order}`,
      `${String(1 + (order % 28)).padStart(2, '0')}.${String(month).padStart(2, '0')}.${2024 + (order % 2)}`,
      bad === 0 ? 'nobody@example.com' : `C${order % 20}@EXAMPLE.com`,
      bad === 1 ? 'SKU-99' : `sku-${rnd(10)}`,
      bad === 2 ? '1,5' : String(1 + rnd(4)),
      `${rnd(2000)},${String(rnd(100)).padStart(2, '0')}`,
    ]);
  }
  return table(['Заказ', 'Дата', 'Почта', 'Артикул', 'Кол-во', 'Цена'], rows);
}

describe('orders import', () => {
  it('plans a file like a line-by-line reading of it would (orders, totals, lines, errors)', () => {
    const t = ordersFile(3000);
    const { facts, errors } = planOrderFacts(t, { contacts, products, locale: 'ru' });
    // Oracle: the rows read one by one with plain string handling.
    const expected = new Map<string, { contactId: string; total: number; lines: number }>();
    const badRows: number[] = [];
    t.rows.forEach((r, i) => {
      const c = contacts.find((x) => x.email === r[2].toLowerCase());
      const p = products.find((x) => x.sku.toLowerCase() === r[3].toLowerCase());
      const qty = Number(r[4]);
      if (!c || !p || !Number.isInteger(qty)) return badRows.push(i + 1);
      const [whole, cents] = r[5].split(',');
      const e = expected.get(r[0]) ?? { contactId: c.id, total: 0, lines: 0 };
      e.total += qty * (Number(whole) * 100 + Number(cents));
      e.lines++;
      expected.set(r[0], e);
    });
    expect(badRows.length).toBeGreaterThan(0);
    expect([...new Set(errors.map((e) => e.row))]).toEqual(badRows);
    const got = new Map(facts.orders.number.map((num, i) => [num, { contactId: facts.orders.contactId[i], total: facts.orders.total[i], lines: facts.orders.lineCount[i] }]));
    expect(got).toEqual(expected);
    expect(facts.lines.order.length).toBe(t.rows.length - badRows.length);
    // The record form is the same plan.
    const records = planOrders(t, { contacts, products, locale: 'ru' });
    expect(records.orders.map((o) => [o.number, o.total])).toEqual(facts.orders.number.map((num, i) => [num, facts.orders.total[i]]));
    expect(records.lines.reduce((s, l) => s + l.quantity * l.unitPrice, 0)).toBe([...expected.values()].reduce((s, e) => s + e.total, 0));
  });

  it('lands orders and lines as fact batches per quarter, and revert removes exactly those batches', async () => {
    const w = workspace();
    // A batch that was there before the import must survive its revert.
    const before = planOrderFacts(table(['Order', 'Date', 'Email', 'SKU', 'Qty', 'Price'], [['OLD-1', '2023-05-01', 'c1@example.com', 'SKU-1', '1', '10']]), { contacts, products });
    await w.importer.run('old', { fileName: 'old.csv', collection: 'orders', create: [], update: [], newCompanies: [], facts: before.facts });
    const batchesBefore = await w.db.batches.count();
    const ordersBefore = await w.db.orders.count();
    expect([batchesBefore, ordersBefore]).toEqual([2, 1]);

    const t = ordersFile(900);
    const { facts, errors } = planOrderFacts(t, { contacts, products, locale: 'ru' });
    expect(errors.length).toBeGreaterThan(0);
    const log = await w.importer.run('ord1', { fileName: 'orders.csv', collection: 'orders', create: [], update: [], newCompanies: [], facts });
    expect(log.state).toBe('done');
    expect(log.counts).toMatchObject({ orders: facts.orders.id.length, lines: facts.lines.order.length });
    // Eight quarters (two years), an orders and a lines batch each.
    expect(log.batches).toHaveLength(16);
    expect(await w.db.batches.count()).toBe(batchesBefore + 16);
    expect(await w.db.orders.count()).toBe(ordersBefore + facts.orders.id.length);
    const stored = await w.db.batches.bulkGet(log.batches);
    const orders = (await Promise.all(stored.filter((b) => b!.kind === 'orders').map((b) => decodeOrders(b!.bytes)))).flat();
    const lines = (await Promise.all(stored.filter((b) => b!.kind === 'lines').map((b) => decodeLines(b!.bytes)))).flat();
    expect(lines).toHaveLength(facts.lines.order.length);
    // Each order sits in its quarter's batch together with all of its lines, and the lines add up to its total.
    const sum = new Map<string, number>();
    for (const l of lines) sum.set(l.orderId, (sum.get(l.orderId) ?? 0) + l.quantity * l.unitPrice);
    for (const o of orders) expect(sum.get(o.id)).toBe(o.total);
    for (const b of stored.filter((x) => x!.kind === 'orders')) {
      const q = b!.id.slice('orders-'.length, 'orders-'.length + 6);
      for (const o of await decodeOrders(b!.bytes)) expect(`${o.orderedAt.slice(0, 4)}Q${Math.floor((Number(o.orderedAt.slice(5, 7)) - 1) / 3) + 1}`).toBe(q);
    }
    expect(orders.find((o) => o.contactId === 'c1')?.companyId).toBe('co1');
    expect(orders.find((o) => o.contactId === 'c3')?.companyId).toBeUndefined();

    await w.importer.revert('ord1');
    expect(await w.db.batches.count()).toBe(batchesBefore);
    expect(await w.db.orders.count()).toBe(ordersBefore);
    expect((await w.db.orders.toArray()).map((o) => o.number)).toEqual(['OLD-1']);
  });

  it('cancel during an orders import leaves no batch behind', async () => {
    const w = workspace();
    const importer = new Importer(w.docs);
    const { facts } = planOrderFacts(ordersFile(600), { contacts, products, locale: 'ru' });
    let calls = 0;
    const err = await importer
      .run('ord2', { fileName: 'o.csv', collection: 'orders', create: [], update: [], newCompanies: [], facts }, () => {
        if (++calls === 3) importer.cancel('ord2');
      })
      .catch((e: unknown) => e);
    expect((err as Error).name).toBe('ImportCancelled');
    expect(calls).toBeGreaterThanOrEqual(3);
    expect(await w.db.batches.count()).toBe(0);
    expect(await w.db.orders.count()).toBe(0);
  });

  it('refuses batches from another worker that do not hold what they claim, writing nothing', async () => {
    const w = workspace();
    const { facts } = planOrderFacts(ordersFile(90), { contacts, products, locale: 'ru' });
    const good = await orderFactBatches(facts);
    const run = (factBatches: typeof good, id: string) =>
      w.importer.run(id, { fileName: 'o.csv', collection: 'orders', create: [], update: [], newCompanies: [], factBatches }).catch((e: unknown) => (e as Error).message);
    // A lines batch passed off as an orders batch, a row count that lies, bytes that are not Arrow, a quarter that is not one.
    const swapped = good.map((b, i) => (i === 0 ? { ...b, kind: 'orders' as const, bytes: good[1].bytes, rowCount: good[1].rowCount } : b));
    expect(await run(swapped, 'b1')).toMatch(/batch 1: \d+ rows of orderId, productId, quantity, unitPrice/);
    expect(await run(good.map((b, i) => (i === 1 ? { ...b, rowCount: b.rowCount + 1 } : b)), 'b2')).toMatch(/batch 2:/);
    expect(await run(good.map((b, i) => (i === 2 ? { ...b, bytes: new Uint8Array([1, 2, 3, 4]) } : b)), 'b3')).toMatch(/batch 3: 0 rows of no columns/);
    expect(await run(good.map((b, i) => (i === 3 ? { ...b, quarter: '2025Q5' } : b)), 'b4')).toMatch(/batch 4: not an orders or lines batch of a quarter/);
    expect(await w.db.batches.count()).toBe(0);
    expect(await w.db.meta.where('key').startsWith(LOG_PREFIX).count()).toBe(0);
    // The same batches untouched are accepted.
    const log = await w.importer.run('b5', { fileName: 'o.csv', collection: 'orders', create: [], update: [], newCompanies: [], factBatches: good });
    expect(log.counts).toEqual({ created: 0, updated: 0, companies: 0, orders: facts.orders.id.length, lines: facts.lines.order.length });
    expect(await w.db.batches.count()).toBe(good.length);
  });
});
