import { liveQuery } from 'dexie';

export interface Live<T> {
  readonly value: T;
  readonly loading: boolean;
  readonly error: unknown;
}

/**
 * A Dexie liveQuery as reactive state: re-runs when `deps` change and when any
 * tab (or the projection of a synced update) writes the tables it read.
 * Call during component initialisation.
 */
export function live<T, D>(deps: () => D, query: (d: D) => Promise<T>, initial: T): Live<T> {
  const s = $state({ value: initial, loading: true, error: null as unknown });
  $effect(() => {
    const d = deps();
    s.loading = true;
    const sub = liveQuery(() => query(d)).subscribe({
      next: (v) => {
        s.value = v;
        s.loading = false;
        s.error = null;
      },
      error: (e) => {
        s.error = e;
        s.loading = false;
      },
    });
    return () => sub.unsubscribe();
  });
  return s;
}
