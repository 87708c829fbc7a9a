import { describe, expect, it } from 'vitest';
import { normalCdf, normalQuantile, normalSf } from '../../../src/analytics/normal.ts';
import { conversionUplift, wilson } from '../../../src/analytics/uplift.ts';

describe('normal distribution', () => {
  it('matches published values', () => {
    expect(normalCdf(1)).toBeCloseTo(0.8413447460685429, 14);
    expect(normalCdf(-3)).toBeCloseTo(0.0013498980316301, 15);
    expect(normalSf(5) / 2.866515718791939e-7).toBeCloseTo(1, 10);
    expect(normalSf(8) / 6.22096057427178e-16).toBeCloseTo(1, 10);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 12);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232306167813, 12);
  });
  it('quantile inverts the CDF across the range', () => {
    for (const p of [1e-10, 0.001, 0.02, 0.3, 0.5, 0.77, 0.99, 1 - 1e-9]) expect(normalCdf(normalQuantile(p)) / p).toBeCloseTo(1, 9);
  });
});

describe('conversionUplift', () => {
  it('matches a hand computation (56/70 against 48/80)', () => {
    // By hand, z = 1.959964, z^2 = 3.841459:
    // Wilson 56/70: centre (0.8 + 3.841459/140) / (1 + 3.841459/70) = 0.827440/1.054878 = 0.784394,
    //   half = (1.959964/1.054878) * sqrt(0.8*0.2/70 + 3.841459/19600) = 1.858004 * 0.050168 = 0.093212 -> [0.691182, 0.877606]
    // Wilson 48/80: centre (0.6 + 3.841459/160) / (1 + 3.841459/80) = 0.624009/1.048018 = 0.595418,
    //   half = (1.959964/1.048018) * sqrt(0.6*0.4/80 + 3.841459/25600) = 1.870163 * 0.056131 = 0.104974 -> [0.490444, 0.700392]
    // lower = 0.2 - sqrt((0.8-0.691182)^2 + (0.700392-0.6)^2) = 0.2 - 0.147569 = 0.052431
    // upper = 0.2 + sqrt((0.877606-0.8)^2 + (0.6-0.490444)^2) = 0.2 + 0.133873 = 0.333873
    // Newcombe (1998), Table II, method 10 prints 0.0524 to 0.3339.
    // Pooled p = 104/150 = 0.693333, se = sqrt(0.693333*0.306667*(1/70+1/80)) = 0.075490, z = 2.649357, p = 2*(1-Phi(z)) = 0.00806
    const r = conversionUplift({ n: 70, conversions: 56 }, { n: 80, conversions: 48 });
    expect(r.targetRate).toBeCloseTo(0.8, 12);
    expect(r.controlRate).toBeCloseTo(0.6, 12);
    expect(r.uplift).toBeCloseTo(0.2, 12);
    expect(r.lower).toBeCloseTo(0.052431, 5);
    expect(r.upper).toBeCloseTo(0.333873, 5);
    expect(r.pValue).toBeCloseTo(0.00806, 4);
  });

  it('reproduces the other rows of Newcombe\'s table', () => {
    const b = conversionUplift({ n: 10, conversions: 9 }, { n: 10, conversions: 3 });
    expect([b.lower, b.upper].map((x) => +x.toFixed(4))).toEqual([0.1705, 0.809]);
    const d = conversionUplift({ n: 56, conversions: 5 }, { n: 29, conversions: 0 });
    expect([d.lower, d.upper].map((x) => +x.toFixed(4))).toEqual([-0.0381, 0.1926]);
    const e = conversionUplift({ n: 10, conversions: 0 }, { n: 20, conversions: 0 });
    expect([e.lower, e.upper].map((x) => +x.toFixed(4))).toEqual([-0.1611, 0.2775]);
  });

  it('zero conversions on both sides: no difference, p = 1, symmetric interval for equal groups', () => {
    const r = conversionUplift({ n: 10, conversions: 0 }, { n: 10, conversions: 0 });
    expect(r.uplift).toBe(0);
    expect(r.pValue).toBe(1);
    expect(r.lower).toBeCloseTo(-r.upper, 12);
    expect(r.upper).toBeCloseTo(0.2775, 4);
  });

  it('everyone converted on both sides: p = 1 and the interval contains 0', () => {
    const r = conversionUplift({ n: 5, conversions: 5 }, { n: 8, conversions: 8 });
    expect(r.pValue).toBe(1);
    expect(r.lower).toBeLessThan(0);
    expect(r.upper).toBeGreaterThan(0);
  });

  it('equal rates give uplift 0, p = 1 and an interval around 0', () => {
    const r = conversionUplift({ n: 1000, conversions: 50 }, { n: 200, conversions: 10 });
    expect(r.uplift).toBeCloseTo(0, 15);
    expect(r.pValue).toBeCloseTo(1, 12);
    expect(r.lower).toBeLessThan(0);
    expect(r.upper).toBeGreaterThan(0);
  });

  it('tiny groups stay inside [-1, 1]', () => {
    const r = conversionUplift({ n: 1, conversions: 1 }, { n: 1, conversions: 0 });
    expect(r.uplift).toBe(1);
    expect(r.lower).toBeGreaterThan(-1);
    expect(r.upper).toBeLessThanOrEqual(1);
    expect(r.pValue).toBeCloseTo(2 * normalSf(Math.SQRT2), 12);
  });

  it('swapping the groups mirrors the result', () => {
    const a = conversionUplift({ n: 400, conversions: 37 }, { n: 90, conversions: 4 });
    const b = conversionUplift({ n: 90, conversions: 4 }, { n: 400, conversions: 37 });
    expect(b.uplift).toBeCloseTo(-a.uplift, 14);
    expect(b.lower).toBeCloseTo(-a.upper, 14);
    expect(b.upper).toBeCloseTo(-a.lower, 14);
    expect(b.pValue).toBeCloseTo(a.pValue, 14);
  });

  it('a wider level gives a wider interval', () => {
    const n95 = conversionUplift({ n: 500, conversions: 60 }, { n: 100, conversions: 7 });
    const n99 = conversionUplift({ n: 500, conversions: 60 }, { n: 100, conversions: 7 }, 0.99);
    expect(n99.lower).toBeLessThan(n95.lower);
    expect(n99.upper).toBeGreaterThan(n95.upper);
  });

  it('interval covers the true difference about 95 % of the time (simulation)', () => {
    let seed = 42;
    const rnd = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
    const binom = (n: number, p: number) => { let x = 0; for (let i = 0; i < n; i++) if (rnd() < p) x++; return x; };
    let covered = 0;
    const runs = 2000;
    for (let i = 0; i < runs; i++) {
      const r = conversionUplift({ n: 200, conversions: binom(200, 0.12) }, { n: 60, conversions: binom(60, 0.08) });
      if (r.lower <= 0.04 && 0.04 <= r.upper) covered++;
    }
    expect(covered / runs).toBeGreaterThan(0.93);
    expect(covered / runs).toBeLessThan(0.975);
  });

  it('rejects impossible counts', () => {
    expect(() => conversionUplift({ n: 0, conversions: 0 }, { n: 10, conversions: 1 })).toThrow(/target.n/);
    expect(() => conversionUplift({ n: 10, conversions: 11 }, { n: 10, conversions: 1 })).toThrow(/target.conversions/);
    expect(() => conversionUplift({ n: 10, conversions: 1 }, { n: 10, conversions: -1 })).toThrow(/control.conversions/);
  });

  it('Wilson limits of 0 and n are exact', () => {
    expect(wilson(0, 7, 1.96).lower).toBe(0);
    expect(wilson(7, 7, 1.96).upper).toBe(1);
  });
});
