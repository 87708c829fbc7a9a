import * as Comlink from 'comlink';
import type { JobOutcome, JobRequest, MiningWorkerApi } from '../../../../mining/worker/types.ts';

/** How long a cancelled job may take to reach its next pause before the worker is killed. */
export const HARD_CANCEL_MS = 300;

/**
 * The page's handle on the mining worker. A cancel first asks the job to stop (it does at
 * its next pause, keeping the worker and its cached data); a job stuck in one long
 * synchronous step is stopped by terminating the worker, and the next run starts a new one.
 */
export class MiningClient {
  #worker: Worker | null = null;
  #api: Comlink.Remote<MiningWorkerApi> | null = null;
  #pending = new Map<number, (o: JobOutcome) => void>();
  #nextId = 1;

  #ensure(): Comlink.Remote<MiningWorkerApi> {
    if (!this.#api) {
      this.#worker = new Worker(new URL('../../../../workers/mining.worker.ts', import.meta.url), { type: 'module', name: 'kith-mining' });
      this.#api = Comlink.wrap<MiningWorkerApi>(this.#worker);
    }
    return this.#api;
  }

  start(request: JobRequest, onProgress: (f: number) => void): { id: number; done: Promise<JobOutcome> } {
    const api = this.#ensure();
    const id = this.#nextId++;
    const done = new Promise<JobOutcome>((resolve) => {
      this.#pending.set(id, resolve);
      const transfer = request.source.kind === 'file' ? [request.source.bytes.buffer] : [];
      api.run(id, Comlink.transfer(request, transfer), Comlink.proxy(onProgress)).then(resolve, (e: unknown) =>
        resolve({ status: 'error', error: { message: e instanceof Error ? e.message : String(e) } }),
      );
    }).finally(() => this.#pending.delete(id));
    return { id, done };
  }

  /** Resolves 'soft' if the job stopped by itself, 'hard' if the worker had to be terminated. */
  async cancel(id: number): Promise<'soft' | 'hard'> {
    const resolve = this.#pending.get(id);
    if (!resolve || !this.#api) return 'soft';
    void this.#api.cancel(id);
    const stopped = await new Promise<boolean>((r) => {
      const timer = setTimeout(() => r(false), HARD_CANCEL_MS);
      const poll = (): void => {
        if (!this.#pending.has(id)) {
          clearTimeout(timer);
          r(true);
        } else setTimeout(poll, 20);
      };
      poll();
    });
    if (stopped) return 'soft';
    this.#terminate();
    return 'hard';
  }

  #terminate(): void {
    this.#worker?.terminate();
    this.#worker = null;
    this.#api = null;
    // Every job on the killed worker ends; the other tabs see theirs as cancelled too.
    for (const resolve of this.#pending.values()) resolve({ status: 'cancelled' });
    this.#pending.clear();
  }

  dispose(): void {
    this.#terminate();
  }
}
