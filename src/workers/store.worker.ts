import * as Comlink from 'comlink';
import { asResult, type StoreWorkerApi } from '../store/remote.ts';
import { DOC_IDS, Workspace } from '../store/workspace.ts';
import { storageUsage } from '../store/usage.ts';
import { deleteAttachment, putAttachment } from '../store/attachments.ts';
import { announce, destroy, inspect, seed } from './lifecycle.ts';
import { RuleEngine } from './rules/engine.ts';
import { summariseLog, type ImportJob, type ImportLog } from '../store/importer.ts';
import { BackupError, readBackup, writeBackup } from '../io/backupFile.ts';
import { restoreBackup, tableCounts, takeBackup } from '../store/backup.ts';
import { listLocalSnapshots, localSnapshotBytes, snapshotIfDue, takeLocalSnapshot } from '../store/localSnapshots.ts';

/** Owns this tab's Y.Docs: loading, commands, persistence, projection and the tab channel. */
let ws: Workspace | null = null;
let recovered: Promise<ImportLog[]> = Promise.resolve([]);
let rules: RuleEngine | null = null;
let scanTimer: ReturnType<typeof setInterval> | undefined;
let snapTimer: ReturnType<typeof setTimeout> | undefined;
const HOUR = 3_600_000;
/** The first daily snapshot waits this long after opening, so it never weighs on the first screen or a short visit. */
const SNAPSHOT_DELAY = 120_000;

/** A snapshot that fails (a full disk) must not disturb anything else: it is only said in the console. */
async function autoSnapshot(): Promise<void> {
  const w = ws;
  if (!w) return;
  try {
    // Not in the middle of an import: reading the whole workspace stalled a 100,000-row import for half a minute.
    await w.importer.settled();
    await w.docs.flushed();
    await snapshotIfDue(w.db, w.name);
  } catch (e) {
    console.warn('Kith: local snapshot skipped', e);
  }
}
function open(): Workspace {
  if (!ws) throw new Error('store worker: workspace not open');
  return ws;
}

const subscriptions = new Map<number, () => void>();
let nextSubscription = 1;

const api: StoreWorkerApi = {
  async open(name) {
    rules?.stop();
    clearInterval(scanTimer);
    ws?.close();
    ws = new Workspace(name);
    ws.docs.onError = (e) => console.error('Kith: write failed', e);
    await ws.identity();
    recovered = ws.importer.recover();
    // Rules listen from the start; time-based ones are checked once the docs are warm, then hourly.
    const engine = (rules = new RuleEngine(ws));
    engine.start();
    clearTimeout(snapTimer);
    snapTimer = setTimeout(() => void autoSnapshot(), SNAPSHOT_DELAY);
    scanTimer = setInterval(() => {
      void engine.scan();
      void autoSnapshot();
    }, HOUR);
  },
  create: (c, input) => asResult(() => open().commands.create(c, input)),
  update: (c, id, patch) => asResult(() => open().commands.update(c, id, patch)),
  remove: (c, id) => asResult(() => open().commands.remove(c, id)),
  run: (name, args) => asResult(() => open().run(name, args)),
  get: (c, id) => open().commands.get(c, id),
  history: (c, id) => open().history(c, id),
  trash: (cs) => open().trash(cs),
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
  warmUp: async () => {
    await open().warmUp();
    await rules?.scan();
  },
  scanRules: async () => {
    await rules?.scan();
  },
  identity: () => open().identity(),
  setIdentity: (memberId) => open().setIdentity(memberId),
  joinAs: (member) => open().joinAs(member),
  applyRemote: (docId, update, origin) => open().docs.applyRemote(docId, update, origin),
  stateVector: (docId) => open().docs.stateVector(docId),
  encodeStateAsUpdate: (docId, sv) => open().docs.encodeStateAsUpdate(docId, sv),
  docIds: async () => [...DOC_IDS],
  setReadOnly: async (reason) => {
    open().runner.readOnly = reason;
  },
  async subscribe(cb) {
    const id = nextSubscription++;
    subscriptions.set(id, open().docs.onCommitted((docId, update, origin) => void cb(docId, update, origin)));
    return id;
  },
  async unsubscribe(id) {
    subscriptions.get(id)?.();
    subscriptions.delete(id);
  },
  importRun: (id, job, onProgress) =>
    asResult(async () => summariseLog(await open().importer.run(id, job instanceof Uint8Array ? (JSON.parse(new TextDecoder().decode(job)) as ImportJob) : job, onProgress))),
  importCancel: async (id) => open().importer.cancel(id),
  importLogs: async () => (await open().importer.logs()).map(summariseLog),
  importIndexed: (id, onProgress) => open().importer.indexed(id, onProgress),
  importRevert: async (id, onProgress) => summariseLog(await open().importer.revert(id, onProgress)),
  importRecovered: async () => (await recovered).map(summariseLog),
  localSnapshots: () => listLocalSnapshots(open().db),
  async takeSnapshot() {
    const w = open();
    await w.docs.flushed();
    return takeLocalSnapshot(w.db, w.name);
  },
  async localSnapshotBytes(id) {
    const bytes = await localSnapshotBytes(open().db, id);
    return bytes ? Comlink.transfer(bytes, [bytes.buffer]) : null;
  },
  async backup(passphrase) {
    const w = open();
    await w.docs.flushed();
    const bytes = await writeBackup(await takeBackup(w.db), w.name, passphrase || undefined);
    return Comlink.transfer(bytes, [bytes.buffer]);
  },
  async restorePreview(file, passphrase) {
    try {
      const { header, content } = await readBackup(file, passphrase || undefined);
      return { ok: true, createdAt: header.createdAt, backup: content.counts, current: await tableCounts(open().db) };
    } catch (e) {
      return asRestoreError(e);
    }
  },
  async restore(file, passphrase) {
    try {
      const { header, content } = await readBackup(file, passphrase || undefined);
      const w = open();
      await w.docs.flushed();
      const name = w.name;
      const current = await tableCounts(w.db);
      const after = await restoreBackup(w.db, content);
      w.close();
      ws = new Workspace(name);
      await ws.identity();
      rules?.stop();
      rules = new RuleEngine(ws);
      rules.start();
      return { ok: true, createdAt: header.createdAt, backup: after, current };
    } catch (e) {
      return asRestoreError(e);
    }
  },
  async close() {
    for (const off of subscriptions.values()) off();
    subscriptions.clear();
    rules?.stop();
    clearInterval(scanTimer);
    clearTimeout(snapTimer);
    ws?.close();
    ws = null;
  },
  storageUsage: () => storageUsage(open().db),
  attach: (collection, recordId, file, name) => asResult(() => putAttachment(open().db, collection, recordId, file, name, open().author)),
  detach: (id) => deleteAttachment(open().db, id),
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
    rules?.stop();
    clearInterval(scanTimer);
    clearTimeout(snapTimer);
    ws?.close();
    ws = null;
    await destroy(name);
    const timings = await seed(name, kind, onProgress);
    announce(name, { type: 'reset', from: tab });
    return { state: 'seeded', timings };
  },
};

function asRestoreError(e: unknown): { ok: false; code: string; message: string } {
  if (e instanceof BackupError) return { ok: false, code: e.code, message: e.message };
  return { ok: false, code: 'failed', message: e instanceof Error ? e.message : String(e) };
}

Comlink.expose(api);
