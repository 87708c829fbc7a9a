/**
 * Pick a number of segments. Silhouette of k-means partitions is the primary criterion
 * (it is what users can read as "how separated are the segments"); the GMM BIC is reported
 * alongside and decides only when the silhouette is undefined (k = 1 only).
 */
import { type Cancellable, throwIfAborted } from './cancel.ts';
import { gaussianMixtureDense } from './gmm.ts';
import { kMeansDense } from './kmeans.ts';
import { toDense } from './matrix.ts';
import { silhouetteDense } from './silhouette.ts';

export interface ChooseKOptions extends Cancellable {
  kMin: number;
  kMax: number;
  seed?: number;
  /** Which score decides; default 'silhouette'. */
  criterion?: 'silhouette' | 'bic';
  sampleSize?: number;
}

export interface ChooseKResult {
  k: number;
  scores: { k: number; silhouette: number; bic: number }[];
  kBySilhouette: number;
  kByBic: number;
}

export function chooseK(points: number[][], o: ChooseKOptions): ChooseKResult {
  const X = toDense(points);
  const kMin = Math.max(1, Math.floor(o.kMin));
  const kMax = Math.min(Math.floor(o.kMax), X.n);
  if (kMax < kMin) throw new Error('kMax must be >= kMin and <= number of points');
  const seed = o.seed ?? 42;
  const scores: ChooseKResult['scores'] = [];
  for (let k = kMin; k <= kMax; k++) {
    throwIfAborted(o.signal);
    const km = kMeansDense(X, { k, seed, signal: o.signal });
    const sil = k >= 2 ? silhouetteDense(X, km.labels, { sampleSize: o.sampleSize, seed }) : Number.NaN;
    let bic = Number.NaN;
    try {
      bic = gaussianMixtureDense(X, { k, seed, signal: o.signal }).bic;
    } catch (e) {
      if (e instanceof Error && e.message === 'cancelled') throw e;
      // Degenerate covariance at this k: leave BIC undefined rather than fail the whole sweep.
    }
    scores.push({ k, silhouette: sil, bic });
    o.onProgress?.((k - kMin + 1) / (kMax - kMin + 1));
  }
  let kBySilhouette = Number.NaN;
  let kByBic = Number.NaN;
  let bestSil = Number.NEGATIVE_INFINITY;
  let bestBic = Number.POSITIVE_INFINITY;
  for (const s of scores) {
    if (s.silhouette > bestSil) {
      bestSil = s.silhouette;
      kBySilhouette = s.k;
    }
    if (s.bic < bestBic) {
      bestBic = s.bic;
      kByBic = s.k;
    }
  }
  const useBic = o.criterion === 'bic' || Number.isNaN(kBySilhouette);
  const k = useBic && !Number.isNaN(kByBic) ? kByBic : Number.isNaN(kBySilhouette) ? kMin : kBySilhouette;
  return { k, scores, kBySilhouette, kByBic };
}
