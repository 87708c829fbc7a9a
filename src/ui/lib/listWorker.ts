import * as Comlink from 'comlink';
import type { ListWorkerApi } from '../../workers/list.worker.ts';

let worker: Comlink.Remote<ListWorkerApi> | null = null;

/** One list worker for the page: it holds the big tables so list pages only receive what they paint. */
export function listWorker(): Comlink.Remote<ListWorkerApi> {
  worker ??= Comlink.wrap<ListWorkerApi>(new Worker(new URL('../../workers/list.worker.ts', import.meta.url), { type: 'module', name: 'kith-lists' }));
  return worker;
}
