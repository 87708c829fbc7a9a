import { nelderMead } from '../../mining/optimize.ts';

/**
 * Customer lifetime value from two population models fitted by maximum likelihood on the
 * workspace's own buyers (no library; Nelder-Mead on log-parameters):
 *
 * BG/NBD (Fader, Hardie & Lee 2005, "Counting your customers the easy way"): while alive a
 * customer buys as a Poisson process with rate λ ~ Gamma(r, α); after each purchase they
 * drop out with probability p ~ Beta(a, b). Per customer it needs only x (repeat purchases),
 * t_x (time of the last purchase since the first) and T (time since the first purchase), and
 * gives P(alive) and the expected purchases in the next t.
 *
 * Gamma-Gamma (Fader & Hardie 2013, "The Gamma-Gamma model of monetary value"): each order's
 * value ~ Gamma(p, ν), ν ~ Gamma(q, γ), independent of the buying rhythm; it shrinks a
 * customer's mean order value towards the population's, the more so the fewer orders they have.
 *
 * Time is in days. LTV over a horizon = expected purchases x expected order value (not
 * discounted: the horizon is one year).
 */

/** ln Γ(x) for x > 0 (Lanczos, g = 7, 9 terms; relative error below 1e-13). */
export function lnGamma(x: number): number {
  const c = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lnGamma(1 - x);
  const z = x - 1;
  let s = c[0];
  for (let i = 1; i < 9; i++) s += c[i] / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(s);
}

/** Gauss's hypergeometric 2F1(a, b; c; z) for 0 <= z < 1 by its power series; NaN when it has not converged in 5,000 terms (z very near 1). */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
  let term = 1;
  let sum = 1;
  for (let n = 0; n < 5_000; n++) {
    term *= ((a + n) * (b + n)) / ((c + n) * (n + 1)) * z;
    sum += term;
    if (Math.abs(term) < 1e-14 * Math.abs(sum)) return sum;
  }
  return Number.NaN;
}

/** At most this many buyers enter a fit (an even spread of them): the likelihood surface is already sharp, and the fit stays well under a second. */
const FIT_SAMPLE = 1000;

function spread<T>(xs: readonly T[]): readonly T[] {
  if (xs.length <= FIT_SAMPLE) return xs;
  const step = xs.length / FIT_SAMPLE;
  return Array.from({ length: FIT_SAMPLE }, (_, i) => xs[Math.floor(i * step)]);
}

/**
 * Nelder-Mead on log-parameters inside a box, with restarts from the best point (one simplex
 * run can stall on these ridge-shaped surfaces). The box keeps degenerate data (everyone buying
 * like clockwork, nobody dropping out) from running parameters off to infinity: the fit stops
 * at its edge, which is the model's limiting case (e.g. b large = hardly anyone drops out).
 */
function fitInBox(negLL: (v: number[]) => number, x0: number[], box: [number, number][]): number[] | null {
  const f = (v: number[]) => (v.some((u, i) => u < box[i][0] || u > box[i][1]) ? Number.POSITIVE_INFINITY : negLL(v));
  let best = nelderMead(f, x0, { step: 1, maxIter: 1500, tol: 1e-10 });
  for (let i = 0; i < 2; i++) {
    const next = nelderMead(f, best.x, { step: 0.3, maxIter: 1000, tol: 1e-10 });
    if (next.fx >= best.fx - 1e-9) break;
    best = next;
  }
  return Number.isFinite(best.fx) ? best.x : null;
}

/** One customer as BG/NBD reads them. */
export interface BuyerSummary {
  /** Repeat purchases (orders after the first). */
  x: number;
  /** Days from the first purchase to the last. */
  tx: number;
  /** Days from the first purchase to the as-of date. */
  T: number;
}

export interface BgNbdParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

export interface GammaGammaParams {
  p: number;
  q: number;
  gamma: number;
}

/** One customer's log-likelihood under BG/NBD. */
export function bgNbdLogLik({ r, alpha, a, b }: BgNbdParams, { x, tx, T }: BuyerSummary): number {
  const a1 = lnGamma(r + x) - lnGamma(r) + r * Math.log(alpha);
  const a2 = lnGamma(a + b) + lnGamma(b + x) - lnGamma(b) - lnGamma(a + b + x);
  const a3 = -(r + x) * Math.log(alpha + T);
  if (x === 0) return a1 + a2 + a3;
  const a4 = Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + tx);
  const m = Math.max(a3, a4);
  return a1 + a2 + m + Math.log(Math.exp(a3 - m) + Math.exp(a4 - m));
}

/** The buyers' total log-likelihood; the Γ terms depend on x alone, so they are computed once per distinct x. */
export function bgNbdTotalLogLik(p: BgNbdParams, buyers: readonly BuyerSummary[], weights?: readonly number[]): number {
  const { r, alpha, a, b } = p;
  const common = -lnGamma(r) + r * Math.log(alpha) + lnGamma(a + b) - lnGamma(b);
  const byX = new Map<number, number>();
  let ll = 0;
  for (let i = 0; i < buyers.length; i++) {
    const { x, tx, T } = buyers[i];
    let g = byX.get(x);
    if (g === undefined) byX.set(x, (g = lnGamma(r + x) + lnGamma(b + x) - lnGamma(a + b + x)));
    const a3 = -(r + x) * Math.log(alpha + T);
    let one: number;
    if (x === 0) one = common + g + a3;
    else {
      const a4 = Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + tx);
      const m = Math.max(a3, a4);
      one = common + g + m + Math.log(Math.exp(a3 - m) + Math.exp(a4 - m));
    }
    ll += (weights?.[i] ?? 1) * one;
  }
  return ll;
}

