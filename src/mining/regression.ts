/**
 * Time-series regression: intercept + linear trend + seasonal dummies, by OLS.
 * Prediction variance uses the full s^2 (1 + x0' (X'X)^-1 x0), so intervals widen as the
 * trend is extrapolated.
 */
import { inverseSpd, solveSpd } from './linalg.ts';

export interface PointForecast {
  fitted: number[];
  mean: number[];
  /** Forecast standard deviation per horizon step. */
  sd: number[];
}

function row(t: number, s: number, seasonal: boolean): number[] {
  const r = [1, t];
  if (seasonal) for (let j = 1; j < s; j++) r.push(t % s === j ? 1 : 0);
  return r;
}

export function olsTrendSeasonal(y: readonly number[], horizon: number, seasonLength: number): PointForecast {
  const n = y.length;
  const seasonal = seasonLength > 1 && n >= seasonLength + 3;
  const p = seasonal ? seasonLength + 1 : 2;
  const XtX = new Float64Array(p * p);
  const Xty = new Float64Array(p);
  for (let t = 0; t < n; t++) {
    const r = row(t, seasonLength, seasonal);
    for (let a = 0; a < p; a++) {
      Xty[a] += r[a] * y[t];
      for (let b = 0; b < p; b++) XtX[a * p + b] += r[a] * r[b];
    }
  }
  const beta = solveSpd(XtX, p, Xty);
  const predict = (t: number): number => row(t, seasonLength, seasonal).reduce((s, v, j) => s + v * beta[j], 0);
  const fitted = y.map((_, t) => predict(t));
  let rss = 0;
  for (let t = 0; t < n; t++) rss += (y[t] - fitted[t]) ** 2;
  const sigma2 = rss / Math.max(n - p, 1);
  const inv = inverseSpd(XtX, p);
  const mean: number[] = [];
  const sd: number[] = [];
  for (let h = 1; h <= horizon; h++) {
    const r = row(n - 1 + h, seasonLength, seasonal);
    let q = 0;
    for (let a = 0; a < p; a++) for (let b = 0; b < p; b++) q += r[a] * inv[a * p + b] * r[b];
    mean.push(predict(n - 1 + h));
    sd.push(Math.sqrt(sigma2 * (1 + q)));
  }
  return { fitted, mean, sd };
}
