import { describe, expect, it } from 'vitest';
import {
  bgNbdLogLik,
  bgNbdTotalLogLik,
  expectedOrderValue,
  expectedPurchases,
  fitBgNbd,
  fitGammaGamma,
  gammaGammaLogLik,
  hyp2f1,
  lnGamma,
  pAlive,
  type BuyerSummary,
} from '../../../src/analytics/metrics/bgnbd.ts';
import { createRng, type Rng } from '../../../src/mining/random.ts';

/** Gamma(shape, 1) by Marsaglia & Tsang (shape < 1 boosted by U^(1/shape)). */
function gammaSample(rng: Rng, shape: number): number {
  if (shape < 1) return gammaSample(rng, shape + 1) * Math.pow(rng.next(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const z = rng.normal();
    const v = Math.pow(1 + c * z, 3);
    if (v <= 0) continue;
    if (Math.log(rng.next()) < 0.5 * z * z + d - d * v + d * Math.log(v)) return d * v;
  }
}

/** Buyers drawn from the BG/NBD story itself: calibration [0, T], then what they really bought in the next `t` days. */
function simulate(rng: Rng, n: number, p: { r: number; alpha: number; a: number; b: number }, t: number): { c: BuyerSummary; future: number }[] {
  const out: { c: BuyerSummary; future: number }[] = [];
  for (let i = 0; i < n; i++) {
    const lambda = gammaSample(rng, p.r) / p.alpha;
    const ga = gammaSample(rng, p.a);
    const drop = ga / (ga + gammaSample(rng, p.b));
    const T = 200 + rng.int(200);
    let now = 0;
    let x = 0;
    let tx = 0;
    let future = 0;
    for (;;) {
      now += -Math.log(1 - rng.next()) / lambda;
      if (now > T + t) break;
      if (now <= T) {
        x++;
        tx = now;
      } else future++;
      if (rng.next() < drop) break;
    }
    out.push({ c: { x, tx, T }, future });
  }
  return out;
}

describe('special functions', () => {
  it('lnGamma agrees with factorials and Γ(1/2) = √π', () => {
    let logFactorial = 0;
    for (let n = 1; n < 20; n++) {
      logFactorial += Math.log(n);
      expect(lnGamma(n + 1)).toBeCloseTo(logFactorial, 9);
    }
    expect(lnGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
    expect(lnGamma(0.1)).toBeCloseTo(2.252712651734206, 10);
  });
  it('hyp2f1 agrees with closed forms', () => {
    for (const z of [0.1, 0.5, 0.9]) {
      expect(hyp2f1(1, 1, 2, z)).toBeCloseTo(-Math.log(1 - z) / z, 10);
      // 2F1(a, b; b; z) = (1 - z)^-a
      expect(hyp2f1(2.5, 3, 3, z)).toBeCloseTo(Math.pow(1 - z, -2.5), 8);
    }
  });
});

describe('BG/NBD', () => {
  // The published CDNOW fit (Fader, Hardie & Lee 2005; weeks) and its worked example:
  // a customer with 2 repeat purchases, the last at week 30.43, observed for 38.86 weeks,
  // is expected to buy 1.226 times in the next 39 weeks.
  const CDNOW = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
  it('reproduces the published worked example', () => {
    expect(expectedPurchases(CDNOW, { x: 2, tx: 30.43, T: 38.86 }, 39)).toBeCloseTo(1.226, 3);
  });
  it('P(alive) is 1 without repeat purchases and falls with silence', () => {
    expect(pAlive(CDNOW, { x: 0, tx: 0, T: 38 })).toBe(1);
    const recent = pAlive(CDNOW, { x: 3, tx: 37, T: 38 });
    const silent = pAlive(CDNOW, { x: 3, tx: 5, T: 38 });
    expect(recent).toBeGreaterThan(0.8); // 1 / (1 + 0.793/4.426 x (42.414/41.414)^3.243) = 0.838 by hand
    expect(silent).toBeLessThan(0.5);
  });
  it('the likelihood is a probability over x for a customer with no history gap (x = 0, T small)', () => {
    // With T → 0 nobody can have bought yet: P(x = 0) → 1, i.e. log-likelihood → 0.
    expect(bgNbdLogLik(CDNOW, { x: 0, tx: 0, T: 1e-9 })).toBeCloseTo(0, 6);
  });
  it('fitted on simulated buyers, it forecasts their held-out purchases and beats the true parameters on likelihood', () => {
    const truth = { r: 0.6, alpha: 30, a: 0.9, b: 3 };
    const data = simulate(createRng(11), 1000, truth, 180);
    const fit = fitBgNbd(data.map((d) => d.c))!;
    expect(fit).not.toBeNull();
    const ll = (p: typeof truth) => data.reduce((s, d) => s + bgNbdLogLik(p, d.c), 0);
    expect(ll(fit)).toBeGreaterThanOrEqual(ll(truth) - 1e-6);
    // The grouped total the fit maximises is the plain per-customer sum.
    expect(bgNbdTotalLogLik(truth, data.map((d) => d.c))).toBeCloseTo(ll(truth), 6);
    const predicted = data.reduce((s, d) => s + expectedPurchases(fit, d.c, 180), 0);
    const actual = data.reduce((s, d) => s + d.future, 0);
    expect(Math.abs(predicted - actual) / actual).toBeLessThan(0.08);
    // Customers who went quiet are expected to buy less than the recently active with the same count.
    const active = data.filter((d) => d.c.x >= 2 && d.c.T - d.c.tx < 20);
    const quiet = data.filter((d) => d.c.x >= 2 && d.c.T - d.c.tx > 150);
    const mean = (xs: typeof data) => xs.reduce((s, d) => s + d.future, 0) / xs.length;
    const meanPred = (xs: typeof data) => xs.reduce((s, d) => s + expectedPurchases(fit, d.c, 180), 0) / xs.length;
    expect(meanPred(active)).toBeGreaterThan(meanPred(quiet));
    expect(Math.abs(meanPred(active) - mean(active)) / mean(active)).toBeLessThan(0.25);
    expect(fit.r).toBeGreaterThan(0.4);
    expect(fit.r).toBeLessThan(0.9);
  });
  it('declines to fit too few buyers', () => {
    expect(fitBgNbd([{ x: 1, tx: 3, T: 10 }])).toBeNull();
  });
});

describe('Gamma-Gamma', () => {
  it('expected order value by hand: p = 6, q = 4, γ = 15, 2 orders averaging 30', () => {
    // p(γ + x·m) / (p·x + q − 1) = 6·(15 + 60) / (12 + 3) = 30; the population mean pγ/(q − 1) = 30 too.
    expect(expectedOrderValue({ p: 6, q: 4, gamma: 15 }, 2, 30)).toBeCloseTo(30, 12);
    // A big spender is pulled towards the population mean, less so with more orders.
    const two = expectedOrderValue({ p: 6, q: 4, gamma: 15 }, 2, 100);
    const ten = expectedOrderValue({ p: 6, q: 4, gamma: 15 }, 10, 100);
    expect(two).toBeCloseTo((6 * (15 + 200)) / 15, 12);
    expect(two).toBeLessThan(ten);
    expect(ten).toBeLessThan(100);
  });
  it('fitted on simulated spend, it recovers the population mean order value', () => {
    const rng = createRng(5);
    const truth = { p: 4, q: 5, gamma: 200 };
    const customers: { orders: number; mean: number }[] = [];
    for (let i = 0; i < 2000; i++) {
      const nu = gammaSample(rng, truth.q) / truth.gamma;
      const orders = 2 + rng.int(6);
      let sum = 0;
      for (let k = 0; k < orders; k++) sum += gammaSample(rng, truth.p) / nu;
      customers.push({ orders, mean: sum / orders });
    }
    const fit = fitGammaGamma(customers)!;
    expect(fit).not.toBeNull();
    const ll = (g: typeof truth) => customers.reduce((s, c) => s + gammaGammaLogLik(g, c.orders, c.mean), 0);
    expect(ll(fit)).toBeGreaterThanOrEqual(ll(truth) - 1e-6);
    const popMean = (g: typeof truth) => (g.p * g.gamma) / (g.q - 1);
    expect(Math.abs(popMean(fit) - popMean(truth)) / popMean(truth)).toBeLessThan(0.1);
  });
});
