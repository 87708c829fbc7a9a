import { generateDemo, type DemoWorkspace } from '../../../src/demo/generate.ts';

export const NOW = '2026-03-15T10:30:00Z';
export const NOW_MS = Date.parse(NOW);

const cache = new Map<string, DemoWorkspace>();

/** One generation per (seed, scale) per test file: the generator is pure, so sharing is safe. */
export function demo(scale: number, seed = 1): DemoWorkspace {
  const key = `${seed}:${scale}`;
  let ws = cache.get(key);
  if (!ws) cache.set(key, (ws = generateDemo({ seed, now: NOW, scale })));
  return ws;
}

export const CYRILLIC = /[\u0400-\u04FF]/;
export const HAN = /[\u4E00-\u9FFF]/;
