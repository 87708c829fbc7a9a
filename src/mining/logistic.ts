/**
 * L2-regularised logistic regression by Newton's method (IRLS). Features are standardised
 * internally so the penalty treats them alike and the coefficients double as importances.
 * Newton with a fixed start is deterministic and converges in a handful of steps for the
 * tens of features a CRM model has.
 */
import { type Cancellable, throwIfAborted } from './cancel.ts';
import { solveSpd } from './linalg.ts';
import { columnStats } from './standardize.ts';

export interface LogisticOptions extends Cancellable {
  /** Penalty lambda in lambda/2 * ||w||^2 added to the summed log-loss (intercept free). Default 1. */
  l2?: number;
  maxIter?: number;
  tol?: number;
}

export interface LogisticModel {
  /** Coefficients on standardised features. */
  weights: number[];
  intercept: number;
  featureMeans: number[];
  featureScales: number[];
}

function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

export function trainLogistic(X: number[][], y: number[], o: LogisticOptions = {}): LogisticModel {
  const n = X.length;
  if (n === 0 || y.length !== n) throw new Error('X and y must be non-empty and of equal length');
  const d = X[0].length;
  const lambda = o.l2 ?? 1;
  const maxIter = o.maxIter ?? 50;
  const tol = o.tol ?? 1e-8;
  const { means, scales } = columnStats(X);
  const p = d + 1;
  // Design matrix with the intercept in column 0.
  const Z = new Float64Array(n * p);
  for (let i = 0; i < n; i++) {
    Z[i * p] = 1;
    for (let j = 0; j < d; j++) Z[i * p + j + 1] = (X[i][j] - means[j]) / scales[j];
  }
  const beta = new Float64Array(p);
  let prevLoss = Number.POSITIVE_INFINITY;
  for (let iter = 0; iter < maxIter; iter++) {
    throwIfAborted(o.signal);
    const grad = new Float64Array(p);
    const H = new Float64Array(p * p);
    let loss = 0;
    for (let i = 0; i < n; i++) {
      let eta = 0;
      for (let j = 0; j < p; j++) eta += Z[i * p + j] * beta[j];
      const mu = sigmoid(eta);
      const yi = y[i] > 0 ? 1 : 0;
      loss += yi ? -Math.log(Math.max(mu, 1e-300)) : -Math.log(Math.max(1 - mu, 1e-300));
      const r = mu - yi;
      const w = Math.max(mu * (1 - mu), 1e-12);
      for (let a = 0; a < p; a++) {
        const za = Z[i * p + a];
        grad[a] += r * za;
        const wz = w * za;
        for (let b = 0; b <= a; b++) H[a * p + b] += wz * Z[i * p + b];
      }
    }
    for (let j = 1; j < p; j++) {
      grad[j] += lambda * beta[j];
      H[j * p + j] += lambda;
      loss += 0.5 * lambda * beta[j] * beta[j];
    }
    for (let a = 0; a < p; a++) for (let b = 0; b < a; b++) H[b * p + a] = H[a * p + b];
    const step = solveSpd(H, p, grad);
    // Step halving keeps Newton monotone on near-separable data.
    let t = 1;
    const trial = new Float64Array(p);
    for (let half = 0; half < 30; half++) {
      for (let j = 0; j < p; j++) trial[j] = beta[j] - t * step[j];
      let l = 0;
      for (let i = 0; i < n; i++) {
        let eta = 0;
        for (let j = 0; j < p; j++) eta += Z[i * p + j] * trial[j];
        // log(1 + e^eta) - y*eta, computed stably
        l += (eta > 0 ? eta + Math.log1p(Math.exp(-eta)) : Math.log1p(Math.exp(eta))) - (y[i] > 0 ? eta : 0);
      }
      for (let j = 1; j < p; j++) l += 0.5 * lambda * trial[j] * trial[j];
      if (l <= loss + 1e-12) break;
      t /= 2;
    }
    beta.set(trial);
    o.onProgress?.((iter + 1) / maxIter);
    if (Math.abs(prevLoss - loss) <= tol * Math.max(1, Math.abs(loss))) break;
    prevLoss = loss;
  }
  return { weights: Array.from(beta.subarray(1)), intercept: beta[0], featureMeans: means, featureScales: scales };
}

export function predictLogistic(model: LogisticModel, X: number[][]): number[] {
  const { weights, intercept, featureMeans, featureScales } = model;
  return X.map((row) => {
    let eta = intercept;
    for (let j = 0; j < weights.length; j++) eta += (weights[j] * (row[j] - featureMeans[j])) / featureScales[j];
    return sigmoid(eta);
  });
}

export interface FeatureImportance {
  feature: string;
  /** Standardised coefficient: change in log-odds per standard deviation of the feature. */
  coefficient: number;
  /** exp(coefficient). */
  oddsRatio: number;
  /** |coefficient| / sum of |coefficients|. */
  share: number;
}

/** Drivers of a model, strongest first. */
export function featureImportance(model: LogisticModel, names?: readonly string[]): FeatureImportance[] {
  const total = model.weights.reduce((s, w) => s + Math.abs(w), 0) || 1;
  return model.weights
    .map((w, j) => ({
      feature: names?.[j] ?? `x${j}`,
      coefficient: w,
      oddsRatio: Math.exp(w),
      share: Math.abs(w) / total,
    }))
    .sort((a, b) => Math.abs(b.coefficient) - Math.abs(a.coefficient));
}
