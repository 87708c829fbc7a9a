import { writeBackup } from '../io/backupFile.ts';
import { takeBackup } from './backup.ts';
import type { KithDB } from './schema.ts';

/**
 * Automatic local snapshots: once a day the store worker writes the same file a
 * backup download would be (unencrypted: it never leaves this device) into its own
 * table, keeping the newest few. They undo a bad import or merge, not a lost
 * browser profile (they live in the same database): that is what backups are for.
 * Stored gzipped: three plain copies of the demo would take more than the demo itself.
 */
export interface LocalSnapshotRow {
  id: string;
  createdAt: string;
  size: number;
  counts: Record<string, number>;
  bytes: Uint8Array;
}

export type LocalSnapshotInfo = Omit<LocalSnapshotRow, 'bytes'>;

export const SNAPSHOTS_KEPT = 3;
const DAY = 86_400_000;

/** Takes a snapshot when the newest is a day old or there is none; drops all but the newest `SNAPSHOTS_KEPT`. */
export async function snapshotIfDue(db: KithDB, workspace: string, now: Date = new Date()): Promise<LocalSnapshotInfo | null> {
  const newest = await db.localSnapshots.orderBy('createdAt').last();
  if (newest && now.getTime() - Date.parse(newest.createdAt) < DAY) return null;
  return takeLocalSnapshot(db, workspace, now);
}

export async function takeLocalSnapshot(db: KithDB, workspace: string, now: Date = new Date()): Promise<LocalSnapshotInfo> {
  const content = await takeBackup(db);
  const bytes = await gzip(await writeBackup(content, workspace), 'compress');
  const row: LocalSnapshotRow = { id: `snap-${now.toISOString()}`, createdAt: now.toISOString(), size: bytes.length, counts: content.counts, bytes };
  await db.transaction('rw', db.localSnapshots, async () => {
    await db.localSnapshots.put(row);
    const old = await db.localSnapshots.orderBy('createdAt').reverse().offset(SNAPSHOTS_KEPT).primaryKeys();
    await db.localSnapshots.bulkDelete(old);
  });
  const { bytes: _bytes, ...info } = row;
  return info;
}

/** Newest first, without their bytes. */
export async function listLocalSnapshots(db: KithDB): Promise<LocalSnapshotInfo[]> {
  const out: LocalSnapshotInfo[] = [];
  await db.localSnapshots.orderBy('createdAt').reverse().each(({ bytes: _bytes, ...info }) => out.push(info));
  return out;
}

/** The snapshot as a backup file (snapshots taken before they were gzipped are returned as they are). */
export async function localSnapshotBytes(db: KithDB, id: string): Promise<Uint8Array | null> {
  const bytes = (await db.localSnapshots.get(id))?.bytes;
  if (!bytes) return null;
  return bytes[0] === 0x1f && bytes[1] === 0x8b ? gzip(bytes, 'decompress') : bytes;
}

async function gzip(bytes: Uint8Array, direction: 'compress' | 'decompress'): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(direction === 'compress' ? new CompressionStream('gzip') : new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
