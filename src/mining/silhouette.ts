/**
 * Mean silhouette coefficient (Euclidean). For large n it is computed on a seeded random
 * sample, as scikit-learn's `silhouette_score(sample_size=...)` does: exact is O(n^2).
 */
import { type Dense, toDense } from './matrix.ts';
import { createRng, sampleIndices } from './random.ts';

export interface SilhouetteOptions {
  /** Default 2000; n above this is sampled. */
  sampleSize?: number;
  seed?: number;
}

export function silhouetteDense(X: Dense, labels: ArrayLike<number>, o: SilhouetteOptions = {}): number {
  const { data, n, d } = X;
  const m = Math.min(n, o.sampleSize ?? 2000);
  const idx = m < n ? sampleIndices(n, m, createRng(o.seed ?? 42)) : Int32Array.from({ length: n }, (_, i) => i);
  let k = 0;
  for (let t = 0; t < m; t++) k = Math.max(k, labels[idx[t]] + 1);
  const sizes = new Float64Array(k);
  for (let t = 0; t < m; t++) sizes[labels[idx[t]]]++;
  let nonEmpty = 0;
  for (let c = 0; c < k; c++) if (sizes[c] > 0) nonEmpty++;
  if (nonEmpty < 2) return 0;
  const sums = new Float64Array(k);
  let total = 0;
  for (let a = 0; a < m; a++) {
    sums.fill(0);
    const ia = idx[a] * d;
    for (let b = 0; b < m; b++) {
      if (a === b) continue;
      const ib = idx[b] * d;
      let s = 0;
      for (let j = 0; j < d; j++) {
        const t = data[ia + j] - data[ib + j];
        s += t * t;
      }
      sums[labels[idx[b]]] += Math.sqrt(s);
    }
    const own = labels[idx[a]];
    // A point alone in its cluster scores 0 by convention.
    if (sizes[own] <= 1) continue;
    const ai = sums[own] / (sizes[own] - 1);
    let bi = Number.POSITIVE_INFINITY;
    for (let c = 0; c < k; c++) if (c !== own && sizes[c] > 0) bi = Math.min(bi, sums[c] / sizes[c]);
    const denom = Math.max(ai, bi);
    total += denom > 0 ? (bi - ai) / denom : 0;
  }
  return total / m;
}

export function silhouette(points: number[][], labels: readonly number[], o: SilhouetteOptions = {}): number {
  return silhouetteDense(toDense(points), labels, o);
}
