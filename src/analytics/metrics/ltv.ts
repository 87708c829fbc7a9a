/**
 * Lifetime value over the next year, a deliberately simple and explainable model
 * (not BG/NBD + Gamma-Gamma, which needs a fitted population model we do not have yet):
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
