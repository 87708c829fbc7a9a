import { REPORTING_CURRENCY, toReporting } from '../../../analytics/dashboard/currency.ts';
import type { Order } from '../../../domain/entities/index.ts';

/**
 * Paid order total of one customer: in their own currency when they always
 * pay in one, else converted to the reporting currency (a sum across
 * currencies means nothing unconverted).
 */
export function paidTotal(orders: readonly Pick<Order, 'status' | 'total' | 'currency'>[]): { amount: number; currency: string } {
  const paid = orders.filter((o) => o.status === 'paid');
  const currencies = new Set(paid.map((o) => o.currency));
  if (currencies.size <= 1) return { amount: paid.reduce((s, o) => s + o.total, 0), currency: paid[0]?.currency ?? REPORTING_CURRENCY };
  return { amount: Math.round(paid.reduce((s, o) => s + toReporting(o.total, o.currency), 0)), currency: REPORTING_CURRENCY };
}
