import type { OrderFacts } from '../domain/entities/index.ts';
import { loadArrow } from './facts.ts';
import { utf8Column } from './arrowColumns.ts';
import { quarterOf } from './orderFacts.ts';

/** An Arrow IPC batch of an import before the store names it (`<kind>-<quarter>-imp<import id>`). */
export interface EncodedFactBatch {
  kind: 'orders' | 'lines';
  /** "2025Q3": quarter-ordered readers find the batch beside the demo's. */
  quarter: string;
  rowCount: number;
  bytes: Uint8Array;
}

const ORDER_COLUMNS = ['id', 'number', 'contactId', 'companyId', 'orderedAt', 'status', 'channel', 'currency', 'total', 'lineCount'];
const LINE_COLUMNS = ['orderId', 'productId', 'quantity', 'unitPrice'];

/**
 * Columnar order facts (an import's plan) to Arrow batches, one orders and
 * one lines batch per quarter. Built from the columns by index: no object per
 * order or line. Runs where the plan is (the io worker), so the store worker
 * only writes.
 */
export async function orderFactBatches(facts: OrderFacts): Promise<EncodedFactBatch[]> {
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

  const out: EncodedFactBatch[] = [];
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
    out.push({ kind: 'orders', quarter: q, rowCount: oi.length, bytes: a.tableToIPC(orders, 'stream') });
    out.push({ kind: 'lines', quarter: q, rowCount: li.length, bytes: a.tableToIPC(lines, 'stream') });
  }
  return out;
}

/**
 * The store's check of batches that come from another worker: the right
 * kind, quarter and columns, and as many rows as they claim. Reading the
 * schema and row count of an IPC stream copies no column.
 */
export async function checkFactBatches(batches: EncodedFactBatch[]): Promise<string | null> {
  const a = await loadArrow();
  for (const [i, b] of batches.entries()) {
    if ((b.kind !== 'orders' && b.kind !== 'lines') || !/^\d{4}Q[1-4]$/.test(b.quarter) || !(b.bytes instanceof Uint8Array)) return `batch ${i + 1}: not an orders or lines batch of a quarter`;
    let t;
    try {
      t = a.tableFromIPC(b.bytes);
    } catch {
      return `batch ${i + 1}: not an Arrow stream`;
    }
    const want = b.kind === 'orders' ? ORDER_COLUMNS : LINE_COLUMNS;
    const names = t.schema.fields.map((f) => f.name);
    if (t.numRows !== b.rowCount || names.join() !== want.join())
      return `batch ${i + 1}: ${t.numRows} rows of ${names.join(', ') || 'no columns'} (expected ${b.rowCount} rows of ${want.join(', ')})`;
  }
  return null;
}
