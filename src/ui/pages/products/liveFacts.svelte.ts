import { liveQuery } from 'dexie';
import type { Live } from '../../lib/live.svelte.ts';

/**
 * Like `live()`, but the value is held raw, not as a deep reactive proxy:
 * iterating 40,000 proxied orders costs hundreds of milliseconds, and these
 * arrays are only ever replaced whole, never edited in place.
 * Call during component initialisation.
 */
export function liveFacts<T, D>(deps: () => D, query: (d: D) => Promise<T>, initial: T): Live<T> {
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
