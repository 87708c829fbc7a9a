import * as Y from 'yjs';
import { COLLECTIONS, type CollectionName, type Collections, type Order, type OrderLine } from '../domain/entities/index.ts';
import type { ProjectionWrite } from './docStore.ts';
import { encodeLines, encodeOrders, FACTS_DOC, writeBatch } from './facts.ts';
import { toRow } from './rows.ts';
import type { FactBatch, KithDB } from './schema.ts';
import { recordsMap, writeFields } from './yrecords.ts';
import { writeOf } from './projection.ts';

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

/** Orders go into one batch per calendar quarter: immutable once the quarter is written. */
function quarterOf(iso: string): string {
  return `${iso.slice(0, 4)}Q${Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1}`;
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
): Promise<void> {
  const steps = COLLECTIONS.length + 2;
  let step = 0;
  for (const c of COLLECTIONS) {
    onProgress(step++ / steps, c);
    const doc = new Y.Doc();
    const map = recordsMap(doc);
    const recs = content.records[c] as unknown as Record<string, unknown>[];
    doc.transact(() => {
      for (const r of recs) {
        const m = new Y.Map<unknown>();
        map.set(String(r.id), m);
        writeFields(m, r);
      }
    });
    const update = Y.encodeStateAsUpdate(doc);
    const rows = recs.map((r) => toRow(c, r as unknown as Collections[typeof c]));
    doc.destroy();
    await replaceSnapshot(db, c, update, writeOf(c, rows, []));
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
  const batches: FactBatch[] = [];
  const createdAt = info.createdAt;
  for (const [q, b] of [...byQuarter].sort(([a], [z]) => a.localeCompare(z))) {
    batches.push({ id: `orders-${q}`, kind: 'orders', rowCount: b.orders.length, createdAt, bytes: await encodeOrders(b.orders) });
    batches.push({ id: `lines-${q}`, kind: 'lines', rowCount: b.lines.length, createdAt, bytes: await encodeLines(b.lines) });
  }
  const facts = new Y.Doc();
  facts.transact(() => batches.forEach((b) => writeBatch(facts, b)));
  const update = Y.encodeStateAsUpdate(facts);
  facts.destroy();
  // The orders are in hand: index them directly instead of decoding the batches again.
  const orderRows = content.orders.map((o) => ({ ...o, batchId: `orders-${quarterOfOrder.get(o.id)}` }));
  await replaceSnapshot(db, FACTS_DOC, update, {
    tables: ['batches', 'orders'],
    async apply(d) {
      await d.batches.bulkPut(batches);
      await d.orders.bulkPut(orderRows);
    },
  });
  onProgress(step++ / steps, 'done');
  await db.meta.put({ key: 'workspace', value: info });
  onProgress(1, 'done');
}
