/**
 * Cooperative cancellation and progress. Long-running miners poll `signal.aborted`
 * between units of work so a worker can stop them without being terminated; the shape is
 * a structural subset of AbortSignal so either can be passed.
 */
export interface Cancellable {
  onProgress?: (fraction: number) => void;
  signal?: { aborted: boolean };
}

export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

export function throwIfAborted(signal: { aborted: boolean } | undefined): void {
  if (signal?.aborted) throw new CancelledError();
}
