import * as Comlink from 'comlink';
import type { CampaignsWorkerApi } from '../../workers/campaigns.worker.ts';

let worker: Comlink.Remote<CampaignsWorkerApi> | null = null;

/** One campaigns worker for the page (effectiveness, outbox, contact plan, loyalty), started on first use. */
export function campaignsWorker(): Comlink.Remote<CampaignsWorkerApi> {
  worker ??= Comlink.wrap<CampaignsWorkerApi>(new Worker(new URL('../../workers/campaigns.worker.ts', import.meta.url), { type: 'module', name: 'kith-campaigns' }));
  return worker;
}
