/**
 * Pick a number of segments. By default the Gaussian mixture's ICL decides (BIC plus the
 * entropy of the memberships): it finds groups of unequal spread, where silhouette, which
 * rewards equal round clusters, prefers too few. BIC and silhouette can be asked for instead;
 * all three are reported for every k so a user sees why a k won.
 */
import { type Cancellable, throwIfAborted } from './cancel.ts';
import { gaussianMixtureDense } from './gmm.ts';
import { kMeansDense } from './kmeans.ts';
import { toDense } from './matrix.ts';
import { dequantize } from './dequantize.ts';
import { silhouetteDense } from './silhouette.ts';

export type KCriterion = 'icl' | 'bic' | 'silhouette';

export interface ChooseKOptions extends Cancellable {
  kMin: number;
  kMax: number;
  seed?: number;
  /** Which score decides; default 'icl'. */
  criterion?: KCriterion;
  /** Whose partition the silhouette describes: k-means (default) or the mixture's. */
  partition?: 'kmeans' | 'gmm';
  sampleSize?: number;
}

export interface KScoreRow {
  k: number;
  silhouette: number;
  bic: number;
  icl: number;
}

export interface ChooseKResult {
  k: number;
  criterion: KCriterion;
  scores: KScoreRow[];
  kBySilhouette: number;
  kByBic: number;
  kByIcl: number;
}

/** The k with the best score (largest silhouette, smallest BIC/ICL); NaN when no k has a finite score. */
export function bestK(scores: readonly KScoreRow[], criterion: KCriterion): number {
  let k = Number.NaN;
  let best = Number.NaN;
  for (const s of scores) {
    const v = s[criterion];
    if (!Number.isFinite(v)) continue;
    if (Number.isNaN(best) || (criterion === 'silhouette' ? v > best : v < best)) {
      best = v;
      k = s.k;
    }
  }
  return k;
}

/** Scores of one k: a k-means (or mixture) partition's silhouette and the mixture's BIC and ICL. */
export function scoreK(X: ReturnType<typeof toDense>, k: number, o: Pick<ChooseKOptions, 'seed' | 'signal' | 'sampleSize' | 'partition'>): KScoreRow {
  const seed = o.seed ?? 42;
  let bic = Number.NaN;
  let icl = Number.NaN;
  let gmmLabels: number[] | null = null;
  try {
    // Counts among the features would let a component collapse onto one value (see dequantize.ts).
    const g = gaussianMixtureDense(dequantize(X, seed), { k, seed, signal: o.signal });
    bic = g.bic;
    icl = g.icl;
    gmmLabels = g.labels;
  } catch (e) {
    if (e instanceof Error && e.message === 'cancelled') throw e;
    // Degenerate covariance at this k: leave BIC/ICL undefined rather than fail the whole sweep.
  }
  let silhouette = Number.NaN;
  if (k >= 2) {
    const labels = o.partition === 'gmm' && gmmLabels ? gmmLabels : kMeansDense(X, { k, seed, signal: o.signal }).labels;
    if (new Set(labels).size >= 2) silhouette = silhouetteDense(X, labels, { sampleSize: o.sampleSize, seed });
  }
  return { k, silhouette, bic, icl };
}

export function chooseK(points: number[][], o: ChooseKOptions): ChooseKResult {
  const X = toDense(points);
  const kMin = Math.max(1, Math.floor(o.kMin));
  const kMax = Math.min(Math.floor(o.kMax), X.n);
  if (kMax < kMin) throw new Error('kMax must be >= kMin and <= number of points');
  const scores: KScoreRow[] = [];
  for (let k = kMin; k <= kMax; k++) {
    throwIfAborted(o.signal);
    scores.push(scoreK(X, k, o));
    o.onProgress?.((k - kMin + 1) / (kMax - kMin + 1));
  }
  const kBySilhouette = bestK(scores, 'silhouette');
  const kByBic = bestK(scores, 'bic');
  const kByIcl = bestK(scores, 'icl');
  const criterion = o.criterion ?? 'icl';
  const picked = { silhouette: kBySilhouette, bic: kByBic, icl: kByIcl }[criterion];
  // Fall back in order when the chosen score is undefined everywhere (k = 1 only, or degenerate mixtures).
  const k = [picked, kByIcl, kByBic, kBySilhouette].find((v) => !Number.isNaN(v)) ?? kMin;
  return { k, criterion, scores, kBySilhouette, kByBic, kByIcl };
}
