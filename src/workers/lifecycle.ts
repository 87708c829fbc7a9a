import Dexie from 'dexie';
import { KithDB } from '../store/schema.ts';
import { writeWorkspace, type WorkspaceInfo } from '../store/snapshot.ts';
import { dbName } from '../store/names.ts';
import { DEFAULT_STAGES } from '../domain/entities/pipeline.ts';
import { ulid } from '../domain/ids.ts';
import { emptyContent } from '../store/emptyWorkspace.ts';
import { lifecycleChannel, type LifecycleMessage } from '../store/lifecycleChannel.ts';

/**
 * Opening, seeding, resetting and deleting a workspace: all of it runs in the
 * store worker, so one place opens (and so upgrades) the database and the page
 * never deletes one from under a running worker.
 */
export type WorkspaceState = 'ready' | 'missing' | 'partial';

export type Progress = (fraction: number, phase: string) => void;

export async function inspect(name: string): Promise<WorkspaceState> {
  const db = new KithDB(dbName(name));
  try {
    const info = (await db.meta.get('workspace'))?.value as WorkspaceInfo | undefined;
    if (info) return 'ready';
    // A seeding that was interrupted leaves snapshots without the 'workspace' row.
    return (await db.ydocSnapshots.count()) > 0 ? 'partial' : 'missing';
  } finally {
    db.close();
  }
}

export async function destroy(name: string): Promise<void> {
  await Dexie.delete(dbName(name));
}

/** Writes a new workspace; the generator is loaded only now, so it never weighs on the first screen. */
export async function seed(name: string, kind: 'demo' | 'empty', onProgress: Progress): Promise<Record<string, number>> {
  const db = new KithDB(dbName(name));
  try {
    if (kind === 'empty') {
      const now = new Date();
      await writeWorkspace(db, emptyContent(now, ulid, DEFAULT_STAGES), { kind: 'empty', createdAt: now.toISOString() });
      return {};
    }
    const { generateDemo } = await import('../demo/generate.ts');
    const today = new Date();
    today.setUTCHours(0, 0, 0, 0);
    const o = { seed: 20261126, now: today.toISOString() };
    const t0 = performance.now();
    const content = generateDemo(o, (f, phase) => onProgress(f * 0.25, phase));
    const generated = performance.now() - t0;
    const timings = await writeWorkspace(db, content, { kind: 'demo', createdAt: o.now, seed: o.seed }, (f, phase) => onProgress(0.25 + f * 0.75, phase));
    return { generate: Math.round(generated), ...timings };
  } finally {
    db.close();
  }
}

/** Tells this workspace's other tabs, which close their connections and reload when it is back. */
export function announce(name: string, message: LifecycleMessage): void {
  const ch = lifecycleChannel(name);
  ch?.postMessage(message);
  ch?.close();
}
