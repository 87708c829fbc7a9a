import Dexie from 'dexie';
import type { Live } from './live.svelte.ts';

/**
 * Like `live()`, for results a worker computes from IndexedDB: the page cannot
 * see which tables the worker read, so it re-asks (debounced) whenever any tab
 * or worker commits a change to the named tables of this workspace's database.
 * Call during component initialisation.
 */
export function liveWorker<T>(dbName: string, tables: string[], run: () => Promise<T>, initial: T): Live<T> {
  let value = $state.raw(initial);
  let loading = $state(true);
  let error = $state<unknown>(null);
  $effect(() => {
    let alive = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let seq = 0;
    const refresh = () => {
      const mine = ++seq;
      loading = true;
      run().then(
        (v) => {
          if (!alive || mine !== seq) return;
          value = v;
          loading = false;
          error = null;
        },
        (e) => {
          if (!alive || mine !== seq) return;
          error = e;
          loading = false;
        },
      );
    };
    const prefixes = tables.map((t) => `idb://${dbName}/${t}/`);
    const onChange = (parts: Record<string, unknown>) => {
      if (!Object.keys(parts).some((k) => prefixes.some((p) => k.startsWith(p)))) return;
      clearTimeout(timer);
      timer = setTimeout(refresh, 400);
    };
    Dexie.on('storagemutated', onChange);
    refresh();
    return () => {
      alive = false;
      clearTimeout(timer);
      Dexie.on('storagemutated').unsubscribe(onChange);
    };
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
