import type { OrderLine } from '../domain/entities/index.ts';
import { decodeLines } from './facts.ts';
import type { KithDB, OrderRow } from './schema.ts';

/**
 * Reading the order facts without freezing the page: orders come one quarter
 * batch at a time (a single 40k-row read deserialises in one long task), and
 * line batches are decoded only when asked for and then kept, since a batch
 * never changes once written.
 */

const decoded = new WeakMap<KithDB, Map<string, Promise<OrderLine[]>>>();

/** The lines batch that holds the lines of an orders batch: `orders-2025Q3` -> `lines-2025Q3`. */
export function linesBatchId(ordersBatchId: string): string {
  return ordersBatchId.replace(/^orders-/, 'lines-');
}

export function batchLines(db: KithDB, linesId: string): Promise<OrderLine[]> {
  let cache = decoded.get(db);
  if (!cache) decoded.set(db, (cache = new Map()));
  let p = cache.get(linesId);
  if (!p) {
    p = db.batches.get(linesId).then((b) => (b ? decodeLines(b.bytes) : []));
    // A failed read may succeed later; do not keep the failure.
    p.catch(() => cache.delete(linesId));
    cache.set(linesId, p);
  }
  return p;
}

/** The lines of one order: decodes its quarter's batch (once) and picks the order's lines. */
export async function orderLines(db: KithDB, order: Pick<OrderRow, 'id' | 'batchId'>): Promise<OrderLine[]> {
  return (await batchLines(db, linesBatchId(order.batchId))).filter((l) => l.orderId === order.id);
}

/** "2025Q3" for an ISO time: the key batches are named with. */
export function quarterOf(iso: string): string {
  return `${iso.slice(0, 4)}Q${Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1}`;
}

/** Lets the browser paint and handle input between batches: awaiting a settled promise alone would not. */
export function yieldToMain(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Lines of every batch whose quarter is at or after `fromIso`'s (all batches when omitted). */
export async function linesSince(db: KithDB, fromIso?: string): Promise<OrderLine[]> {
  const ids = (await db.batches.where('kind').equals('lines').primaryKeys()) as string[];
  const from = fromIso ? `lines-${quarterOf(fromIso)}` : '';
  const out: OrderLine[] = [];
  for (const id of ids.sort()) {
    if (id < from) continue;
    for (const l of await batchLines(db, id)) out.push(l);
    await yieldToMain();
  }
  return out;
}

/** Every order, read batch by batch so no single read blocks the main thread for long. Safe inside liveQuery. */
export async function allOrders(db: KithDB): Promise<OrderRow[]> {
  const batchIds = (await db.orders.orderBy('batchId').uniqueKeys()) as string[];
  const out: OrderRow[] = [];
  for (const b of batchIds) for (const o of await db.orders.where('batchId').equals(b).toArray()) out.push(o);
  return out;
}

/** Orders placed after `fromIso`, read only from the quarter batches that can hold them. */
export async function ordersSince(db: KithDB, fromIso: string): Promise<OrderRow[]> {
  const first = `orders-${quarterOf(fromIso)}`;
  const batchIds = ((await db.orders.orderBy('batchId').uniqueKeys()) as string[]).filter((b) => b >= first);
  const out: OrderRow[] = [];
  for (const b of batchIds) for (const o of await db.orders.where('batchId').equals(b).toArray()) if (o.orderedAt > fromIso) out.push(o);
  return out;
}
