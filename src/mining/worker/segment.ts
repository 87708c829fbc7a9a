import { throwIfAborted } from '../cancel.ts';
import { bestK, scoreK, type KCriterion } from '../choosek.ts';
import { gaussianMixtureDense } from '../gmm.ts';
import { dequantize } from '../dequantize.ts';
import { kMeansFlat } from '../kmeans.ts';
import { fromDense, toDense } from '../matrix.ts';
import { createRng, sampleIndices } from '../random.ts';
import { silhouette } from '../silhouette.ts';
import { columnStats } from '../standardize.ts';
import { type JobControl, span } from './control.ts';
import { DataError } from './errors.ts';

/** Silhouette is estimated on this many sampled points, the same sample for every k and the final partition. */
const SIL_SAMPLE = 1500;

export interface SegmentOptions {
  method: 'kmeans' | 'gmm';
  /** A number of segments, or 'auto' to sweep kMin..kMax. */
  k: number | 'auto';
  kMin?: number;
  kMax?: number;
  standardize: boolean;
  /**
   * Cluster on log(1 + x) of columns that are never negative. Spend and order
   * counts are heavy-tailed: on raw values a few big buyers form one segment
   * and everyone else the other.
   */
  logScale?: boolean;
  /** k-means restarts; each is a separate slice, so a long run stays cancellable. */
  nInit?: number;
  seed?: number;
  /** Points kept for the scatter chart. */
  sampleSize?: number;
  /** What decides k in an automatic sweep; default the mixture's ICL. */
  criterion?: KCriterion;
}

export interface KScore {
  k: number;
  /** Silhouette of this k's partition by the chosen method (sampled, same sample for every k). */
  silhouette: number;
  bic: number;
  icl: number;
}

export interface SegmentOutput {
  k: number;
  labels: Int32Array;
  kScores: KScore[];
  /** The score that chose k (automatic sweeps only). */
  criterion?: KCriterion;
  /** Mean silhouette of the final partition (sampled). */
  silhouette: number;
  sizes: number[];
  /** Cluster means in the original units, k x d. */
  means: number[][];
  /** Sampled rows in original units (m x d, row-major) and their clusters, for the scatter chart. */
  sample: Float32Array;
  sampleLabels: Int32Array;
}

/** log(1 + x) of every column whose values are all non-negative; other columns are left as they are. */
export function logScaleFlat(data: Float64Array, n: number, d: number): Float64Array {
  const out = Float64Array.from(data);
  for (let j = 0; j < d; j++) {
    let nonNegative = true;
    for (let i = 0; i < n && nonNegative; i++) if (!(data[i * d + j] >= 0)) nonNegative = false;
    if (nonNegative) for (let i = 0; i < n; i++) out[i * d + j] = Math.log1p(data[i * d + j]);
  }
  return out;
}

export function standardizeFlat(data: Float64Array, n: number, d: number): Float64Array {
  const { means, scales } = columnStats(fromDense(data, n, d));
  const out = new Float64Array(n * d);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) out[i * d + j] = (data[i * d + j] - means[j]) / scales[j];
  return out;
}

/** Sizes and mean feature values per cluster, in the units the user knows. */
export function profileClusters(data: Float64Array, n: number, d: number, labels: Int32Array, k: number): { sizes: number[]; means: number[][] } {
  const sizes = new Array<number>(k).fill(0);
  const sums = Array.from({ length: k }, () => new Array<number>(d).fill(0));
  for (let i = 0; i < n; i++) {
    const c = labels[i];
    sizes[c]++;
    for (let j = 0; j < d; j++) sums[c][j] += data[i * d + j];
  }
  return { sizes, means: sums.map((s, c) => s.map((v) => (sizes[c] ? v / sizes[c] : Number.NaN))) };
}

/** A seeded sample of rows for plotting: thousands of points say as much as a hundred thousand. */
export function sampleRows(data: Float64Array, n: number, d: number, labels: Int32Array, m: number, seed = 7): { rows: Float32Array; labels: Int32Array } {
  const idx = m >= n ? Int32Array.from({ length: n }, (_, i) => i) : sampleIndices(n, m, createRng(seed)).sort();
  const rows = new Float32Array(idx.length * d);
  const out = new Int32Array(idx.length);
  idx.forEach((i, r) => {
    for (let j = 0; j < d; j++) rows[r * d + j] = data[i * d + j];
    out[r] = labels[i];
  });
  return { rows, labels: out };
}

async function bestKMeans(X: Float64Array, n: number, d: number, k: number, nInit: number, seed: number, ctl: JobControl, report: (f: number) => void): Promise<Int32Array> {
  let best: { labels: Int32Array; inertia: number } | null = null;
  for (let r = 0; r < nInit; r++) {
    const res = kMeansFlat(X, n, d, { k, seed: seed + r, nInit: 1, signal: ctl.signal });
    if (!best || res.inertia < best.inertia) best = res;
    report((r + 1) / nInit);
    await ctl.pause();
    throwIfAborted(ctl.signal);
  }
  return best!.labels;
}

export async function segment(data: Float64Array, n: number, d: number, o: SegmentOptions, ctl: JobControl): Promise<SegmentOutput> {
  if (d < 1) throw new DataError('file.noColumns');
  const seed = o.seed ?? 42;
  const kMin = Math.max(2, o.kMin ?? 2);
  const kMax = Math.min(o.kMax ?? 8, n - 1);
  const minN = o.k === 'auto' ? kMin + 1 : Math.max(2, o.k) + 1;
  if (n < Math.max(minN, 3)) throw new DataError('data.tooFew', { n, min: Math.max(minN, 3) });
  const scaled = o.logScale ? logScaleFlat(data, n, d) : data;
  const X = o.standardize ? standardizeFlat(scaled, n, d) : scaled;
  const points = fromDense(X, n, d);
  const dense = toDense(points);
  const kScores: KScore[] = [];
  let k = o.k === 'auto' ? kMin : Math.floor(o.k);
  const sweep = o.k === 'auto' ? 0.7 : 0;
  const criterion = o.criterion ?? 'icl';
  if (o.k === 'auto') {
    for (let kk = kMin; kk <= kMax; kk++) {
      kScores.push(scoreK(dense, kk, { seed, signal: ctl.signal, sampleSize: SIL_SAMPLE, partition: o.method }));
      ctl.onProgress((sweep * (kk - kMin + 1)) / (kMax - kMin + 1));
      await ctl.pause();
      throwIfAborted(ctl.signal);
    }
    const picked = bestK(kScores, criterion);
    k = Number.isNaN(picked) ? bestK(kScores, 'silhouette') || kMin : picked;
  }
  const rest = span(ctl.onProgress, sweep, 0.95);
  const labels =
    o.method === 'gmm'
      ? Int32Array.from(gaussianMixtureDense(dequantize(dense, seed), { k, seed, signal: ctl.signal, onProgress: rest }).labels)
      : await bestKMeans(X, n, d, k, Math.max(1, o.nInit ?? 4), seed, ctl, rest);
  const sil = silhouette(points, Array.from(labels), { sampleSize: SIL_SAMPLE, seed });
  // The table and the summary describe the same partition: the one returned (k-means keeps the best of several restarts).
  const row = kScores.find((r) => r.k === k);
  if (row) row.silhouette = sil;
  const { sizes, means } = profileClusters(data, n, d, labels, k);
  const s = sampleRows(data, n, d, labels, o.sampleSize ?? 3000);
  ctl.onProgress(1);
  return { k, labels, kScores, criterion: o.k === 'auto' ? criterion : undefined, silhouette: sil, sizes, means, sample: s.rows, sampleLabels: s.labels };
}
