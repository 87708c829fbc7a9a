import * as Comlink from 'comlink';
import { generateDemo, type DemoOptions } from '../demo/generate.ts';
import { KithDB } from '../store/schema.ts';
import { writeWorkspace } from '../store/snapshot.ts';
import { dbName } from '../store/names.ts';
import { DEFAULT_STAGES } from '../domain/entities/pipeline.ts';
import { ulid } from '../domain/ids.ts';
import { emptyContent } from '../store/emptyWorkspace.ts';

export interface DemoWorkerApi {
  seed(workspace: string, o: DemoOptions, onProgress: (fraction: number, phase: string) => void): Promise<{ ms: number; timings: Record<string, number> }>;
  /** A new CRM with one pipeline and one team member. */
  empty(workspace: string): Promise<void>;
}

const api: DemoWorkerApi = {
  async seed(workspace, o, onProgress) {
    const t0 = performance.now();
    const content = generateDemo(o, (f, phase) => onProgress(f * 0.25, phase));
    const generated = performance.now() - t0;
    const db = new KithDB(dbName(workspace));
    try {
      const timings = await writeWorkspace(db, content, { kind: 'demo', createdAt: o.now, seed: o.seed }, (f, phase) => onProgress(0.25 + f * 0.75, phase));
      return { ms: performance.now() - t0, timings: { generate: Math.round(generated), ...timings } };
    } finally {
      db.close();
    }
  },
  async empty(workspace) {
    const db = new KithDB(dbName(workspace));
    try {
      const now = new Date();
      await writeWorkspace(db, emptyContent(now, ulid, DEFAULT_STAGES), { kind: 'empty', createdAt: now.toISOString() });
    } finally {
      db.close();
    }
  },
};

Comlink.expose(api);
