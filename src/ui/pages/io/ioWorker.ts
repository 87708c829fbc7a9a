import * as Comlink from 'comlink';
import type { IoWorkerApi } from '../../../workers/io.worker.ts';

let worker: Comlink.Remote<IoWorkerApi> | null = null;

/** The file-reading worker, started on first use and kept for the page's life (it holds the file being imported). */
export function ioWorker(): Comlink.Remote<IoWorkerApi> {
  worker ??= Comlink.wrap<IoWorkerApi>(new Worker(new URL('../../../workers/io.worker.ts', import.meta.url), { type: 'module', name: 'kith-io' }));
  return worker;
}
