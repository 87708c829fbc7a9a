import * as Comlink from 'comlink';
import type { AnalyticsWorkerApi } from '../../workers/analytics.worker.ts';

let worker: Comlink.Remote<AnalyticsWorkerApi> | null = null;

/** One analytics worker for the page, started when a page first needs figures. */
export function analyticsWorker(): Comlink.Remote<AnalyticsWorkerApi> {
  worker ??= Comlink.wrap<AnalyticsWorkerApi>(new Worker(new URL('../../workers/analytics.worker.ts', import.meta.url), { type: 'module', name: 'kith-analytics' }));
  return worker;
}
