import { liveQuery } from 'dexie';

export interface Live<T> {
  readonly value: T;
  readonly loading: boolean;
  readonly error: unknown;
}

/**
 * A Dexie liveQuery as reactive state: re-runs when `deps` change and when any
 * tab or worker (the store worker's projection included) writes the tables it
 * read. The value is held raw, not as a deep reactive proxy: results are only
 * ever replaced whole, and iterating 40,000 proxied rows would cost hundreds
 * of milliseconds. Call during component initialisation.
 */
export function live<T, D>(deps: () => D, query: (d: D) => Promise<T>, initial: T): Live<T> {
  let value = $state.raw(initial);
  let loading = $state(true);
  let error = $state<unknown>(null);
  $effect(() => {
    const d = deps();
    loading = true;
    const sub = liveQuery(() => query(d)).subscribe({
      next: (v) => {
        value = v;
        loading = false;
        error = null;
      },
      error: (e) => {
        error = e;
        loading = false;
      },
    });
    return () => sub.unsubscribe();
  });
  return {
    get value() {
      return value;
    },
    get loading() {
      return loading;
    },
    get error() {
      return error;
    },
  };
}
