/**
 * k-means: greedy k-means++ seeding (as scikit-learn: 2 + ln k candidate centres per step,
 * keep the one that lowers the potential most), Lloyd iterations on flat Float64Arrays, several
 * seeded restarts keeping the lowest inertia.
 */
import { type Cancellable, throwIfAborted } from './cancel.ts';
import { type Dense, fromDense, toDense } from './matrix.ts';
import { createRng, type Rng } from './random.ts';

export interface KMeansOptions extends Cancellable {
  k: number;
  seed?: number;
  /** Independent restarts; the best inertia wins. Default 4. */
  nInit?: number;
  maxIter?: number;
  /** Stop when total squared centroid shift <= tol x mean feature variance (scikit-learn's rule). Default 1e-4. */
  tol?: number;
}

export interface KMeansFlatResult {
  labels: Int32Array;
  centroids: Float64Array;
  inertia: number;
  iterations: number;
}

function sqDist(a: Float64Array, ai: number, b: Float64Array, bi: number, d: number): number {
  let s = 0;
  for (let j = 0; j < d; j++) {
    const t = a[ai + j] - b[bi + j];
    s += t * t;
  }
  return s;
}

function seedPlusPlus(X: Dense, k: number, rng: Rng): Float64Array {
  const { data, n, d } = X;
  const centers = new Float64Array(k * d);
  const first = rng.int(n);
  centers.set(data.subarray(first * d, first * d + d), 0);
  const closest = new Float64Array(n);
  let pot = 0;
  for (let i = 0; i < n; i++) {
    closest[i] = sqDist(data, i * d, centers, 0, d);
    pot += closest[i];
  }
  const trials = 2 + Math.floor(Math.log(k));
  const cand = new Float64Array(n);
  const best = new Float64Array(n);
  for (let c = 1; c < k; c++) {
    let bestPot = Number.POSITIVE_INFINITY;
    let bestIdx = 0;
    for (let t = 0; t < trials; t++) {
      // Sample proportional to squared distance; degenerate data (pot 0) falls back to uniform.
      let idx = n - 1;
      if (pot > 0) {
        let r = rng.next() * pot;
        for (let i = 0; i < n; i++) {
          r -= closest[i];
          if (r <= 0) {
            idx = i;
            break;
          }
        }
      } else idx = rng.int(n);
      let p = 0;
      for (let i = 0; i < n; i++) {
        const v = Math.min(closest[i], sqDist(data, i * d, data, idx * d, d));
        cand[i] = v;
        p += v;
      }
      if (p < bestPot) {
        bestPot = p;
        bestIdx = idx;
        best.set(cand);
      }
    }
    centers.set(data.subarray(bestIdx * d, bestIdx * d + d), c * d);
    closest.set(best);
    pot = bestPot;
  }
  return centers;
}

/** Assign each point to its nearest centre; returns inertia and writes labels/dists. */
function assign(X: Dense, centers: Float64Array, k: number, labels: Int32Array, dist: Float64Array): number {
  const { data, n, d } = X;
  let inertia = 0;
  for (let i = 0; i < n; i++) {
    const off = i * d;
    let bestC = 0;
    let bestD = Number.POSITIVE_INFINITY;
    for (let c = 0; c < k; c++) {
      const co = c * d;
      let s = 0;
      for (let j = 0; j < d; j++) {
        const t = data[off + j] - centers[co + j];
        s += t * t;
        if (s >= bestD) break;
      }
      if (s < bestD) {
        bestD = s;
        bestC = c;
      }
    }
    labels[i] = bestC;
    dist[i] = bestD;
    inertia += bestD;
  }
  return inertia;
}

function lloyd(X: Dense, init: Float64Array, k: number, maxIter: number, tolAbs: number, o: Cancellable): KMeansFlatResult {
  const { data, n, d } = X;
  // Seeds are fresh per restart, so Lloyd may reuse their buffer.
  let centers: Float64Array = init;
  let next: Float64Array = new Float64Array(k * d);
  const labels = new Int32Array(n);
  const dist = new Float64Array(n);
  const sizes = new Float64Array(k);
  let iterations = 0;
  for (; iterations < maxIter; iterations++) {
    throwIfAborted(o.signal);
    assign(X, centers, k, labels, dist);
    next.fill(0);
    sizes.fill(0);
    for (let i = 0; i < n; i++) {
      const c = labels[i];
      sizes[c]++;
      const co = c * d;
      const off = i * d;
      for (let j = 0; j < d; j++) next[co + j] += data[off + j];
    }
    for (let c = 0; c < k; c++) {
      if (sizes[c] > 0) {
        for (let j = 0; j < d; j++) next[c * d + j] /= sizes[c];
      } else {
        // Empty cluster: re-seed it at the point currently worst served.
        let far = 0;
        for (let i = 1; i < n; i++) if (dist[i] > dist[far]) far = i;
        next.set(data.subarray(far * d, far * d + d), c * d);
        dist[far] = 0;
      }
    }
    let shift = 0;
    for (let t = 0; t < k * d; t++) shift += (next[t] - centers[t]) ** 2;
    const tmp = centers;
    centers = next;
    next = tmp;
    if (shift <= tolAbs) {
      iterations++;
      break;
    }
  }
  // Final assignment so labels, centroids and inertia agree.
  const inertia = assign(X, centers, k, labels, dist);
  return { labels, centroids: centers, inertia, iterations };
}

export function kMeansDense(X: Dense, o: KMeansOptions): KMeansFlatResult {
  const { n, d, data } = X;
  const k = Math.floor(o.k);
  if (k < 1) throw new Error('k must be >= 1');
  if (n < k) throw new Error(`need at least k=${k} points, got ${n}`);
  const nInit = Math.max(1, o.nInit ?? 4);
  const maxIter = o.maxIter ?? 300;
  let meanVar = 0;
  for (let j = 0; j < d; j++) {
    let m = 0;
    for (let i = 0; i < n; i++) m += data[i * d + j];
    m /= n;
    let v = 0;
    for (let i = 0; i < n; i++) v += (data[i * d + j] - m) ** 2;
    meanVar += v / n;
  }
  meanVar /= Math.max(d, 1);
  const tolAbs = (o.tol ?? 1e-4) * meanVar;
  const rng = createRng(o.seed ?? 42);
  let best: KMeansFlatResult | null = null;
  for (let r = 0; r < nInit; r++) {
    throwIfAborted(o.signal);
    const res = lloyd(X, seedPlusPlus(X, k, rng), k, maxIter, tolAbs, o);
    if (!best || res.inertia < best.inertia) best = res;
    o.onProgress?.((r + 1) / nInit);
  }
  if (!best) throw new Error('unreachable');
  return best;
}

export function kMeansFlat(data: Float64Array, n: number, d: number, o: KMeansOptions): KMeansFlatResult {
  return kMeansDense({ data, n, d }, o);
}

export function kMeans(
  points: number[][],
  o: KMeansOptions,
): { labels: number[]; centroids: number[][]; inertia: number; iterations: number } {
  const X = toDense(points);
  const r = kMeansDense(X, o);
  return {
    labels: Array.from(r.labels),
    centroids: fromDense(r.centroids, o.k, X.d),
    inertia: r.inertia,
    iterations: r.iterations,
  };
}

/** Nearest-centroid labels for new points (e.g. to score customers added after segmentation). */
export function predictKMeans(centroids: number[][], points: number[][]): number[] {
  const X = toDense(points);
  const C = toDense(centroids);
  const labels = new Int32Array(X.n);
  assign(X, C.data, C.n, labels, new Float64Array(X.n));
  return Array.from(labels);
}
