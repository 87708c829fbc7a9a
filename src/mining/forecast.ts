/**
 * Forecasting with model choice by a rolling-origin backtest. Candidates: OLS trend + seasonal
 * dummies, and damped Holt-Winters, each on the raw series and (when strictly positive) on its
 * logarithm, Holt-Winters with a multiplicative season, and the seasonal naive forecast.
 * Each candidate is scored by its mean MAPE over several forecast origins (a quarter-season
 * apart), so the score covers the seasonal peak from several starting points rather than
 * whatever the last `holdout` months happened to hold.
 * Intervals come from each model's residual variance with its own horizon growth, and are
 * exponentiated back for log models (so they are asymmetric there).
 */
import { holtWinters, holtWintersMultiplicative } from './holtwinters.ts';
import { normalQuantile } from './optimize.ts';
import { olsTrendSeasonal, type PointForecast } from './regression.ts';

export type ForecastMethod = 'ols' | 'ols-log' | 'holt-winters' | 'holt-winters-log' | 'holt-winters-mult' | 'naive-seasonal';
/** Naive seasonal is a candidate too: on two years of history it is often the honest winner. */
export const FORECAST_METHODS: readonly ForecastMethod[] = ['ols', 'ols-log', 'holt-winters', 'holt-winters-log', 'holt-winters-mult', 'naive-seasonal'];

export interface ForecastOptions {
  horizon: number;
  seasonLength?: number;
  /** Prediction interval coverage, default 0.95. */
  level?: number;
  /** Force a method instead of choosing by backtest. */
  method?: ForecastMethod | 'auto';
  /** Holdout length for the automatic choice; default min(max(horizon, seasonLength), n/4). */
  holdout?: number;
  /** Forecast origins of the backtest (default 4, a quarter-season apart; fewer when history is short). */
  origins?: number;
}

export interface ForecastResult {
  fitted: number[];
  mean: number[];
  lower: number[];
  upper: number[];
  method: ForecastMethod;
  backtest?: BacktestResult;
}

export interface BacktestResult {
  holdout: number;
  /** Mean absolute percentage error (percent) of each method, averaged over the origins; NaN when not applicable. */
  mape: Record<ForecastMethod, number>;
  chosen: ForecastMethod;
  /** Training lengths of the origins used (the last is n - holdout). */
  origins: number[];
}

function applicable(method: ForecastMethod, y: readonly number[]): boolean {
  return !(method.endsWith('-log') || method === 'holt-winters-mult') || y.every((v) => v > 0);
}

function fitPoint(method: ForecastMethod, y: readonly number[], horizon: number, m: number): PointForecast {
  if (method === 'naive-seasonal') return naiveSeasonalModel(y, horizon, m);
  const log = method.endsWith('-log');
  const series = log ? y.map(Math.log) : y;
  if (method === 'holt-winters-mult') return holtWintersMultiplicative(y, horizon, m);
  return method.startsWith('ols') ? olsTrendSeasonal(series, horizon, m) : holtWinters(series, horizon, m);
}

export function mape(actual: readonly number[], predicted: readonly number[]): number {
  let s = 0;
  let n = 0;
  for (let i = 0; i < actual.length; i++) {
    if (actual[i] === 0) continue;
    s += Math.abs((actual[i] - predicted[i]) / actual[i]);
    n++;
  }
  return n ? (100 * s) / n : Number.NaN;
}

export function naiveSeasonal(y: readonly number[], horizon: number, seasonLength: number): number[] {
  const m = Math.max(1, seasonLength);
  const out: number[] = [];
  const n = y.length;
  for (let h = 1; h <= horizon; h++) out.push(n >= m ? y[n - m + ((h - 1) % m)] : y[n - 1]);
  return out;
}

/** Seasonal random walk: sd from seasonal differences, growing with the number of seasons ahead. */
function naiveSeasonalModel(y: readonly number[], horizon: number, seasonLength: number): PointForecast {
  const m = Math.max(1, Math.min(seasonLength, y.length - 1));
  let ss = 0;
  for (let t = m; t < y.length; t++) ss += (y[t] - y[t - m]) ** 2;
  const sigma = Math.sqrt(ss / Math.max(y.length - m, 1));
  return {
    fitted: y.map((v, t) => (t >= m ? y[t - m] : v)),
    mean: naiveSeasonal(y, horizon, m),
    sd: Array.from({ length: horizon }, (_, h) => sigma * Math.sqrt(Math.floor(h / m) + 1)),
  };
}

export function backtest(y: readonly number[], o: { holdout: number; seasonLength?: number; origins?: number }): BacktestResult {
  const m = o.seasonLength ?? 1;
  const H = Math.floor(o.holdout);
  if (H < 1 || H >= y.length - 2) throw new Error('holdout must leave at least 3 training points');
  const step = Math.max(1, Math.floor(m / 4));
  // Earlier origins only while they leave two full seasons to train on (and 3 points at least).
  const origins: number[] = [];
  for (let j = 0; j < Math.max(1, o.origins ?? 4); j++) {
    const end = y.length - H - j * step;
    if (j > 0 && end < Math.max(3, 2 * m)) break;
    origins.unshift(end);
  }
  const scores = {} as Record<ForecastMethod, number>;
  let chosen: ForecastMethod = 'ols';
  let best = Number.POSITIVE_INFINITY;
  for (const method of FORECAST_METHODS) {
    if (!applicable(method, y)) {
      scores[method] = Number.NaN;
      continue;
    }
    let sum = 0;
    for (const end of origins) {
      const f = fitPoint(method, y.slice(0, end), H, m);
      sum += mape(y.slice(end, end + H), method.endsWith('-log') ? f.mean.map(Math.exp) : f.mean);
    }
    const e = sum / origins.length;
    scores[method] = e;
    if (e < best) {
      best = e;
      chosen = method;
    }
  }
  return { holdout: H, mape: scores, chosen, origins };
}

export function forecast(y: number[], o: ForecastOptions): ForecastResult {
  const n = y.length;
  const m = o.seasonLength ?? 1;
  const horizon = Math.max(0, Math.floor(o.horizon));
  if (n < 3) throw new Error('need at least 3 observations');
  let method: ForecastMethod;
  let bt: BacktestResult | undefined;
  if (o.method && o.method !== 'auto') method = o.method;
  else {
    const holdout = o.holdout ?? Math.max(1, Math.min(Math.max(horizon, m), Math.floor(n / 4)));
    if (n - holdout >= 3) {
      bt = backtest(y, { holdout, seasonLength: m, origins: o.origins });
      method = bt.chosen;
    } else method = 'ols';
  }
  const f = fitPoint(method, y, horizon, m);
  const z = normalQuantile(0.5 + (o.level ?? 0.95) / 2);
  const log = method.endsWith('-log');
  const back = log ? Math.exp : (v: number): number => v;
  return {
    fitted: f.fitted.map(back),
    mean: f.mean.map(back),
    lower: f.mean.map((v, h) => back(v - z * f.sd[h])),
    upper: f.mean.map((v, h) => back(v + z * f.sd[h])),
    method,
    backtest: bt,
  };
}
