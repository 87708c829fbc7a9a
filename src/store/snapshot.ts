import * as Y from 'yjs';
import { COLLECTIONS, type CollectionName, type Collections, type Order, type OrderLine } from '../domain/entities/index.ts';
import type { ProjectionWrite } from './docStore.ts';
import { encodeLines, encodeOrders, FACTS_DOC, writeBatch } from './facts.ts';
import { toRow } from './rows.ts';
import type { FactBatch, KithDB } from './schema.ts';
import { createRecord, recordsMap } from './yrecords.ts';
import { writeOf } from './projection.ts';
// Orders go into one batch per calendar quarter: immutable once the quarter is written.
import { quarterOf } from './orderFacts.ts';

/** Writes a whole doc at once (seeding, import): the snapshot replaces any log, with its projection, atomically. */
export async function replaceSnapshot(db: KithDB, docId: string, update: Uint8Array, write: ProjectionWrite | null): Promise<void> {
  const tables = [db.ydocSnapshots, db.ydocUpdates, ...(write?.tables ?? []).map((t) => db.table(t))];
  await write?.prepare?.();
  await db.transaction('rw', tables, async () => {
    await db.ydocUpdates.where('docId').equals(docId).delete();
    await db.ydocSnapshots.put({ docId, update, upTo: 0 });
    if (write) await write.apply(db);
  });
}

export interface WorkspaceContent {
  records: { [K in CollectionName]: Collections[K][] };
  orders: Order[];
  lines: OrderLine[];
}

export interface WorkspaceInfo {
  kind: 'demo' | 'empty';
  createdAt: string;
  seed?: number;
}


/**
 * Writes a complete workspace (the demo, or an empty one) through the same
 * projection as every other change: Y.Doc -> snapshot + indexed rows.
 */
export async function writeWorkspace(
  db: KithDB,
  content: WorkspaceContent,
  info: WorkspaceInfo,
  onProgress: (fraction: number, phase: string) => void = () => {},
): Promise<Record<string, number>> {
  const steps = COLLECTIONS.length + 2;
  let step = 0;
  // Milliseconds per phase, so the benchmark can say where seeding time goes.
  const timings: Record<string, number> = {};
  let t0 = performance.now();
  const lap = (phase: string) => {
    const now = performance.now();
    timings[phase] = Math.round(now - t0);
    t0 = now;
  };
  // Build the next doc while IndexedDB (which works off this thread) writes the previous one.
  let writing: Promise<void> = Promise.resolve();
  for (const c of COLLECTIONS) {
    onProgress(step++ / steps, c);
    const doc = new Y.Doc();
    const map = recordsMap(doc);
    const recs = content.records[c] as unknown as Record<string, unknown>[];
    doc.transact(() => {
      for (const r of recs) createRecord(map, String(r.id), r);
    });
    const update = Y.encodeStateAsUpdate(doc);
    const rows = recs.map((r) => toRow(c, r as unknown as Collections[typeof c]));
    doc.destroy();
    lap(`${c}:build`);
    await writing;
    lap(`${c}:wait`);
    writing = replaceSnapshot(db, c, update, writeOf(c, rows, []));
  }

  onProgress(step++ / steps, 'orders');
  const byQuarter = new Map<string, { orders: Order[]; lines: OrderLine[] }>();
  const quarterOfOrder = new Map<string, string>();
  for (const o of content.orders) {
    const q = quarterOf(o.orderedAt);
    quarterOfOrder.set(o.id, q);
    let b = byQuarter.get(q);
    if (!b) byQuarter.set(q, (b = { orders: [], lines: [] }));
    b.orders.push(o);
  }
  for (const l of content.lines) byQuarter.get(quarterOfOrder.get(l.orderId)!)?.lines.push(l);
  // The orders are in hand: index them now, while the batches are encoded, instead of decoding the batches again.
  const orderRows = content.orders.map((o) => ({ ...o, batchId: `orders-${quarterOfOrder.get(o.id)}` }));
  const ordersIndexed = db.orders.bulkPut(orderRows);

  const batches: FactBatch[] = [];
  const createdAt = info.createdAt;
  for (const [q, b] of [...byQuarter].sort(([x], [y]) => x.localeCompare(y))) {
    batches.push({ id: `orders-${q}`, kind: 'orders', rowCount: b.orders.length, createdAt, bytes: await encodeOrders(b.orders) });
    batches.push({ id: `lines-${q}`, kind: 'lines', rowCount: b.lines.length, createdAt, bytes: await encodeLines(b.lines) });
  }
  lap('orders:encode');
  await writing;
  lap('records:write');
  const facts = new Y.Doc();
  facts.transact(() => batches.forEach((b) => writeBatch(facts, b)));
  const update = Y.encodeStateAsUpdate(facts);
  facts.destroy();
  await replaceSnapshot(db, FACTS_DOC, update, {
    tables: ['batches'],
    async apply(d) {
      await d.batches.bulkPut(batches);
    },
  });
  await ordersIndexed;
  lap('orders:write');
  onProgress(step++ / steps, 'done');
  await db.meta.put({ key: 'workspace', value: info });
  onProgress(1, 'done');
  return timings;
}