/** Identical histories (same x, t_x and T to the day) counted once with a weight. */
function grouped(buyers: readonly BuyerSummary[]): { buyers: BuyerSummary[]; weights: number[] } {
  const by = new Map<string, { c: BuyerSummary; w: number }>();
  for (const c of buyers) {
    const key = `${c.x}|${c.tx}|${c.T}`;
    const g = by.get(key);
    if (g) g.w++;
    else by.set(key, { c, w: 1 });
  }
  return { buyers: [...by.values()].map((g) => g.c), weights: [...by.values()].map((g) => g.w) };
}

/** Parameters maximising the likelihood of the given buyers; null with too few to fit, or when the model does not fit them. */
export function fitBgNbd(all: readonly BuyerSummary[]): BgNbdParams | null {
  if (all.length < 10 || !all.some((c) => c.x > 0)) return null;
  const { buyers, weights } = grouped(spread(all));
  const params = (v: number[]): BgNbdParams => ({ r: Math.exp(v[0]), alpha: Math.exp(v[1]), a: Math.exp(v[2]), b: Math.exp(v[3]) });
  const meanT = buyers.reduce((s, c) => s + c.T, 0) / buyers.length;
  const negLL = (v: number[]): number => {
    const ll = bgNbdTotalLogLik(params(v), buyers, weights);
    return Number.isFinite(ll) ? -ll : Number.POSITIVE_INFINITY;
  };
  const v = fitInBox(negLL, [0, Math.log(Math.max(1, meanT)), 0, 0], [[-7, 7], [-3, 12], [-7, 10], [-7, 10]]);
  return v ? params(v) : null;
}

/** P(the customer is still buying) given their history. */
export function pAlive({ r, alpha, a, b }: BgNbdParams, { x, tx, T }: BuyerSummary): number {
  if (x === 0) return 1;
  return 1 / (1 + (a / (b + x - 1)) * Math.pow((alpha + T) / (alpha + tx), r + x));
}

/** Expected purchases in the next `t` days given the customer's history. */
export function expectedPurchases({ r, alpha, a, b }: BgNbdParams, { x, tx, T }: BuyerSummary, t: number): number {
  const z = t / (alpha + T + t);
  const head = ((a + b + x - 1) / (a - 1)) * (1 - Math.pow((alpha + T) / (alpha + T + t), r + x) * hyp2f1(r + x, b + x, a + b + x - 1, z));
  const tail = x > 0 ? (a / (b + x - 1)) * Math.pow((alpha + T) / (alpha + tx), r + x) : 0;
  return head / (1 + tail);
}

/** One customer's log-likelihood under Gamma-Gamma: `orders` orders of mean value `mean`. */
export function gammaGammaLogLik({ p, q, gamma }: GammaGammaParams, orders: number, mean: number): number {
  const px = p * orders;
  return lnGamma(px + q) - lnGamma(px) - lnGamma(q) + q * Math.log(gamma) + (px - 1) * Math.log(mean) + px * Math.log(orders) - (px + q) * Math.log(gamma + orders * mean);
}

/**
 * Gamma-Gamma parameters from customers with two or more orders (one order says nothing
 * about the spread of a customer's own order values); null with too few, or when it does not fit.
 */
export function fitGammaGamma(customers: readonly { orders: number; mean: number }[]): GammaGammaParams | null {
  const xs = spread(customers.filter((c) => c.orders > 1 && c.mean > 0));
  if (xs.length < 10) return null;
  const scale = xs.reduce((s, c) => s + c.mean, 0) / xs.length;
  const params = (v: number[]): GammaGammaParams => ({ p: Math.exp(v[0]), q: Math.exp(v[1]), gamma: Math.exp(v[2]) });
  const negLL = (v: number[]): number => {
    const { p, q, gamma } = params(v);
    // The Γ terms depend on the order count alone.
    const byOrders = new Map<number, number>();
    let ll = 0;
    for (const c of xs) {
      const px = p * c.orders;
      let g = byOrders.get(c.orders);
      if (g === undefined) byOrders.set(c.orders, (g = lnGamma(px + q) - lnGamma(px) + px * Math.log(c.orders)));
      ll += g + (px - 1) * Math.log(c.mean) - (px + q) * Math.log(gamma + c.orders * c.mean);
    }
    ll += xs.length * (q * Math.log(gamma) - lnGamma(q));
    return Number.isFinite(ll) ? -ll : Number.POSITIVE_INFINITY;
  };
  const v = fitInBox(negLL, [0, Math.log(2), Math.log(scale)], [[-7, 7], [-7, 7], [Math.log(scale) - 20, Math.log(scale) + 20]]);
  if (!v) return null;
  const g = params(v);
  // q <= 1 gives the population no finite mean order value: the model does not apply.
  return g.q > 1 ? g : null;
}

/** Expected value of the customer's future orders: their mean shrunk towards the population's. */
export function expectedOrderValue({ p, q, gamma }: GammaGammaParams, orders: number, mean: number): number {
  return (p * (gamma + orders * mean)) / (p * orders + q - 1);
}
