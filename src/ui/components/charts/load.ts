type Registry = typeof import('./registry.ts');

let registry: Promise<Registry> | null = null;

/** chart.js on first use only; every chart after the first shares the same module. */
export function loadChartJs(): Promise<Registry['Chart']> {
  registry ??= import('./registry.ts');
  return registry.then((m) => m.Chart);
}

let queue: Promise<void> = Promise.resolve();

/**
 * Charts that appear together take turns, one per task: drawing a chart
 * costs 20-40 ms, and four in one task would block the page for over 100 ms.
 */
export function chartTurn(): Promise<void> {
  const turn = queue.then(() => new Promise<void>((r) => setTimeout(r, 0)));
  queue = turn;
  return turn;
}
