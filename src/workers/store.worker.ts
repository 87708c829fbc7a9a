import * as Comlink from 'comlink';
import { asResult, type StoreWorkerApi } from '../store/remote.ts';
import { Workspace } from '../store/workspace.ts';
import { storageUsage } from '../store/usage.ts';
import { announce, destroy, inspect, seed } from './lifecycle.ts';

/** Owns this tab's Y.Docs: loading, commands, persistence, projection and the tab channel. */
let ws: Workspace | null = null;
function open(): Workspace {
  if (!ws) throw new Error('store worker: workspace not open');
  return ws;
}

const api: StoreWorkerApi = {
  async open(name) {
    ws?.close();
    ws = new Workspace(name);
    ws.docs.onError = (e) => console.error('Kith: write failed', e);
  },
  create: (c, input) => asResult(() => open().commands.create(c, input)),
  update: (c, id, patch) => asResult(() => open().commands.update(c, id, patch)),
  remove: (c, id) => asResult(() => open().commands.remove(c, id)),
  get: (c, id) => open().commands.get(c, id),
  undo: async () => open().undo.undo(),
  redo: async () => open().undo.redo(),
  flushed: () => open().docs.flushed(),
  issues: async () => [...open().issues],
  warmUp: () => open().warmUp(),
  async close() {
    ws?.close();
    ws = null;
  },
  storageUsage: () => storageUsage(open().db),
  async prepare(name, o, onProgress) {
    const state = await inspect(name);
    if (state === 'ready') return { state: 'ready' };
    if (state === 'missing' && !o.seedIfMissing) return { state: 'missing' };
    if (state === 'partial') await destroy(name);
    try {
      return { state: 'seeded', timings: await seed(name, 'demo', onProgress) };
    } catch (e) {
      // A seeding that failed (a full disk) leaves nothing half-written behind.
      await destroy(name);
      throw e;
    }
  },
  async reset(name, kind, onProgress, tab) {
    announce(name, { type: 'resetting', from: tab });
    ws?.close();
    ws = null;
    await destroy(name);
    const timings = await seed(name, kind, onProgress);
    announce(name, { type: 'reset', from: tab });
    return { state: 'seeded', timings };
  },
};

Comlink.expose(api);
