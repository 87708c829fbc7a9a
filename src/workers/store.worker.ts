import * as Comlink from 'comlink';
import { asResult, type StoreWorkerApi } from '../store/remote.ts';
import { Workspace } from '../store/workspace.ts';

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
};

Comlink.expose(api);
