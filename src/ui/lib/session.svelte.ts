import Dexie from 'dexie';
import * as Comlink from 'comlink';
import { DEFAULT_STAGES } from '../../domain/entities/pipeline.ts';
import { ulid } from '../../domain/ids.ts';
import { emptyContent } from '../../store/emptyWorkspace.ts';
import { writeWorkspace } from '../../store/snapshot.ts';
import { DEFAULT_WORKSPACE, Workspace, dbName } from '../../store/workspace.ts';
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

let ws: Workspace | null = null;

export function workspace(): Workspace {
  if (!ws) throw new Error('workspace not open');
  return ws;
}

/** The demo is generated in a worker (the main thread stays responsive) and written straight to IndexedDB there. */
async function seedDemo(name: string): Promise<void> {
  session.status = 'seeding';
  session.progress = 0;
  const worker = new Worker(new URL('../../workers/demo.worker.ts', import.meta.url), { type: 'module' });
  try {
    const api = Comlink.wrap<DemoWorkerApi>(worker);
    const today = new Date();
    today.setUTCHours(0, 0, 0, 0);
    await api.seed(
      name,
      { seed: 20261126, now: today.toISOString() },
      Comlink.proxy((fraction: number, phase: string) => {
        session.progress = fraction;
        session.phase = phase;
      }),
    );
  } finally {
    worker.terminate();
  }
}

async function startEmpty(name: string): Promise<void> {
  const w = new Workspace(name);
  await writeWorkspace(w.db, emptyContent(new Date(), ulid, DEFAULT_STAGES), { kind: 'empty', createdAt: new Date().toISOString() });
  w.close();
}

export async function openSession(name = DEFAULT_WORKSPACE): Promise<void> {
  try {
    session.status = 'opening';
    const probe = new Workspace(name);
    const info = await probe.info();
    probe.close();
    if (!info) {
      // Marks for `npm run bench`: generation and persistence of the demo, end to end.
      performance.mark('kith:seed-start');
      await seedDemo(name);
      performance.mark('kith:seed-end');
    }
    ws = new Workspace(name);
    ws.docs.onError = (e) => console.error('write failed', e);
    session.generation++;
    session.status = 'ready';
    // Y.Docs load after the first screen has painted from Dexie, never before.
    setTimeout(() => void ws?.warmUp(), 1500);
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
  if (kind === 'empty') await startEmpty(name);
  await openSession(name);
}
