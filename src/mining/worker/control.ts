/**
 * How a job is driven: progress out, cancellation in, and `pause` to hand the worker's
 * event loop a turn, since a cancel message can only be read between synchronous slices.
 */
export interface JobControl {
  signal: { readonly aborted: boolean };
  onProgress: (fraction: number) => void;
  pause: () => Promise<void>;
}

/** Progress of a sub-step mapped into [from, to] of the whole job. */
export function span(report: (f: number) => void, from: number, to: number): (f: number) => void {
  return (f) => report(from + (to - from) * Math.min(1, Math.max(0, f)));
}

/** At most one report per `minMs` (and always the final one): each is a message to the page. */
export function throttled(report: (f: number) => void, minMs = 80, now: () => number = () => performance.now()): (f: number) => void {
  let last = Number.NEGATIVE_INFINITY;
  let lastF = -1;
  return (f) => {
    const t = now();
    if (f >= 1 || (t - last >= minMs && f !== lastF)) {
      last = t;
      lastF = f;
      report(f);
    }
  };
}

/** A control for code that needs none (tests, synchronous callers). */
export const NO_CONTROL: JobControl = { signal: { aborted: false }, onProgress: () => {}, pause: () => Promise.resolve() };
