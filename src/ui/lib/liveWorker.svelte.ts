import Dexie from 'dexie';
import { liveBox, type Live } from './live.svelte.ts';

/**
 * Like `live()`, for results a worker computes from IndexedDB: the page cannot
 * see which tables the worker read, so it re-asks (debounced) whenever any tab
 * or worker commits a change to the named tables of this workspace's database.
 * Call during component initialisation.
 */
export function liveWorker<T>(dbName: string, tables: string[], run: () => Promise<T>, initial: T): Live<T> {
  const box = liveBox(initial);
  $effect(() => {
    let alive = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let seq = 0;
    const refresh = () => {
      const mine = ++seq;
      box.start();
      run().then(
        (v) => alive && mine === seq && box.set(v),
        (e) => alive && mine === seq && box.fail(e),
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
  return box.view;
}
