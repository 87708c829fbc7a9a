/**
 * Gaussian mixture with full covariances fitted by EM, following scikit-learn's
 * GaussianMixture: k-means initialisation, reg_covar added to each covariance diagonal,
 * convergence on the change of the mean per-point log-likelihood, BIC from the total.
 */
import { type Cancellable, throwIfAborted } from './cancel.ts';
import { kMeansDense } from './kmeans.ts';
import { choleskyInPlace } from './linalg.ts';
import { type Dense, fromDense, toDense } from './matrix.ts';

export interface GmmOptions extends Cancellable {
  k: number;
  seed?: number;
  maxIter?: number;
  /** Convergence threshold on the mean log-likelihood change. Default 1e-3 (scikit-learn). */
  tol?: number;
  /** Added to covariance diagonals for stability. Default 1e-6 (scikit-learn). */
  regCovar?: number;
}

export interface GmmResult {
  labels: number[];
  means: number[][];
  covariances: number[][][];
  weights: number[];
  /** Mean per-point log-likelihood (scikit-learn's `score`). */
  logLikelihood: number;
  bic: number;
  /**
   * Integrated completed likelihood (Biernacki et al. 2000), BIC plus twice the entropy of the
   * memberships: it also penalises components that overlap, so it does not keep splitting a
   * wide group into several to fit its shape as BIC does on large samples.
   */
  icl: number;
  aic: number;
  converged: boolean;
  iterations: number;
  /** Posterior membership probabilities, one row per point. */
  responsibilities: number[][];
}

const LOG_2PI = Math.log(2 * Math.PI);

interface Params {
  weights: Float64Array;
  means: Float64Array;
  /** Cholesky factors of the covariances, k blocks of d x d. */
  chol: Float64Array;
  covs: Float64Array;
}

function mStep(X: Dense, resp: Float64Array, k: number, reg: number): Params {
  const { data, n, d } = X;
  const nk = new Float64Array(k);
  const means = new Float64Array(k * d);
  for (let i = 0; i < n; i++) {
    for (let c = 0; c < k; c++) {
      const r = resp[i * k + c];
      if (r === 0) continue;
      nk[c] += r;
      for (let j = 0; j < d; j++) means[c * d + j] += r * data[i * d + j];
    }
  }
  // scikit-learn adds 10 * eps so an emptied component does not divide by zero.
  for (let c = 0; c < k; c++) {
    nk[c] += 10 * Number.EPSILON;
    for (let j = 0; j < d; j++) means[c * d + j] /= nk[c];
  }
  const covs = new Float64Array(k * d * d);
  const diff = new Float64Array(d);
  for (let i = 0; i < n; i++) {
    for (let c = 0; c < k; c++) {
      const r = resp[i * k + c];
      if (r === 0) continue;
      for (let j = 0; j < d; j++) diff[j] = data[i * d + j] - means[c * d + j];
      const base = c * d * d;
      for (let a = 0; a < d; a++) {
        const ra = r * diff[a];
        for (let b = 0; b <= a; b++) covs[base + a * d + b] += ra * diff[b];
      }
    }
  }
  const chol = new Float64Array(k * d * d);
  for (let c = 0; c < k; c++) {
    const base = c * d * d;
    for (let a = 0; a < d; a++) {
      for (let b = 0; b <= a; b++) {
        const v = covs[base + a * d + b] / nk[c];
        covs[base + a * d + b] = v;
        covs[base + b * d + a] = v;
      }
      covs[base + a * d + a] += reg;
    }
    const L = covs.slice(base, base + d * d);
    if (!choleskyInPlace(L, d)) {
      throw new Error('Fitting the mixture failed: ill-defined covariance; try fewer components or scale the data');
    }
    chol.set(L, base);
  }
  const weights = new Float64Array(k);
  for (let c = 0; c < k; c++) weights[c] = nk[c] / n;
  return { weights, means, chol, covs };
}

