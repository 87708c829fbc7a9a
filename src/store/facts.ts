import * as Y from 'yjs';
import type { Order, OrderLine } from '../domain/entities/index.ts';
import type { Projector, ProjectionWrite } from './docStore.ts';
import type { FactBatch, OrderRow } from './schema.ts';
import { utf8Column, type Arrow } from './arrowColumns.ts';
import { indexLater } from './projection.ts';

/**
 * Bulk facts (orders and their lines) travel as immutable Arrow IPC batches:
 * one Y.Map per batch in the 'facts' doc and one Dexie row per batch, never a
 * CRDT item per fact. DuckDB reads the bytes as they are.
 */
export const FACTS_DOC = 'facts';
export const BATCHES = 'batches';

let arrow: Promise<Arrow> | null = null;
/** apache-arrow is large; it loads only where facts are written or read. */
export function loadArrow(): Promise<Arrow> {
  arrow ??= import('apache-arrow');
  return arrow;
}

export function batchesMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap<Y.Map<unknown>>(BATCHES);
}

export async function encodeOrders(orders: Order[]): Promise<Uint8Array> {
  const a = await loadArrow();
  const table = new a.Table({
    id: utf8Column(a, orders.map((o) => o.id)),
    number: utf8Column(a, orders.map((o) => o.number)),
    contactId: utf8Column(a, orders.map((o) => o.contactId)),
    companyId: utf8Column(a, orders.map((o) => o.companyId)),
    orderedAt: utf8Column(a, orders.map((o) => o.orderedAt)),
    status: utf8Column(a, orders.map((o) => o.status)),
    channel: utf8Column(a, orders.map((o) => o.channel)),
    currency: utf8Column(a, orders.map((o) => o.currency)),
    total: a.makeVector(Float64Array.from(orders, (o) => o.total)),
    lineCount: a.makeVector(Int32Array.from(orders, (o) => o.lineCount)),
  });
  return a.tableToIPC(table, 'stream');
}

export async function encodeLines(lines: OrderLine[]): Promise<Uint8Array> {
  const a = await loadArrow();
  const table = new a.Table({
    orderId: utf8Column(a, lines.map((l) => l.orderId)),
    productId: utf8Column(a, lines.map((l) => l.productId)),
    quantity: a.makeVector(Int32Array.from(lines, (l) => l.quantity)),
    unitPrice: a.makeVector(Float64Array.from(lines, (l) => l.unitPrice)),
  });
  return a.tableToIPC(table, 'stream');
}

/** Column by column: a 300,000-order batch read row by row (`toJSON` per row) took seconds. */
export async function decodeOrders(bytes: Uint8Array): Promise<Order[]> {
  const a = await loadArrow();
  const t = a.tableFromIPC(bytes);
  const col = (name: string) => t.getChild(name)!.toArray() as ArrayLike<unknown>;
  const [id, number, contactId, companyId, orderedAt, status, channel, currency, total, lineCount] = ['id', 'number', 'contactId', 'companyId', 'orderedAt', 'status', 'channel', 'currency', 'total', 'lineCount'].map(col);
  const out: Order[] = new Array(t.numRows);
  for (let i = 0; i < t.numRows; i++) {
    const co = companyId[i];
    out[i] = {
      id: String(id[i]),
      number: String(number[i]),
      contactId: String(contactId[i]),
      ...(co ? { companyId: String(co) } : {}),
      orderedAt: String(orderedAt[i]),
      status: status[i] as Order['status'],
      channel: channel[i] as Order['channel'],
      currency: String(currency[i]),
      total: Number(total[i]),
      lineCount: Number(lineCount[i]),
    };
  }
  return out;
}

export async function decodeLines(bytes: Uint8Array): Promise<OrderLine[]> {
  const a = await loadArrow();
  const t = a.tableFromIPC(bytes);
  const orderId = t.getChild('orderId')!.toArray() as string[];
  const productId = t.getChild('productId')!.toArray() as string[];
  const quantity = t.getChild('quantity')!.toArray() as Int32Array;
  const unitPrice = t.getChild('unitPrice')!.toArray() as Float64Array;
  return Array.from({ length: t.numRows }, (_, i) => ({
    orderId: orderId[i],
    productId: productId[i],
    quantity: quantity[i],
    unitPrice: unitPrice[i],
  }));
}

/** Adds one batch to the facts doc. Batches are never edited afterwards. */
export function writeBatch(doc: Y.Doc, batch: FactBatch): void {
  const m = new Y.Map<unknown>();
  m.set('kind', batch.kind);
  m.set('rowCount', batch.rowCount);
  m.set('createdAt', batch.createdAt);
  m.set('bytes', batch.bytes);
  batchesMap(doc).set(batch.id, m);
}

export function readBatch(id: string, m: Y.Map<unknown>): FactBatch | null {
  const kind = m.get('kind');
  const bytes = m.get('bytes');
  if ((kind !== 'orders' && kind !== 'lines') || !(bytes instanceof Uint8Array)) return null;
  return { id, kind, rowCount: Number(m.get('rowCount')), createdAt: String(m.get('createdAt')), bytes };
}

/** Rows of the indexed projection for the given batches (orders are indexed; lines stay columnar). */
export async function batchRows(batches: FactBatch[]): Promise<{ batches: FactBatch[]; orders: OrderRow[] }> {
  const orders: OrderRow[] = [];
  for (const b of batches) {
    if (b.kind !== 'orders') continue;
    // The decoded orders are fresh objects: stamping them saves a copy of each of the (hundreds of thousands of) rows an import writes.
    for (const o of (await decodeOrders(b.bytes)) as OrderRow[]) {
      o.batchId = b.id;
      orders.push(o);
    }
  }
  return { batches, orders };
}

export const factsProjector: Projector = Object.assign((doc: Y.Doc, tr: Y.Transaction): ProjectionWrite => {
  // A large import's orders are indexed after it (their batches are written now: the warehouse reads those).
  const ordersLater = indexLater(tr);
  const map = batchesMap(doc);
  const added: FactBatch[] = [];
  // An import's batches are removed when it is reverted.
  const removed: string[] = [];
  for (const [type, keys] of tr.changed) {
    if (type !== (map as unknown)) continue;
    for (const k of keys) {
      const m = k ? map.get(k) : undefined;
      const b = m && k ? readBatch(k, m) : null;
      if (b) added.push(b);
      else if (k && !m) removed.push(k);
    }
  }
  let rows: { batches: FactBatch[]; orders: OrderRow[] } = { batches: [], orders: [] };
  return {
    tables: ['batches', 'orders'],
    async prepare() {
      rows = ordersLater ? { batches: added, orders: [] } : await batchRows(added);
    },
    async apply(db) {
      if (rows.batches.length) await db.batches.bulkPut(rows.batches);
      if (rows.orders.length) await db.orders.bulkPut(rows.orders);
      if (removed.length) {
        await db.batches.bulkDelete(removed);
        await db.orders.where('batchId').anyOf(removed).delete();
      }
    },
  };
}, { roots: [BATCHES] });
