import { liveQuery } from 'dexie';

export interface Live<T> {
  readonly value: T;
  readonly loading: boolean;
  readonly error: unknown;
}

/**
 * The reactive holder behind live() and liveWorker(). The value is held raw,
 * not as a deep reactive proxy: results are only ever replaced whole, and
 * iterating 40,000 proxied rows would cost hundreds of milliseconds.
 */
export function liveBox<T>(initial: T) {
  let value = $state.raw(initial);
  let loading = $state(true);
  let error = $state<unknown>(null);
  return {
    start() {
      loading = true;
    },
    set(v: T) {
      value = v;
      loading = false;
      error = null;
    },
    fail(e: unknown) {
      error = e;
      loading = false;
    },
    view: {
      get value() {
        return value;
      },
      get loading() {
        return loading;
      },
      get error() {
        return error;
      },
    } as Live<T>,
  };
}

/**
 * A Dexie liveQuery as reactive state: re-runs when `deps` change and when any
 * tab or worker (the store worker's projection included) writes the tables it
 * read. Call during component initialisation.
 */
export function live<T, D>(deps: () => D, query: (d: D) => Promise<T>, initial: T): Live<T> {
  const box = liveBox(initial);
  $effect(() => {
    const d = deps();
    box.start();
    const sub = liveQuery(() => query(d)).subscribe({ next: box.set, error: box.fail });
    return () => sub.unsubscribe();
  });
  return box.view;
}
