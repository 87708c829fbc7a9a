import { FORECAST_METHODS, forecast, type ForecastMethod } from '../../forecast.ts';
import { DataError } from '../errors.ts';

export interface ForecastParams {
  horizon: number;
  seasonLength: number;
}

export interface ForecastOutput {
  job: 'forecast';
  labels: string[];
  history: number[];
  fitted: number[];
  futureLabels: string[];
  mean: number[];
  lower: number[];
  upper: number[];
  method: ForecastMethod;
  /** MAPE (%) of every method on the holdout; NaN where a method does not apply. */
  backtest: { method: ForecastMethod; mape: number }[];
  holdout: number;
  /** Forecast origins the backtest averaged over. */
  origins: number;
  /** The season length actually used: shortened to 1 when history is under two seasons. */
  seasonLength: number;
  /** Whether the series is money (workspace revenue) or a plain number (a file column). */
  money: boolean;
}

export const MIN_POINTS = 6;

export function forecastSeries(labels: string[], y: number[], futureLabels: string[], p: ForecastParams, money: boolean): ForecastOutput {
  if (y.length < MIN_POINTS) throw new DataError('data.tooFew', { n: y.length, min: MIN_POINTS });
  const horizon = Math.max(1, Math.floor(p.horizon));
  const m = y.length >= 2 * p.seasonLength ? Math.max(1, Math.floor(p.seasonLength)) : 1;
  const f = forecast(y, { horizon, seasonLength: m, method: 'auto' });
  return {
    job: 'forecast',
    labels,
    history: y,
    fitted: f.fitted,
    futureLabels,
    mean: f.mean,
    lower: f.lower,
    upper: f.upper,
    method: f.method,
    backtest: f.backtest ? FORECAST_METHODS.map((method) => ({ method, mape: f.backtest!.mape[method] })) : [],
    holdout: f.backtest?.holdout ?? 0,
    origins: f.backtest?.origins.length ?? 0,
    seasonLength: m,
    money,
  };
}
