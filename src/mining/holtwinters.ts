/**
 * Holt-Winters with a damped additive trend and an additive (ETS(A,Ad,A)) or multiplicative
 * (ETS(A,Ad,M)-like: season as a factor, as statsmodels' trend='add', seasonal='mul') season,
 * in error-correction form. Multiplicative seasons suit series whose swing grows with their
 * level (AirPassengers, retail sales before Christmas).
 * Parameters minimise the one-step squared error (Nelder-Mead on logit scales). Without two
 * full seasons of history the seasonal part is dropped (damped Holt).
 */
import { nelderMead } from './optimize.ts';
import type { PointForecast } from './regression.ts';

interface HwParams {
  alpha: number;
  beta: number;
  gamma: number;
  phi: number;
}

const logistic = (v: number): number => 1 / (1 + Math.exp(-v));

export type SeasonKind = 'add' | 'mul';

function decode(x: number[], seasonal: boolean, kind: SeasonKind = 'add'): HwParams {
  const alpha = 0.0001 + 0.9998 * logistic(x[0]);
  // beta <= alpha and gamma <= 1 - alpha keep the model in the usual admissible region.
  const beta = alpha * logistic(x[1]);
  // The multiplicative model may keep its trend undamped (phi up to 1), as statsmodels' default does.
  const phi = 0.8 + (kind === 'mul' ? 0.2 : 0.18) * logistic(x[2]);
  const gamma = seasonal ? (1 - alpha) * logistic(x[3]) : 0;
  return { alpha, beta, gamma, phi };
}

interface RunResult {
  sse: number;
  fitted: number[];
  level: number;
  trend: number;
  season: number[];
}

function run(y: readonly number[], m: number, seasonal: boolean, p: HwParams): RunResult {
  const n = y.length;
  let level: number;
  let trend: number;
  const season = new Array<number>(seasonal ? m : 1).fill(0);
  if (seasonal) {
    let a = 0;
    let b = 0;
    for (let i = 0; i < m; i++) {
      a += y[i];
      b += y[i + m];
    }
    a /= m;
    b /= m;
    level = a;
    trend = (b - a) / m;
    for (let i = 0; i < m; i++) season[i] = y[i] - (a + (i - (m - 1) / 2) * trend);
  } else {
    level = y[0];
    trend = n > 1 ? y[1] - y[0] : 0;
  }
  const fitted: number[] = [];
  let sse = 0;
  for (let t = 0; t < n; t++) {
    const s = seasonal ? season[t % m] : 0;
    const f = level + p.phi * trend + s;
    fitted.push(f);
    const e = y[t] - f;
    sse += e * e;
    const prevLevel = level;
    level = prevLevel + p.phi * trend + p.alpha * e;
    trend = p.phi * trend + p.beta * e;
    if (seasonal) season[t % m] = s + p.gamma * e;
  }
  return { sse, fitted, level, trend, season };
}

function runMul(y: readonly number[], m: number, p: HwParams): RunResult {
  const n = y.length;
  let a = 0;
  let b = 0;
  for (let i = 0; i < m; i++) {
    a += y[i];
    b += y[i + m];
  }
  a /= m;
  b /= m;
  let level = a;
  let trend = (b - a) / m;
  const season = Array.from({ length: m }, (_, i) => y[i] / (a + (i - (m - 1) / 2) * trend));
  const fitted: number[] = [];
  let sse = 0;
  for (let t = 0; t < n; t++) {
    const s = season[t % m];
    const base = level + p.phi * trend;
    const f = base * s;
    fitted.push(f);
    const e = y[t] - f;
    sse += e * e;
    level = base + (p.alpha * e) / s;
    trend = p.phi * trend + (p.beta * e) / s;
    season[t % m] = s + (p.gamma * e) / (Math.abs(base) > 1e-12 ? base : 1e-12);
  }
  return { sse: Number.isFinite(sse) ? sse : Number.MAX_VALUE, fitted, level, trend, season };
}

/** Multiplicative-season Holt-Winters; needs two full seasons of strictly positive data (else falls back to additive). */
export function holtWintersMultiplicative(y: readonly number[], horizon: number, m: number): PointForecast {
  const n = y.length;
  if (!(m > 1 && n >= 2 * m) || y.some((v) => !(v > 0))) return holtWinters(y, horizon, m);
  let best: { x: number[]; fx: number } | null = null;
  for (const start of [[0, -2, 1, -1], [1.5, -3, 2, -2], [-1.5, -1, 0, 0], [-1, -3, 3, -3]]) {
    const r = nelderMead((x) => runMul(y, m, decode(x, true, 'mul')).sse, start, { maxIter: 500 });
    if (!best || r.fx < best.fx) best = r;
  }
  if (!best) throw new Error('unreachable');
  const p = decode(best.x, true, 'mul');
  const r = runMul(y, m, p);
  // Errors scale with the level: the spread comes from relative one-step errors.
  let rel = 0;
  for (let t = 0; t < n; t++) rel += ((y[t] - r.fitted[t]) / r.fitted[t]) ** 2;
  const sigma2 = rel / Math.max(n - (4 + m), 1);
  const mean: number[] = [];
  const sd: number[] = [];
  let phiSum = 0;
  let varSum = 0;
  for (let h = 1; h <= horizon; h++) {
    phiSum += p.phi ** h;
    const f = (r.level + phiSum * r.trend) * r.season[(n + h - 1) % m];
    mean.push(f);
    sd.push(Math.abs(f) * Math.sqrt(sigma2 * (1 + varSum)));
    const c = p.alpha + p.beta * phiSum + (h % m === 0 ? p.gamma : 0);
    varSum += c * c;
  }
  return { fitted: r.fitted, mean, sd };
}

export function holtWinters(y: readonly number[], horizon: number, seasonLength: number): PointForecast {
  const n = y.length;
  const m = seasonLength;
  const seasonal = m > 1 && n >= 2 * m;
  let best: { x: number[]; fx: number } | null = null;
  // A few starts because the SSE surface has local minima at the parameter bounds.
  for (const start of [[0, -2, 1, -1], [1.5, -3, 2, -2], [-1.5, -1, 0, 0]]) {
    const x0 = seasonal ? start : start.slice(0, 3);
    const r = nelderMead((x) => run(y, m, seasonal, decode(x, seasonal)).sse, x0, { maxIter: 400 });
    if (!best || r.fx < best.fx) best = r;
  }
  if (!best) throw new Error('unreachable');
  const p = decode(best.x, seasonal);
  const r = run(y, m, seasonal, p);
  const sigma2 = r.sse / Math.max(n - (seasonal ? 4 + m : 4), 1);
  const mean: number[] = [];
  const sd: number[] = [];
  let phiSum = 0;
  let varSum = 0;
  for (let h = 1; h <= horizon; h++) {
    phiSum += p.phi ** h;
    const s = seasonal ? r.season[(n + h - 1) % m] : 0;
    mean.push(r.level + phiSum * r.trend + s);
    sd.push(Math.sqrt(sigma2 * (1 + varSum)));
    // c_h = alpha + beta * (phi + ... + phi^h) + gamma [h is a whole number of seasons]
    const c = p.alpha + p.beta * phiSum + (seasonal && h % m === 0 ? p.gamma : 0);
    varSum += c * c;
  }
  return { fitted: r.fitted, mean, sd };
}
