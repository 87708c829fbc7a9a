import { describe, expect, it } from 'vitest';
import { chooseK, createRng, gaussianMixture, kMeans, silhouette, standardize } from '../../../src/mining/index.ts';
import { faithful } from './data.ts';

function blobs(seed: number, perCluster: number, centers: number[][], sd: number): number[][] {
  const rng = createRng(seed);
  return centers.flatMap((c) => Array.from({ length: perCluster }, () => c.map((v) => v + sd * rng.normal())));
}

/** Cluster labels agree with truth up to a permutation. */
function purity(labels: number[], truth: number[]): number {
  const pairs = new Map<string, number>();
  for (let i = 0; i < labels.length; i++) pairs.set(`${labels[i]}:${truth[i]}`, (pairs.get(`${labels[i]}:${truth[i]}`) ?? 0) + 1);
  const best = new Map<number, number>();
  for (const [k, v] of pairs) {
    const l = Number(k.split(':')[0]);
    best.set(l, Math.max(best.get(l) ?? 0, v));
  }
  return [...best.values()].reduce((a, b) => a + b, 0) / labels.length;
}

describe('kMeans', () => {
  it('finds the Old Faithful short/long eruption clusters', () => {
    const pts = faithful();
    const r = kMeans(pts, { k: 2, seed: 1 });
    const c = [...r.centroids].sort((a, b) => a[0] - b[0]);
    expect(c[0][0]).toBeCloseTo(2.09, 1);
    expect(c[0][1]).toBeCloseTo(54.75, 1);
    expect(c[1][0]).toBeCloseTo(4.3, 1);
    expect(c[1][1]).toBeCloseTo(80.28, 1);
    // Inertia is the sum of squared distances to the assigned centroid.
    const inertia = pts.reduce((s, p, i) => s + p.reduce((t, v, j) => t + (v - r.centroids[r.labels[i]][j]) ** 2, 0), 0);
    expect(r.inertia).toBeCloseTo(inertia, 6);
  });

  it('is deterministic for a seed and assigns each point to its nearest centroid', () => {
    const pts = blobs(5, 200, [[0, 0, 0], [5, 5, 0], [0, 6, 6], [7, 0, 7]], 1);
    const a = kMeans(pts, { k: 4, seed: 9 });
    const b = kMeans(pts, { k: 4, seed: 9 });
    expect(a).toEqual(b);
    for (let i = 0; i < pts.length; i++) {
      const d = a.centroids.map((c) => c.reduce((s, v, j) => s + (v - pts[i][j]) ** 2, 0));
      expect(d[a.labels[i]]).toBeCloseTo(Math.min(...d), 9);
    }
    const truth = pts.map((_, i) => Math.floor(i / 200));
    expect(purity(a.labels, truth)).toBeGreaterThan(0.97);
  });
});

describe('gaussianMixture', () => {
  it('recovers the Old Faithful mixture (matches scikit-learn full covariance)', () => {
    const r = gaussianMixture(faithful(), { k: 2, seed: 1 });
    const order = r.means[0][0] < r.means[1][0] ? [0, 1] : [1, 0];
    expect(r.means[order[0]][0]).toBeCloseTo(2.04, 1);
    expect(r.means[order[0]][1]).toBeCloseTo(54.48, 0);
    expect(r.means[order[1]][0]).toBeCloseTo(4.29, 1);
    expect(r.means[order[1]][1]).toBeCloseTo(79.97, 0);
    expect(r.weights[order[0]]).toBeCloseTo(0.356, 2);
    expect(r.logLikelihood).toBeCloseTo(-4.155, 2);
    // BIC = -2 * n * meanLL + params * ln n, params = (k-1) + k*d + k*d(d+1)/2 = 11
    expect(r.bic).toBeCloseTo(-2 * 272 * r.logLikelihood + 11 * Math.log(272), 6);
  });

  it('separates anisotropic blobs that need full covariances', () => {
    const rng = createRng(3);
    const pts: number[][] = [];
    const truth: number[] = [];
    for (let i = 0; i < 400; i++) {
      const t = rng.normal() * 3;
      const e = rng.normal() * 0.2;
      const c = i % 2;
      pts.push(c === 0 ? [t, t + e] : [t, -t + e + 0.5 * (c ? 1 : 0) + 4]);
      truth.push(c);
    }
    const r = gaussianMixture(pts, { k: 2, seed: 2 });
    expect(purity(r.labels, truth)).toBeGreaterThan(0.9);
  });
});

describe('chooseK and silhouette', () => {
  it('picks k = 2 on Old Faithful by both silhouette and BIC', () => {
    const pts = standardize(faithful()).points;
    const r = chooseK(pts, { kMin: 1, kMax: 6, seed: 1 });
    expect(r.k).toBe(2);
    expect(r.kBySilhouette).toBe(2);
    expect(r.kByBic).toBe(2);
    expect(r.scores.map((s) => s.k)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('finds three groups of unequal spread by ICL, where silhouette alone picks too few', () => {
    const rng = createRng(5);
    const pts: number[][] = [];
    // A tight group, a medium one and a wide one (sd 0.3, 1.2, 2.5), 150 points each.
    for (const [cx, cy, sd] of [[0, 0, 0.3], [4, 0, 1.2], [0, 9, 2.5]]) for (let i = 0; i < 150; i++) pts.push([cx + sd * rng.normal(), cy + sd * rng.normal()]);
    const r = chooseK(pts, { kMin: 2, kMax: 7 });
    expect(r.criterion).toBe('icl');
    expect(r.k).toBe(3);
    expect(r.kByIcl).toBe(3);
    expect(r.kBySilhouette).toBe(2);
    // Every k carries all three scores, so the UI can show why k won.
    for (const s of r.scores) expect([s.silhouette, s.bic, s.icl].every(Number.isFinite)).toBe(true);
    expect(chooseK(pts, { kMin: 2, kMax: 7, criterion: 'silhouette' }).k).toBe(2);
  });

  it('silhouette matches an exact O(n^2) computation on small data', () => {
    const pts = blobs(2, 15, [[0, 0], [3, 3], [0, 4]], 0.8);
    const labels = kMeans(pts, { k: 3, seed: 1 }).labels;
    const dist = (a: number[], b: number[]) => Math.hypot(a[0] - b[0], a[1] - b[1]);
    let total = 0;
    for (let i = 0; i < pts.length; i++) {
      const means = [0, 1, 2].map((c) => {
        const others = pts.filter((_, j) => labels[j] === c && j !== i);
        return others.reduce((s, p) => s + dist(p, pts[i]), 0) / Math.max(others.length, 1);
      });
      const a = means[labels[i]];
      const b = Math.min(...means.filter((_, c) => c !== labels[i]));
      total += (b - a) / Math.max(a, b);
    }
    expect(silhouette(pts, labels)).toBeCloseTo(total / pts.length, 9);
  });

  it('standardize gives zero mean and unit variance', () => {
    const s = standardize([[1, 10], [2, 10], [3, 10]]);
    expect(s.means).toEqual([2, 10]);
    expect(s.points.map((p) => p[0])).toEqual([-Math.sqrt(1.5), 0, Math.sqrt(1.5)]);
    expect(s.points.map((p) => p[1])).toEqual([0, 0, 0]);
  });
});
