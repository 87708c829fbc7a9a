/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { serviceWorker } from './build/serviceWorker.ts';

/**
 * The sync relay is the only other host the app may talk to. A meta CSP is
 * fixed at build time, so its origin comes from KITH_RELAY_ORIGIN when building
 * (e.g. `KITH_RELAY_ORIGIN=wss://relay.example.com npm run build`); without it,
 * connect-src is 'self' alone.
 */
function relayCsp(): Plugin {
  const origin = (process.env.KITH_RELAY_ORIGIN ?? '').trim();
  if (origin && !/^(wss?|https?):\/\/[a-z0-9.-]+(:\d+)?$/i.test(origin))
    throw new Error(`KITH_RELAY_ORIGIN must be an origin like wss://relay.example.com, got ${origin}`);
  return {
    name: 'kith-relay-csp',
    transformIndexHtml: (html) => html.replace('%KITH_RELAY_ORIGIN%', origin ? ` ${origin}` : ''),
  };
}

export default defineConfig({
  plugins: [svelte(), relayCsp(), serviceWorker()],
  build: {
    target: 'es2022',
    // DuckDB's wasm files are large by nature; they load lazily, so do not warn.
    chunkSizeWarningLimit: 4000,
  },
  worker: { format: 'es' },
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
  preview: { port: 5173, strictPort: true },
  server: { port: 5173 },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
