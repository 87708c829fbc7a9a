import * as Comlink from 'comlink';
import { errorText } from './errors.ts';
import { RemoteCommands, type StoreWorkerApi } from '../../store/remote.ts';
import { KithDB } from '../../store/schema.ts';
import { lifecycleChannel, type LifecycleMessage } from '../../store/lifecycleChannel.ts';
import { DEFAULT_WORKSPACE, dbName } from '../../store/names.ts';
import { currentWorkspaceName, loadSyncConfig } from '../../sync/syncConfig.ts';
import { startSync, stopSync } from './sync.svelte.ts';

/** 'missing': this device held a workspace and its storage is now empty (cleared or evicted); nothing was seeded. */
type Status = 'opening' | 'seeding' | 'ready' | 'missing' | 'error';

/** The open workspace and how far it is from usable. Outlives every page. */
export const session = $state({
  status: 'opening' as Status,
  progress: 0,
  phase: '',
  error: '',
  /** Bumped when the workspace is replaced, so pages re-read everything. */
  generation: 0,
  /** The last write this device could not save (shown as a banner until dismissed). */
  writeError: '',
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

/** Set once a workspace has opened on this device; a missing database after that was cleared or evicted, not new. */
const hadDataKey = (name: string) => `kith.hadData.${name}`;

function progress() {
  return Comlink.proxy((fraction: number, phase: string) => {
    if (session.status === 'opening') session.status = 'seeding';
    session.progress = fraction;
    session.phase = phase;
  });
}

/** Where seeding time went, for `npm run bench` and the curious (Performance panel). */
function recordTimings(timings: Record<string, number> | undefined): void {
  for (const [phase, ms] of Object.entries(timings ?? {})) performance.measure(`kith:seed:${phase}`, { start: 0, duration: ms });
}

function startWorker(): { worker: Worker; store: Comlink.Remote<StoreWorkerApi> } {
  const worker = new Worker(new URL('../../workers/store.worker.ts', import.meta.url), { type: 'module', name: 'kith-store' });
  return { worker, store: Comlink.wrap<StoreWorkerApi>(worker) };
}

/** The store worker has the workspace open (and so upgraded); the page opens its read connection after it. */
async function attach(name: string, worker: Worker, store: Comlink.Remote<StoreWorkerApi>): Promise<void> {
  await store.open(name);
  const db = new KithDB(dbName(name));
  const commands = new RemoteCommands(store);
  commands.onWriteFailed = (e) => (session.writeError = e.message);
  const opened: PageWorkspace = {
    name,
    db,
    store,
    commands,
    undo: { undo: () => store.undo(), redo: () => store.redo() },
    close() {
      void store.close().finally(() => worker.terminate());
      db.close();
    },
  };
  ws = opened;
  const { loadIdentity } = await import('./identity.svelte.ts');
  await loadIdentity();
  localStorage.setItem(hadDataKey(name), '1');
  session.generation++;
  session.status = 'ready';
  void startSync(opened);
  // Y.Docs load in the store worker after the first screen has painted from Dexie, never before.
  // The mark lets a benchmark time an import without the first visit's loading of every doc beside it.
  setTimeout(() => void ws?.store.warmUp().then(() => (document.documentElement.dataset.warm = name)), 1500);
}

let lifecycle: BroadcastChannel | null = null;
const TAB = Math.random().toString(36).slice(2);

/** Another tab is replacing the workspace: let go of it now and reload once the new one is written. */
function followOtherTabs(name: string): void {
  lifecycle?.close();
  lifecycle = lifecycleChannel(name);
  if (lifecycle)
    lifecycle.onmessage = (e: MessageEvent<LifecycleMessage>) => {
      if (e.data.from === TAB) return;
      if (e.data.type === 'resetting') {
        ws?.close();
        ws = null;
        session.status = 'opening';
      } else location.reload();
    };
}

export async function openSession(name = currentWorkspaceName(DEFAULT_WORKSPACE), o: { seedIfMissing?: boolean } = {}): Promise<void> {
  const { worker, store } = startWorker();
  try {
    session.status = 'opening';
    followOtherTabs(name);
    // A workspace joined by invite gets its data from the relay: never seed it, never discard a partial download.
    const joined = !!loadSyncConfig(name);
    const seedIfMissing = o.seedIfMissing ?? !localStorage.getItem(hadDataKey(name));
    // Marks for `npm run bench`: generation and persistence of the demo, end to end.
    performance.mark('kith:seed-start');
    session.progress = 0;
    const prepared = joined ? { state: 'ready' as const, timings: undefined } : await store.prepare(name, { seedIfMissing }, progress());
    if (prepared.state === 'seeded') {
      performance.mark('kith:seed-end');
      recordTimings(prepared.timings);
    }
    if (prepared.state === 'missing') {
      worker.terminate();
      session.status = 'missing';
      return;
    }
    await attach(name, worker, store);
  } catch (e) {
    worker.terminate();
    session.status = 'error';
    session.error = errorText(e);
  }
}

/** Replaces this device's copy of the workspace with a fresh demo or an empty CRM; the store worker does it. */
export async function resetWorkspace(kind: 'demo' | 'empty'): Promise<void> {
  const name = ws?.name ?? DEFAULT_WORKSPACE;
  stopSync();
  ws?.close();
  ws = null;
  session.status = kind === 'demo' ? 'seeding' : 'opening';
  session.progress = 0;
  const { worker, store } = startWorker();
  try {
    recordTimings((await store.reset(name, kind, progress(), TAB)).timings);
    await attach(name, worker, store);
  } catch (e) {
    worker.terminate();
    session.status = 'error';
    session.error = errorText(e);
  }
}
