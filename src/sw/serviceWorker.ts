/**
 * Kith's service worker: the app opens with the network gone.
 *
 * The build (build/serviceWorker.ts) prepends KITH_SW: this build's version, the files to
 * precache at install (HTML, JS, CSS, workers, icons: a few MB) and every file the build
 * emitted. DuckDB's wasm (tens of MB, needed only by SQL and some analytics) is cached on
 * first use instead, so installing does not download it.
 *
 * Versions never mix: each build precaches into its own cache and answers only from it, so
 * a page keeps getting the code it started with. A new worker waits (no skipWaiting at
 * install) until the page asks for it after the user agreed; then every tab reloads.
 */
declare const KITH_SW: { version: string; precache: string[]; assets: string[] };
declare const self: ServiceWorkerGlobalScope;

const PREFIX = 'kith-shell-';
const SHELL = PREFIX + KITH_SW.version;
/** Hashed file names never collide across builds, so lazily cached files share one cache. */
const RUNTIME = 'kith-runtime';
const assets = new Set(KITH_SW.assets);

self.addEventListener('install', (event) => {
  event.waitUntil(
    // cache: 'reload' so a stale HTTP cache cannot put an older file under this version.
    caches.open(SHELL).then((cache) => cache.addAll(KITH_SW.precache.map((url) => new Request(url, { cache: 'reload' })))),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name.startsWith(PREFIX) && name !== SHELL) await caches.delete(name);
      // Files of older builds this one no longer ships are dropped from the runtime cache.
      const runtime = await caches.open(RUNTIME);
      for (const request of await runtime.keys()) if (!assets.has(new URL(request.url).pathname)) await runtime.delete(request);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'kith-sw-activate') void self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // A single-page app: every navigation gets this build's index.html (routes live in the hash).
    event.respondWith(fromShell('/index.html').then((hit) => hit ?? fetch(request)));
    return;
  }
  if (KITH_SW.precache.includes(url.pathname)) {
    event.respondWith(fromShell(url.pathname).then((hit) => hit ?? fetch(request)));
    return;
  }
  if (assets.has(url.pathname)) event.respondWith(cacheOnFirstUse(event, url.pathname));
});

async function fromShell(path: string): Promise<Response | undefined> {
  const cache = await caches.open(SHELL);
  return cache.match(path);
}

async function cacheOnFirstUse(event: FetchEvent, path: string): Promise<Response> {
  const cache = await caches.open(RUNTIME);
  const hit = await cache.match(path);
  if (hit) return hit;
  const response = await fetch(event.request);
  // Only whole, successful answers are kept (a range or error response would poison the cache).
  // Storing is not awaited, so a large wasm file streams to the page meanwhile; a full disk
  // only means the file is fetched again next time.
  if (response.status === 200) event.waitUntil(cache.put(path, response.clone()).catch(() => undefined));
  return response;
}

// A module to TypeScript (so `self` above is the worker's); the build strips this line.
export {};
