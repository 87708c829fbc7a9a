import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { test, expect } from '../fixtures.ts';

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.wasm': 'application/wasm', '.webmanifest': 'application/manifest+json' };

/** A copy of the build on a server of its own, so this test can "deploy" a new version without touching dist/. */
function serveCopy(): Promise<{ dir: string; url: string; server: Server }> {
  const dir = mkdtempSync(join(tmpdir(), 'kith-update-'));
  cpSync('dist', dir, { recursive: true });
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path === '/' ? 'index.html' : path);
    try {
      const body = readFileSync(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ dir, server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` })));
}

test('a new version waits for consent, then every tab moves to it together', async ({ browser }) => {
  const { dir, url, server } = await serveCopy();
  const context = await browser.newContext();
  try {
    await context.addInitScript(() => {
      localStorage.setItem('kith.locale', 'en');
      localStorage.setItem('kith.hadData.main', '1');
    });
    const page = await context.newPage();
    await page.goto(url);
    await page.getByRole('button', { name: 'Start an empty workspace' }).click();
    await expect(page.getByText('Nothing here yet')).toBeVisible({ timeout: 60_000 });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
    const cachesNow = () => page.evaluate(() => caches.keys());
    const [shell] = (await cachesNow()).filter((c) => c.startsWith('kith-shell-'));
    expect(shell).toBeTruthy();
    const second = await context.newPage();
    await second.goto(url);
    await expect(second.getByText('Nothing here yet')).toBeVisible({ timeout: 60_000 });

    // Deploy the next build: the same files under a new version.
    const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
    const next = sw.replace(/"version":"[0-9a-f]+"/, '"version":"e2e-next"');
    expect(next).not.toBe(sw);
    writeFileSync(join(dir, 'sw.js'), next);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));

    // Both tabs offer the update; neither has switched on its own.
    await expect(page.getByTestId('update-ready')).toContainText('A new version of Kith is ready', { timeout: 60_000 });
    await expect(second.getByTestId('update-ready')).toBeVisible({ timeout: 60_000 });
    expect(await cachesNow()).toContain(shell);
    await page.screenshot({ path: '/tmp/trust-shots/update-ready.png' });

    // Consent in one tab: both reload onto the new version, and the old version's cache is dropped.
    const reloaded = second.waitForEvent('load');
    await page.getByRole('button', { name: 'Reload now' }).click();
    await reloaded;
    await expect(page.getByText('Nothing here yet')).toBeVisible({ timeout: 60_000 });
    await expect.poll(cachesNow).toContain('kith-shell-e2e-next');
    expect(await cachesNow()).not.toContain(shell);
    await expect(page.getByTestId('update-ready')).toBeHidden();
  } finally {
    await context.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
