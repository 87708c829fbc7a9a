import type { JobError, JobRequest, ResultOf } from '../../../../mining/worker/types.ts';
import { loadChartJs } from '../../../components/charts/load.ts';
import type { MiningClient } from './client.ts';

export type JobStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'error';

/** One tab's run: its status, progress, outcome. Results are raw state: big arrays are not proxied. */
export class Job<R extends JobRequest> {
  status = $state<JobStatus>('idle');
  progress = $state(0);
  ms = $state(0);
  error = $state.raw<JobError | null>(null);
  result = $state.raw<ResultOf<R> | null>(null);
  /** How the last cancel ended: at a pause, or by terminating the worker. */
  cancelMode = $state<'soft' | 'hard' | ''>('');
  #id = 0;
  /** A cancel that came while the request was still being prepared (e.g. a file being read). */
  #cancelEarly = false;
  #client: MiningClient;

  constructor(client: MiningClient) {
    this.#client = client;
  }

  get running(): boolean {
    return this.status === 'running';
  }

  async run(request: R | Promise<R>): Promise<void> {
    if (this.running) return;
    this.status = 'running';
    this.progress = 0;
    this.error = null;
    this.cancelMode = '';
    this.#id = 0;
    this.#cancelEarly = false;
    let req: R;
    try {
      req = await request;
    } catch (e) {
      this.status = 'error';
      this.error = { message: e instanceof Error ? e.message : String(e) };
      return;
    }
    if (this.#cancelEarly) {
      this.status = 'cancelled';
      this.cancelMode = 'soft';
      return;
    }
    const { id, done } = this.#client.start(req, (f) => (this.progress = f));
    // chart.js is compiled while the worker mines, not in the same task as the first chart.
    void loadChartJs();
    this.#id = id;
    const out = await done;
    if (this.#id !== id) return;
    // For the responsiveness test and `npm run bench`: when a result reached the page.
    performance.mark('kith:mining:outcome');
    if (out.status === 'done') {
      this.result = out.result as ResultOf<R>;
      this.ms = out.ms;
      this.progress = 1;
    } else if (out.status === 'error') this.error = out.error;
    this.status = out.status;
  }

  async cancel(): Promise<void> {
    if (!this.running) return;
    if (this.#id === 0) {
      this.#cancelEarly = true;
      return;
    }
    this.cancelMode = await this.#client.cancel(this.#id);
  }
}
