/**
 * Registers the service worker (production builds only: the dev server has no sw.js) and
 * tells the shell when a new version has installed. Registration waits until the first
 * screen is up and the browser is idle: installing precaches the whole build (about 1.4 MB
 * gzip), which must not compete with the first screen's scripts and the demo's seeding. The new version waits until the user
 * chooses to reload; then it takes over and every open tab reloads onto it together, so no
 * tab runs old code against the new worker's files.
 */
export const appUpdate = $state({ ready: false });

let waiting: ServiceWorker | null = null;

let registered = false;

/** Called once the workspace is open; registers after the first rows show, on the next idle moment. */
export function registerServiceWorkerWhenIdle(): void {
  if (registered || !import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  registered = true;
  // The first rows painted (or, on another first page, a while later), then an idle moment.
  const started = performance.now();
  const whenShown = () => {
    if (performance.getEntriesByName('kith:first-rows').length === 0 && performance.now() - started < 15_000) setTimeout(whenShown, 250);
    else if ('requestIdleCallback' in window) requestIdleCallback(register, { timeout: 5000 });
    else setTimeout(register, 1000);
  };
  whenShown();
}

function register(): void {
  // The first change of controller is the first install claiming this page; any later one
  // means the user (here or in another tab) accepted an update, so this page's code is old.
  let controlled = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (controlled) location.reload();
    controlled = true;
  });
  void navigator.serviceWorker.register('/sw.js').then((registration) => {
    const offer = (worker: ServiceWorker | null) => {
      // With no controller this is the first install, which takes over by itself.
      if (!worker || !navigator.serviceWorker.controller) return;
      waiting = worker;
      appUpdate.ready = true;
    };
    offer(registration.waiting);
    registration.addEventListener('updatefound', () => {
      const installing = registration.installing;
      installing?.addEventListener('statechange', () => {
        if (installing.state === 'installed') offer(installing);
      });
    });
  });
}

/** The user agreed: the waiting version takes over, and controllerchange reloads every tab. */
export function applyUpdate(): void {
  waiting?.postMessage({ type: 'kith-sw-activate' });
}
