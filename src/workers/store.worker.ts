import * as Comlink from 'comlink';
import { asResult, type StoreWorkerApi } from '../store/remote.ts';
import type { ImportJob, ImportLog } from '../store/importer.ts';
import { BackupError, readBackup, writeBackup } from '../io/backupFile.ts';
import { restoreBackup, tableCounts, takeBackup } from '../store/backup.ts';
import { Workspace } from '../store/workspace.ts';

/** Owns this tab's Y.Docs: loading, commands, persistence, projection and the tab channel. */
let ws: Workspace | null = null;
let recovered: Promise<ImportLog[]> = Promise.resolve([]);
function open(): Workspace {
  if (!ws) throw new Error('store worker: workspace not open');
  return ws;
}

const api: StoreWorkerApi = {
  async open(name) {
    ws?.close();
    ws = new Workspace(name);
    ws.docs.onError = (e) => console.error('Kith: write failed', e);
    recovered = ws.importer.recover();
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
  importRun: (id, job, onProgress) =>
    asResult(() => open().importer.run(id, job instanceof Uint8Array ? (JSON.parse(new TextDecoder().decode(job)) as ImportJob) : job, onProgress)),
  importCancel: async (id) => open().importer.cancel(id),
  importLogs: () => open().importer.logs(),
  importRevert: (id, onProgress) => open().importer.revert(id, onProgress),
  importRecovered: () => recovered,
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
      return { ok: true, createdAt: header.createdAt, backup: after, current };
    } catch (e) {
      return asRestoreError(e);
    }
  },
  async close() {
    ws?.close();
    ws = null;
  },
};

function asRestoreError(e: unknown): { ok: false; code: string; message: string } {
  if (e instanceof BackupError) return { ok: false, code: e.code, message: e.message };
  return { ok: false, code: 'failed', message: e instanceof Error ? e.message : String(e) };
}

Comlink.expose(api);
