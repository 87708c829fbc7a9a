/**
 * Spreads each value of a discrete column uniformly over its cell (halfway to the neighbouring
 * distinct values), seeded. A Gaussian mixture fitted to counts (orders: 1, 2, 3 ...) otherwise
 * puts a component of near-zero variance on one count, its likelihood grows without bound and
 * BIC/ICL keep falling to kMax. Spread over its cell, a count has the density it really has.
 * Columns with many distinct values (at least half the rows) are left as they are.
 */
import type { Dense } from './matrix.ts';
import { createRng } from './random.ts';

export function dequantize(X: Dense, seed = 42): Dense {
  const { data, n, d } = X;
  const out = Float64Array.from(data);
  const rng = createRng(seed);
  for (let j = 0; j < d; j++) {
    const values = new Float64Array(n);
    for (let i = 0; i < n; i++) values[i] = data[i * d + j];
    const distinct = [...new Set(values)].sort((a, b) => a - b);
    if (distinct.length < 2 || distinct.length * 2 >= n) continue;
    const at = new Map(distinct.map((v, i) => [v, i]));
    for (let i = 0; i < n; i++) {
      const v = data[i * d + j];
      const r = at.get(v)!;
      const below = r > 0 ? (v - distinct[r - 1]) / 2 : (distinct[r + 1] - v) / 2;
      const above = r < distinct.length - 1 ? (distinct[r + 1] - v) / 2 : below;
      out[i * d + j] = v - below + rng.next() * (below + above);
    }
  }
  return { data: out, n, d };
}
