import { COLLECTIONS } from '../domain/entities/index.ts';
import type { KithDB } from './schema.ts';

/** Where a workspace's bytes go, as the Settings page names the parts. */
export interface StorageUsage {
  /** Indexed rows the lists read: records of every collection plus the orders projection. */
  records: number;
  /** Yjs snapshots and the update log: the history that sync and undo replay. */
  history: number;
  /** Arrow batches of orders and lines. */
  facts: number;
}

/**
 * Approximate bytes, counted the way they are stored: binary fields by length,
 * everything else as its JSON text (IndexedDB's own overhead is not included).
 */
function sizeOf(v: unknown): number {
  if (v instanceof Uint8Array) return v.byteLength;
  if (v === null || typeof v !== 'object') return v === undefined ? 0 : JSON.stringify(v).length;
  let n = 2;
  if (Array.isArray(v)) for (const x of v) n += sizeOf(x) + 1;
  else for (const [k, x] of Object.entries(v)) n += k.length + 3 + sizeOf(x) + 1;
  return n;
}

async function tableBytes(db: KithDB, name: string): Promise<number> {
  let n = 0;
  await db.table(name).each((row: unknown) => (n += sizeOf(row)));
  return n;
}

export async function storageUsage(db: KithDB): Promise<StorageUsage> {
  let records = await tableBytes(db, 'orders');
  for (const c of COLLECTIONS) records += await tableBytes(db, c);
  const history = (await tableBytes(db, 'ydocSnapshots')) + (await tableBytes(db, 'ydocUpdates'));
  const facts = await tableBytes(db, 'batches');
  return { records, history, facts };
}