/** E-step: fills resp with posteriors and returns the total log-likelihood. */
function eStep(X: Dense, p: Params, k: number, resp: Float64Array): number {
  const { data, n, d } = X;
  const logConst = new Float64Array(k);
  for (let c = 0; c < k; c++) {
    let logDet = 0;
    for (let j = 0; j < d; j++) logDet += Math.log(p.chol[c * d * d + j * d + j]);
    // log N(x) = -0.5 (d log 2pi + log|S|) - 0.5 maha, with log|S| = 2 sum log diag(L)
    logConst[c] = Math.log(p.weights[c]) - 0.5 * d * LOG_2PI - logDet;
  }
  const z = new Float64Array(d);
  const lp = new Float64Array(k);
  let total = 0;
  for (let i = 0; i < n; i++) {
    let max = Number.NEGATIVE_INFINITY;
    for (let c = 0; c < k; c++) {
      const base = c * d * d;
      let maha = 0;
      for (let a = 0; a < d; a++) {
        let s = data[i * d + a] - p.means[c * d + a];
        for (let b = 0; b < a; b++) s -= p.chol[base + a * d + b] * z[b];
        z[a] = s / p.chol[base + a * d + a];
        maha += z[a] * z[a];
      }
      lp[c] = logConst[c] - 0.5 * maha;
      if (lp[c] > max) max = lp[c];
    }
    let sum = 0;
    for (let c = 0; c < k; c++) sum += Math.exp(lp[c] - max);
    const lse = max + Math.log(sum);
    total += lse;
    for (let c = 0; c < k; c++) resp[i * k + c] = Math.exp(lp[c] - lse);
  }
  return total;
}

export function gaussianMixtureDense(X: Dense, o: GmmOptions): GmmResult {
  const { n, d } = X;
  const k = Math.floor(o.k);
  if (n < k) throw new Error(`need at least k=${k} points, got ${n}`);
  const reg = o.regCovar ?? 1e-6;
  const maxIter = o.maxIter ?? 100;
  const tol = o.tol ?? 1e-3;
  const km = kMeansDense(X, { k, seed: o.seed, nInit: 1 });
  const resp = new Float64Array(n * k);
  for (let i = 0; i < n; i++) resp[i * k + km.labels[i]] = 1;
  let params = mStep(X, resp, k, reg);
  let prev = Number.NEGATIVE_INFINITY;
  let mean = Number.NEGATIVE_INFINITY;
  let converged = false;
  let iterations = 0;
  for (; iterations < maxIter; iterations++) {
    throwIfAborted(o.signal);
    mean = eStep(X, params, k, resp) / n;
    params = mStep(X, resp, k, reg);
    o.onProgress?.((iterations + 1) / maxIter);
    if (Math.abs(mean - prev) < tol) {
      converged = true;
      iterations++;
      break;
    }
    prev = mean;
  }
  // Final E-step so labels and likelihood belong to the returned parameters.
  mean = eStep(X, params, k, resp) / n;
  const labels: number[] = [];
  const responsibilities: number[][] = [];
  let entropy = 0;
  for (let j = 0; j < n * k; j++) if (resp[j] > 0) entropy -= resp[j] * Math.log(resp[j]);
  for (let i = 0; i < n; i++) {
    let best = 0;
    for (let c = 1; c < k; c++) if (resp[i * k + c] > resp[i * k + best]) best = c;
    labels.push(best);
    responsibilities.push(Array.from(resp.subarray(i * k, i * k + k)));
  }
  const nParams = k - 1 + k * d + (k * d * (d + 1)) / 2;
  const totalLL = mean * n;
  const covariances: number[][][] = [];
  for (let c = 0; c < k; c++) covariances.push(fromDense(params.covs.subarray(c * d * d, (c + 1) * d * d), d, d));
  o.onProgress?.(1);
  return {
    labels,
    means: fromDense(params.means, k, d),
    covariances,
    weights: Array.from(params.weights),
    logLikelihood: mean,
    bic: -2 * totalLL + nParams * Math.log(n),
    icl: -2 * totalLL + nParams * Math.log(n) + 2 * entropy,
    aic: -2 * totalLL + 2 * nParams,
    converged,
    iterations,
    responsibilities,
  };
}

export function gaussianMixture(points: number[][], o: GmmOptions): GmmResult {
  return gaussianMixtureDense(toDense(points), o);
}
