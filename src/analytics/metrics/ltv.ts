import { expectedOrderValue, expectedPurchases, fitBgNbd, fitGammaGamma, type BgNbdParams, type GammaGammaParams } from './bgnbd.ts';
import { DAY_MS, type PurchaseHistory } from './rfm.ts';

/**
 * Lifetime value over the next year. With ten or more buyers, some of whom came back, it is
 * BG/NBD + Gamma-Gamma fitted on the workspace's own buyers (bgnbd.ts):
 *
 *   LTV (12 months) = E[orders in the next 365 days | x, t_x, T] x E[order value | orders, mean]
 *
 * Margin LTV = the same expected orders x the customer's margin per order. With fewer buyers
 * (a new workspace) the population cannot be fitted and the simple model below is used:
 *
 *   expected orders = P(still a customer) x 365 / purchase interval
 *   LTV (12 months) = expected orders x average order value
 *
 * with P(still a customer) = 1 - churn risk (dashboard/churn.ts: the Poisson silence model
 * on the customer's own rhythm) and the purchase interval the customer's mean gap between
 * orders, or the workspace's typical gap for one-order customers. Margin LTV scales the same
 * expected orders by the customer's margin per order.
 */
export const LTV_HORIZON_DAYS = 365;

export interface LtvInput {
  frequency: number;
  /** Reporting-currency minor units. */
  avgOrderValue: number;
  /** Reporting-currency minor units over all paid orders; undefined when costs are unknown. */
  margin?: number;
  churnRisk: number;
  /** Mean days between orders; undefined or 0 for one-order customers. */
  intervalDays?: number;
  /** The workspace's typical gap, used when the customer has no rhythm of their own. */
  typicalIntervalDays: number;
}

export interface Ltv {
  expectedOrders: number;
  /** Revenue, reporting-currency minor units, rounded. */
  value: number;
  /** Margin, reporting-currency minor units, rounded; undefined without costs. */
  margin?: number;
}

export function lifetimeValue(x: LtvInput): Ltv {
  const gap = x.intervalDays && x.intervalDays > 0 ? x.intervalDays : x.typicalIntervalDays;
  const expectedOrders = gap > 0 ? ((1 - x.churnRisk) * LTV_HORIZON_DAYS) / gap : 0;
  const out: Ltv = { expectedOrders, value: Math.round(expectedOrders * x.avgOrderValue) };
  if (x.margin !== undefined && x.frequency > 0) out.margin = Math.round((expectedOrders * x.margin) / x.frequency);
  return out;
}

/** The population model the workspace's buyers support; `simple` when there are too few to fit. */
export type LtvModel = { kind: 'bgnbd'; bg: BgNbdParams; gg: GammaGammaParams | null } | { kind: 'simple' };

/** Fits BG/NBD (and Gamma-Gamma when order values allow) on the buyers' histories as of `nowMs`. */
export function fitLtvModel(histories: Iterable<PurchaseHistory>, nowMs: number): LtvModel {
  const hs = [...histories];
  const bg = fitBgNbd(hs.map((h) => buyerSummary(h, nowMs)));
  // a <= 1 leaves the expected-purchases formula without a finite value (it divides by a - 1).
  if (!bg || Math.abs(bg.a - 1) < 1e-6) return { kind: 'simple' };
  return { kind: 'bgnbd', bg, gg: fitGammaGamma(hs.map((h) => ({ orders: h.count, mean: h.sum / h.count }))) };
}

/** A purchase history in BG/NBD's terms (days). */
export function buyerSummary(h: PurchaseHistory, nowMs: number): { x: number; tx: number; T: number } {
  return { x: h.count - 1, tx: (h.lastMs - h.firstMs) / DAY_MS, T: Math.max((nowMs - h.firstMs) / DAY_MS, (h.lastMs - h.firstMs) / DAY_MS) };
}

export interface ModelLtv extends Ltv {
  /** Expected value of one future order, reporting-currency minor units (Gamma-Gamma, or the customer's own mean). */
  orderValue: number;
}

/** One buyer's LTV under the fitted model; `simple` falls back to lifetimeValue. */
export function modelLifetimeValue(model: LtvModel, h: PurchaseHistory, nowMs: number, simple: LtvInput): ModelLtv {
  if (model.kind === 'simple') return { ...lifetimeValue(simple), orderValue: simple.avgOrderValue };
  const mean = h.sum / h.count;
  const orderValue = model.gg ? expectedOrderValue(model.gg, h.count, mean) : mean;
  const expectedOrders = expectedPurchases(model.bg, buyerSummary(h, nowMs), LTV_HORIZON_DAYS);
  // The series behind the forecast did not converge (a brand-new customer under extreme parameters): the simple model answers.
  if (!Number.isFinite(expectedOrders) || !Number.isFinite(orderValue)) return { ...lifetimeValue(simple), orderValue: simple.avgOrderValue };
  const out: ModelLtv = { expectedOrders, value: Math.round(expectedOrders * orderValue), orderValue: Math.round(orderValue) };
  if (simple.margin !== undefined) out.margin = Math.round((expectedOrders * simple.margin) / h.count);
  return out;
}
