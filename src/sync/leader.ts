import * as Comlink from 'comlink';
import type { StoreWorkerApi } from '../store/remote.ts';
import { keyBytes, type SyncConfig } from './syncConfig.ts';
import type { PresenceState } from './syncEngine.ts';
import { initialStatus, type SyncStatus } from './status.ts';
import type { SyncWorkerApi } from './sync.worker.ts';

/** Messages between the tabs of one browser about sync (the data itself goes through the store's channel). */
type TabSyncMessage = { type: 'status'; status: SyncStatus } | { type: 'route'; route: string } | { type: 'hello' };

export interface LeaderOptions {
  workspace: string;
  config: SyncConfig;
  /** The store worker as the page holds it (a Comlink proxy typed as the API). */
  store: StoreWorkerApi;
  docIds: string[];
  onStatus(s: SyncStatus, leader: boolean): void;
  presence(): Promise<Omit<PresenceState, 'route'> | null>;
}

/**
 * One tab per browser talks to the relay: the one holding the Web Lock. It
 * runs the sync worker, hands decrypted updates to its store worker (which
 * persists them and tells the other tabs through the store's
 * BroadcastChannel) and sends every local commit, its own or another tab's.
 * The others follow and show the leader's status. When the leader tab
 * closes, its lock is released and a waiting tab takes over.
 */
export function runSync(o: LeaderOptions): () => void {
  const abort = new AbortController();
  const channel = new BroadcastChannel(`kith-sync:${o.workspace}`);
  let leader: { api: Comlink.Remote<SyncWorkerApi>; status: SyncStatus } | null = null;
  let route = location.hash;
  let release: () => void = () => {};

  const publishPresence = async () => {
    if (!leader) return;
    const me = await o.presence();
    if (me) await leader.api.setPresence({ ...me, route });
  };

  channel.onmessage = (e: MessageEvent<TabSyncMessage>) => {
    const m = e.data;
    if (m.type === 'status' && !leader) o.onStatus(m.status, false);
    else if (m.type === 'route' && leader) {
      route = m.route;
      void publishPresence();
    } else if (m.type === 'hello' && leader) channel.postMessage({ type: 'status', status: leader.status } satisfies TabSyncMessage);
  };
  const onRoute = () => {
    if (document.visibilityState === 'hidden') return;
    if (leader) {
      route = location.hash;
      void publishPresence();
    } else channel.postMessage({ type: 'route', route: location.hash } satisfies TabSyncMessage);
  };
  window.addEventListener('hashchange', onRoute);
  document.addEventListener('visibilitychange', onRoute);
  channel.postMessage({ type: 'hello' } satisfies TabSyncMessage);
  o.onStatus(initialStatus(o.config.access === 'ro'), false);

  const key = keyBytes(o.config);
  if (!key) {
    o.onStatus({ ...initialStatus(o.config.access === 'ro'), fatal: 'cannot-decrypt' }, false);
  } else if (typeof navigator.locks === 'undefined') {
    void lead(key);
  } else {
    navigator.locks
      .request(`kith-sync-leader:${o.workspace}`, { signal: abort.signal }, () => lead(key))
      .catch(() => {
        /* aborted: this tab closed or stopped syncing before it led */
      });
  }

  async function lead(key: Uint8Array): Promise<void> {
    const worker = new Worker(new URL('./sync.worker.ts', import.meta.url), { type: 'module', name: 'kith-sync' });
    const api = Comlink.wrap<SyncWorkerApi>(worker);
    leader = { api, status: initialStatus(o.config.access === 'ro') };
    const store = o.store;
    const subscription = await store.subscribe(Comlink.proxy((docId: string, _u: Uint8Array, origin: string) => void api.committed(docId, origin)));
    await api.start(
      {
        relay: o.config.relay,
        workspaceId: o.config.workspaceId,
        token: o.config.token,
        roHash: o.config.roHash,
        key,
        readOnly: o.config.access === 'ro',
        docIds: o.docIds,
      },
      Comlink.proxy({
        applyRemote: (docId: string, update: Uint8Array) => store.applyRemote(docId, update),
        encodeStateAsUpdate: (docId: string, sv?: Uint8Array) => store.encodeStateAsUpdate(docId, sv),
      }),
      Comlink.proxy((s: SyncStatus) => {
        if (!leader) return;
        leader.status = s;
        o.onStatus(s, true);
        channel.postMessage({ type: 'status', status: s } satisfies TabSyncMessage);
      }),
    );
    void publishPresence();
    const onOnline = () => void api.setOnline(true);
    const onOffline = () => void api.setOnline(false);
    window.addEventListener('online', onOnline);
    window.addEventListener('offline', onOffline);
    if (!navigator.onLine) onOffline();
    // Hold the lock until this tab stops syncing or closes.
    // (Stopped while starting: the abort already fired, so do not wait for it.)
    if (!abort.signal.aborted) {
      await new Promise<void>((resolve) => {
        release = resolve;
        abort.signal.addEventListener('abort', () => resolve());
      });
    }
    window.removeEventListener('online', onOnline);
    window.removeEventListener('offline', onOffline);
    await store.unsubscribe(subscription).catch(() => {});
    void api.stop();
    worker.terminate();
    leader = null;
  }

  return () => {
    abort.abort();
    release();
    window.removeEventListener('hashchange', onRoute);
    document.removeEventListener('visibilitychange', onRoute);
    channel.close();
  };
}

/** Checks an invite's key against the relay before anything is written on this device. */
export async function probeInvite(config: SyncConfig): Promise<'ok' | 'cannot-decrypt' | 'unauthorized' | 'unreachable'> {
  const key = keyBytes(config);
  if (!key) return 'cannot-decrypt';
  const worker = new Worker(new URL('./sync.worker.ts', import.meta.url), { type: 'module', name: 'kith-sync-probe' });
  try {
    return await Comlink.wrap<SyncWorkerApi>(worker).probe({
      relay: config.relay,
      workspaceId: config.workspaceId,
      token: config.token,
      key,
      readOnly: config.access === 'ro',
      docIds: [],
    });
  } finally {
    worker.terminate();
  }
}
