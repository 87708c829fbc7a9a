import type { OrderFacts } from '../domain/entities/index.ts';
import type { FactBatch } from './schema.ts';
import { loadArrow } from './facts.ts';
import { utf8Column } from './arrowColumns.ts';
import { quarterOf } from './orderFacts.ts';

/**
 * Columnar order facts (an import's plan) to Arrow batches, one orders and
 * one lines batch per quarter, named `orders-<quarter><suffix>` and
 * `lines-<quarter><suffix>` so quarter-ordered readers find them beside the
 * demo's. Built from the columns by index: no object per order or line.
 */
export async function orderFactBatches(facts: OrderFacts, suffix: string, createdAt: string): Promise<FactBatch[]> {
  const a = await loadArrow();
  const o = facts.orders;
  const l = facts.lines;
  const quarterIndex = new Map<string, number>();
  const quarters: string[] = [];
  const qOfOrder = new Int32Array(o.id.length);
  const quarterOfDate = new Map<string, string>();
  for (let i = 0; i < o.id.length; i++) {
    const at = o.orderedAt[i];
    let q = quarterOfDate.get(at);
    if (q === undefined) quarterOfDate.set(at, (q = quarterOf(at)));
    let k = quarterIndex.get(q);
    if (k === undefined) {
      quarterIndex.set(q, (k = quarters.length));
      quarters.push(q);
    }
    qOfOrder[i] = k;
  }
  const orderCount = new Int32Array(quarters.length);
  const lineCount = new Int32Array(quarters.length);
  for (let i = 0; i < qOfOrder.length; i++) orderCount[qOfOrder[i]]++;
  for (let i = 0; i < l.order.length; i++) lineCount[qOfOrder[l.order[i]]]++;

  const out: FactBatch[] = [];
  for (const q of [...quarters].sort()) {
    const k = quarterIndex.get(q)!;
    const oi = new Int32Array(orderCount[k]);
    for (let i = 0, j = 0; i < qOfOrder.length; i++) if (qOfOrder[i] === k) oi[j++] = i;
    const li = new Int32Array(lineCount[k]);
    for (let i = 0, j = 0; i < l.order.length; i++) if (qOfOrder[l.order[i]] === k) li[j++] = i;
    const pick = <T>(col: T[]) => Array.from(oi, (i) => col[i]);
    const orders = new a.Table({
      id: utf8Column(a, pick(o.id)),
      number: utf8Column(a, pick(o.number)),
      contactId: utf8Column(a, pick(o.contactId)),
      companyId: utf8Column(a, Array.from(oi, (i) => o.companyId[i] || undefined)),
      orderedAt: utf8Column(a, pick(o.orderedAt)),
      status: utf8Column(a, pick(o.status)),
      channel: utf8Column(a, pick(o.channel)),
      currency: utf8Column(a, pick(o.currency)),
      total: a.makeVector(Float64Array.from(oi, (i) => o.total[i])),
      lineCount: a.makeVector(Int32Array.from(oi, (i) => o.lineCount[i])),
    });
    const lines = new a.Table({
      orderId: utf8Column(a, Array.from(li, (i) => o.id[l.order[i]])),
      productId: utf8Column(a, Array.from(li, (i) => facts.productIds[l.product[i]])),
      quantity: a.makeVector(Int32Array.from(li, (i) => l.quantity[i])),
      unitPrice: a.makeVector(Float64Array.from(li, (i) => l.unitPrice[i])),
    });
    out.push({ id: `orders-${q}${suffix}`, kind: 'orders', rowCount: oi.length, createdAt, bytes: a.tableToIPC(orders, 'stream') });
    out.push({ id: `lines-${q}${suffix}`, kind: 'lines', rowCount: li.length, createdAt, bytes: a.tableToIPC(lines, 'stream') });
  }
  return out;
}
