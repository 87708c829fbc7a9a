/**
 * Debian's Chromium, as the e2e tests and the benchmarks launch it. Playwright
 * never downloads a browser here; CHROMIUM_PATH points at another binary.
 * Without the background-networking flags Chromium floods a closed network
 * with refused connections.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
