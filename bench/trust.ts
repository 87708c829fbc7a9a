import { launch, servePreview } from './browser.ts';
import type { BenchRow, BenchScenario } from './types.ts';

/**
 * Storage footprint of the demo workspace, read from the browser itself: the
 * origin's usage (navigator.storage.estimate) and the bytes of each object store,
 * plus the contacts' own share (rows + their Yjs document) scaled to 10,000.
 */
async function storageScenario(): Promise<BenchRow[]> {
  const server = await servePreview(4398);
  const browser = await launch();
  try {
    const context = await browser.newContext();
    // tsx keeps function names through an __name helper that the page does not have.
    await context.addInitScript('window.__name = (f) => f');
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => performance.getEntriesByName('kith:first-rows').length > 0, null, { timeout: 300_000 });
    // Let the store worker finish its background writes.
    await page.waitForTimeout(5000);
    const r = await page.evaluate(async () => {
      const size = (v: unknown): number => {
        if (v instanceof Uint8Array) return v.byteLength;
        if (v instanceof ArrayBuffer) return v.byteLength;
        if (v === null || typeof v !== 'object') return v === undefined ? 0 : JSON.stringify(v).length;
        let n = 2;
        for (const [k, x] of Object.entries(v)) n += k.length + 3 + size(x) + 1;
        return n;
      };
      const db = await new Promise<IDBDatabase>((res, rej) => {
        const q = indexedDB.open('kith-main');
        q.onsuccess = () => res(q.result);
        q.onerror = () => rej(q.error);
      });
      const stores: Record<string, number> = {};
      let contactsDoc = 0;
      let contacts = 0;
      for (const name of Array.from(db.objectStoreNames)) {
        stores[name] = await new Promise<number>((res) => {
          let n = 0;
          const c = db.transaction(name).objectStore(name).openCursor();
          c.onsuccess = () => {
            const cur = c.result;
            if (!cur) return res(n);
            const s = size(cur.value);
            n += s;
            const v = cur.value as { docId?: string };
            if ((name === 'ydocSnapshots' || name === 'ydocUpdates') && v.docId === 'contacts') contactsDoc += s;
            if (name === 'contacts') contacts++;
            cur.continue();
          };
        });
      }
      db.close();
      const est = await navigator.storage.estimate();
      return { stores, contactsDoc, contacts, usage: est.usage ?? 0 };
    });
    await context.close();
    const MB = 1024 * 1024;
    const history = (r.stores.ydocSnapshots ?? 0) + (r.stores.ydocUpdates ?? 0);
    const per10k = ((r.stores.contacts + r.contactsDoc) / r.contacts) * 10_000;
    return [
      {
        scenario: 'storage: demo workspace (navigator.storage.estimate)',
        metric: 'MB',
        value: +(r.usage / MB).toFixed(1),
        note: `object stores: ${Object.entries(r.stores)
          .sort((a, b) => b[1] - a[1])
          .slice(0, 6)
          .map(([k, v]) => `${k} ${(v / MB).toFixed(1)}`)
          .join(', ')} MB; history ${(history / MB).toFixed(1)} MB`,
      },
      {
        scenario: 'storage: per 10,000 contacts (rows + their Yjs doc)',
        metric: 'MB',
        value: +(per10k / MB).toFixed(1),
        note: `${r.contacts} contacts: rows ${(r.stores.contacts / MB).toFixed(1)} MB, Yjs ${(r.contactsDoc / MB).toFixed(1)} MB`,
      },
    ];
  } finally {
    await browser.close();
    server.stop();
  }
}

export const scenarios: BenchScenario[] = [{ name: 'trust: storage', run: storageScenario }];
