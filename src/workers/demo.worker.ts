import * as Comlink from 'comlink';
import { generateDemo, type DemoOptions } from '../demo/generate.ts';
import { KithDB } from '../store/schema.ts';
import { writeWorkspace } from '../store/snapshot.ts';
import { dbName } from '../store/workspace.ts';

export interface DemoWorkerApi {
  seed(workspace: string, o: DemoOptions, onProgress: (fraction: number, phase: string) => void): Promise<{ ms: number }>;
}

const api: DemoWorkerApi = {
  async seed(workspace, o, onProgress) {
    const t0 = performance.now();
    const content = generateDemo(o, (f, phase) => onProgress(f * 0.35, phase));
    const db = new KithDB(dbName(workspace));
    try {
      await writeWorkspace(db, content, { kind: 'demo', createdAt: o.now, seed: o.seed }, (f, phase) => onProgress(0.35 + f * 0.65, phase));
    } finally {
      db.close();
    }
    return { ms: performance.now() - t0 };
  },
};

Comlink.expose(api);
