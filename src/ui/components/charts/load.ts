type Registry = typeof import('./registry.ts');

let registry: Promise<Registry> | null = null;

/** chart.js on first use only; every chart after the first shares the same module. */
export function loadChartJs(): Promise<Registry['Chart']> {
  registry ??= import('./registry.ts');
  return registry.then((m) => m.Chart);
}
