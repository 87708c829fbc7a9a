import * as Y from 'yjs';
import { COLLECTIONS, type CollectionName } from '../domain/entities/index.ts';
import type { BackupContent } from '../io/backupFile.ts';
import { FACTS_DOC, batchesMap, batchRows } from './facts.ts';
import { projectRecords } from './projection.ts';
import type { FactBatch, KithDB } from './schema.ts';
import { recordsMap } from './yrecords.ts';

/** Record counts per table: what a restore summary compares. */
export async function tableCounts(db: KithDB): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const c of COLLECTIONS) out[c] = await db.table(c).count();
  out.orders = await db.orders.count();
  out.batches = await db.batches.count();
  return out;
}

/** The whole workspace as data: each Y.Doc folded to one update, and the meta rows. */
export async function takeBackup(db: KithDB): Promise<BackupContent> {
  return db.transaction('r', [db.ydocSnapshots, db.ydocUpdates, db.meta, ...COLLECTIONS.map((c) => db.table(c)), db.orders, db.batches], async () => {
    const snaps = await db.ydocSnapshots.toArray();
    const updates = await db.ydocUpdates.toArray();
    const ids = [...new Set([...snaps.map((s) => s.docId), ...updates.map((u) => u.docId)])].sort();
    const docs = ids.map((id) => {
      const parts = [...snaps.filter((s) => s.docId === id).map((s) => s.update), ...updates.filter((u) => u.docId === id).map((u) => u.update)];
      return { id, update: parts.length === 1 ? parts[0] : Y.mergeUpdates(parts) };
    });
    return { docs, meta: await db.meta.toArray(), counts: await tableCounts(db) };
  });
}

/**
 * Replaces the workspace in one IndexedDB transaction: the Yjs docs become
 * the snapshots, and the indexed tables are rebuilt from them by the same
 * projection every write uses, so each table holds exactly what it held.
 * Everything is computed before the transaction; if anything fails, nothing changed.
 */
export async function restoreBackup(db: KithDB, content: BackupContent): Promise<Record<string, number>> {
  const rows = new Map<string, unknown[]>();
  let batches: FactBatch[] = [];
  for (const { id, update } of content.docs) {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, update);
    if (id === FACTS_DOC) {
      const map = batchesMap(doc);
      const list: FactBatch[] = [];
      for (const [bid, m] of map.entries()) {
        const bytes = m.get('bytes');
        const kind = m.get('kind');
        if (bytes instanceof Uint8Array && (kind === 'orders' || kind === 'lines'))
          list.push({ id: bid, kind, rowCount: Number(m.get('rowCount')), createdAt: String(m.get('createdAt')), bytes });
      }
      batches = list;
    } else if ((COLLECTIONS as readonly string[]).includes(id)) {
      const records = recordsMap(doc);
      const { puts } = projectRecords(id as CollectionName, records, records.keys(), () => {});
      rows.set(id, puts);
    }
    doc.destroy();
  }
  const facts = await batchRows(batches);
  const tables = [db.ydocSnapshots, db.ydocUpdates, db.meta, db.orders, db.batches, ...COLLECTIONS.map((c) => db.table(c))];
  await db.transaction('rw', tables, async () => {
    for (const t of tables) await t.clear();
    await db.ydocSnapshots.bulkPut(content.docs.map((d) => ({ docId: d.id, update: d.update, upTo: 0 })));
    await db.meta.bulkPut(content.meta);
    await db.batches.bulkPut(facts.batches);
    await db.orders.bulkPut(facts.orders);
    for (const [c, list] of rows) await db.table(c).bulkPut(list);
  });
  return tableCounts(db);
}
