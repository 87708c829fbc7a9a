import type { Order, OrderLine } from '../../domain/entities/index.ts';
import { toReporting } from './currency.ts';

export type LineOrder = Pick<Order, 'orderedAt' | 'status' | 'currency'>;

export interface ProductSales {
  units: number;
  /** Reporting-currency minor units. */
  revenue: number;
}

/**
 * Units and revenue per product from paid orders placed in (from, to].
 * Lines carry no date or currency of their own; they take their order's.
 */
export function productSales(
  lines: readonly OrderLine[],
  orders: ReadonlyMap<string, LineOrder>,
  fromIso: string,
  toIso: string,
): Map<string, ProductSales> {
  const out = new Map<string, ProductSales>();
  for (const l of lines) {
    const o = orders.get(l.orderId);
    if (!o || o.status !== 'paid' || o.orderedAt <= fromIso || o.orderedAt > toIso) continue;
    const rev = toReporting(l.quantity * l.unitPrice, o.currency);
    const s = out.get(l.productId);
    if (s) {
      s.units += l.quantity;
      s.revenue += rev;
    } else out.set(l.productId, { units: l.quantity, revenue: rev });
  }
  for (const s of out.values()) s.revenue = Math.round(s.revenue);
  return out;
}

export interface CategoryRevenue {
  category: string;
  revenue: number;
}

/** Sums product sales by category, largest first; products without a category fall under `other`. */
export function revenueByCategory(sales: ReadonlyMap<string, ProductSales>, categoryOf: ReadonlyMap<string, string | undefined>, other = '—'): CategoryRevenue[] {
  const sums = new Map<string, number>();
  for (const [pid, s] of sales) {
    const c = categoryOf.get(pid) || other;
    sums.set(c, (sums.get(c) ?? 0) + s.revenue);
  }
  return [...sums].map(([category, revenue]) => ({ category, revenue })).sort((a, b) => b.revenue - a.revenue);
}
