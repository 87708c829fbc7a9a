import type { Worker } from '@playwright/test';

/** Storage "fills up" inside the store worker: every IndexedDB add/put throws, as on a full disk. */
export async function setFull(store: Worker, full: boolean): Promise<void> {
  await store.evaluate((on) => {
    const g = globalThis as unknown as { __kithFull?: boolean; __kithPatched?: boolean };
    g.__kithFull = on;
    if (g.__kithPatched) return;
    g.__kithPatched = true;
    for (const m of ['add', 'put'] as const) {
      const real = IDBObjectStore.prototype[m];
      IDBObjectStore.prototype[m] = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
        if (g.__kithFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return real.apply(this, args);
      };
    }
  }, full);
}
