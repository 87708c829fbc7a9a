import Dexie from 'dexie';
import * as Comlink from 'comlink';
import { RemoteCommands, type StoreWorkerApi } from '../../store/remote.ts';
import { KithDB } from '../../store/schema.ts';
import type { WorkspaceInfo } from '../../store/snapshot.ts';
import { DEFAULT_WORKSPACE, dbName } from '../../store/names.ts';
import type { DemoWorkerApi } from '../../workers/demo.worker.ts';

type Status = 'opening' | 'seeding' | 'ready' | 'error';

/** The open workspace and how far it is from usable. Outlives every page. */
export const session = $state({
  status: 'opening' as Status,
  progress: 0,
  phase: '',
  error: '',
  /** Bumped when the workspace is replaced, so pages re-read everything. */
  generation: 0,
});

/**
 * The page's view of the open workspace: it reads Dexie directly (fast, indexed)
 * and sends every write to the store worker, which owns the Y.Docs.
 */
export interface PageWorkspace {
  readonly name: string;
  readonly db: KithDB;
  readonly commands: RemoteCommands;
  readonly undo: { undo(): Promise<boolean>; redo(): Promise<boolean> };
  readonly store: StoreWorkerApi;
  close(): void;
}

let ws: PageWorkspace | null = null;

export function workspace(): PageWorkspace {
  if (!ws) throw new Error('workspace not open');
  return ws;
}

async function openPageWorkspace(name: string): Promise<PageWorkspace> {
  const worker = new Worker(new URL('../../workers/store.worker.ts', import.meta.url), { type: 'module', name: 'kith-store' });
  const store = Comlink.wrap<StoreWorkerApi>(worker);
  await store.open(name);
  const db = new KithDB(dbName(name));
  return {
    name,
    db,
    store,
    commands: new RemoteCommands(store),
    undo: { undo: () => store.undo(), redo: () => store.redo() },
    close() {
      void store.close().finally(() => worker.terminate());
      db.close();
    },
  };
}

/** Seeding runs in a worker (the main thread stays responsive) that writes straight to IndexedDB, then goes away. */
async function withDemoWorker<T>(f: (api: Comlink.Remote<DemoWorkerApi>) => Promise<T>): Promise<T> {
  const worker = new Worker(new URL('../../workers/demo.worker.ts', import.meta.url), { type: 'module', name: 'kith-demo' });
  try {
    return await f(Comlink.wrap<DemoWorkerApi>(worker));
  } finally {
    worker.terminate();
  }
}

async function seedDemo(name: string): Promise<void> {
  session.status = 'seeding';
  session.progress = 0;
  const today = new Date();
  today.setUTCHours(0, 0, 0, 0);
  const result = await withDemoWorker((api) =>
    api.seed(
      name,
      { seed: 20261126, now: today.toISOString() },
      Comlink.proxy((fraction: number, phase: string) => {
        session.progress = fraction;
        session.phase = phase;
      }),
    ),
  );
  // Where the time went, for `npm run bench` and the curious (Performance panel).
  for (const [phase, ms] of Object.entries(result.timings)) performance.measure(`kith:seed:${phase}`, { start: 0, duration: ms });
}

export async function openSession(name = DEFAULT_WORKSPACE): Promise<void> {
  try {
    session.status = 'opening';
    const probe = new KithDB(dbName(name));
    const info = (await probe.meta.get('workspace'))?.value as WorkspaceInfo | undefined;
    const partial = !info && (await probe.ydocSnapshots.count()) > 0;
    probe.close();
    // A workspace joined by invite gets its data from the relay: never seed it, never discard a partial download.
    const joined = false;
    if (!info && !joined) {
      // A seeding that was interrupted left a partial database without the 'workspace' row: start clean.
      if (partial) await Dexie.delete(dbName(name));
      // Marks for `npm run bench`: generation and persistence of the demo, end to end.
      performance.mark('kith:seed-start');
      await seedDemo(name);
      performance.mark('kith:seed-end');
    }
    ws = await openPageWorkspace(name);
    const { loadIdentity } = await import('./identity.svelte.ts');
    await loadIdentity();
    session.generation++;
    session.status = 'ready';
    // Y.Docs load in the store worker after the first screen has painted from Dexie, never before.
    setTimeout(() => void ws?.store.warmUp(), 1500);
  } catch (e) {
    session.status = 'error';
    session.error = e instanceof Error ? e.message : String(e);
  }
}

/** Replaces this device's copy of the workspace with a fresh demo or an empty CRM. */
export async function resetWorkspace(kind: 'demo' | 'empty'): Promise<void> {
  const name = ws?.name ?? DEFAULT_WORKSPACE;
  ws?.close();
  ws = null;
  session.status = 'opening';
  await Dexie.delete(dbName(name));
  if (kind === 'empty') await withDemoWorker((api) => api.empty(name));
  await openSession(name);
}
