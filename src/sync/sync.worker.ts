import * as Comlink from 'comlink';
import { SyncEngine, type EngineConfig, type PresenceState } from './syncEngine.ts';
import type { SyncStatus } from './status.ts';
import type { SyncStore } from './syncStore.ts';

/**
 * The leader tab's connection to the relay, off the page's thread: envelope
 * Y.Docs, AES-GCM and the WebSocket live here; decrypted updates go to the
 * store worker through the page (Comlink proxies).
 */
export interface SyncWorkerApi {
  start(config: EngineConfig, store: SyncStore, onStatus: (s: SyncStatus) => void): Promise<void>;
  /** Connects only to the key proof: 'ok', or why this invite cannot join. */
  probe(config: EngineConfig): Promise<'ok' | 'cannot-decrypt' | 'unauthorized' | 'unreachable'>;
  committed(docId: string, origin: string): void;
  /** The page's online/offline events (a worker's own are not reliable across browsers). */
  setOnline(online: boolean): void;
  setPresence(p: PresenceState): Promise<void>;
  stop(): void;
}

let engine: SyncEngine | null = null;

const api: SyncWorkerApi = {
  async start(config, store, onStatus) {
    engine?.stop();
    engine = new SyncEngine(config, store, { onStatus: (s) => void onStatus(s) });
    await engine.start();
  },
  async probe(config) {
    const probe = new SyncEngine({ ...config, docIds: [], proveKey: false }, { applyRemote: async () => {}, encodeStateAsUpdate: async () => new Uint8Array() });
    try {
      await probe.start();
      return await probe.keyVerdict();
    } catch {
      return 'cannot-decrypt';
    } finally {
      probe.stop();
    }
  },
  committed(docId, origin) {
    engine?.committed(docId, origin);
  },
  setOnline(online) {
    if (online) engine?.resume();
    else engine?.pause();
  },
  async setPresence(p) {
    await engine?.setPresence(p);
  },
  stop() {
    engine?.stop();
    engine = null;
  },
};

Comlink.expose(api);
