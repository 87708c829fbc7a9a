import * as Comlink from 'comlink';
import { asResult, type StoreWorkerApi } from '../store/remote.ts';
import { DOC_IDS, Workspace } from '../store/workspace.ts';

/** Owns this tab's Y.Docs: loading, commands, persistence, projection and the tab channel. */
let ws: Workspace | null = null;
function open(): Workspace {
  if (!ws) throw new Error('store worker: workspace not open');
  return ws;
}

const subscriptions = new Map<number, () => void>();
let nextSubscription = 1;

const api: StoreWorkerApi = {
  async open(name) {
    ws?.close();
    ws = new Workspace(name);
    ws.docs.onError = (e) => console.error('Kith: write failed', e);
    await ws.identity();
  },
  create: (c, input) => asResult(() => open().commands.create(c, input)),
  update: (c, id, patch) => asResult(() => open().commands.update(c, id, patch)),
  remove: (c, id) => asResult(() => open().commands.remove(c, id)),
  run: (name, args) => asResult(() => open().run(name, args)),
  get: (c, id) => open().commands.get(c, id),
  history: (c, id) => open().history(c, id),
  // Undo and redo resolve once their change is on disk, like every command.
  undo: async () => {
    const done = open().undo.undo();
    await open().docs.flushed();
    return done;
  },
  redo: async () => {
    const done = open().undo.redo();
    await open().docs.flushed();
    return done;
  },
  flushed: () => open().docs.flushed(),
  issues: async () => [...open().issues],
  warmUp: () => open().warmUp(),
  identity: () => open().identity(),
  setIdentity: (memberId) => open().setIdentity(memberId),
  joinAs: (member) => open().joinAs(member),
  applyRemote: (docId, update, origin) => open().docs.applyRemote(docId, update, origin),
  stateVector: (docId) => open().docs.stateVector(docId),
  encodeStateAsUpdate: (docId, sv) => open().docs.encodeStateAsUpdate(docId, sv),
  docIds: async () => [...DOC_IDS],
  async subscribe(cb) {
    const id = nextSubscription++;
    subscriptions.set(id, open().docs.onCommitted((docId, update, origin) => void cb(docId, update, origin)));
    return id;
  },
  async unsubscribe(id) {
    subscriptions.get(id)?.();
    subscriptions.delete(id);
  },
  async close() {
    for (const off of subscriptions.values()) off();
    subscriptions.clear();
    ws?.close();
    ws = null;
  },
};

Comlink.expose(api);
