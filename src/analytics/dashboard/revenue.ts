import type { Order } from '../../domain/entities/index.ts';
import { recentMonthlyRevenue, type MonthlyRevenue } from '../metrics/monthlyRevenue.ts';
import { purchasesOf, type PurchaseOrder } from '../metrics/purchases.ts';
import { addMonths } from './time.ts';

export type { MonthlyRevenue };
export type RevenueOrder = Pick<Order, 'orderedAt' | 'status' | 'total' | 'currency'>;

/** Paid revenue per calendar month (UTC) for the `n` months ending with the current (running, partial) one. */
export function monthlyRevenue(orders: readonly RevenueOrder[], now: Date | number, n = 36): MonthlyRevenue {
  const nowMs = typeof now === 'number' ? now : now.getTime();
  return recentMonthlyRevenue(purchasesOf(orders.map((o) => ({ ...o, contactId: '' }))), nowMs, n);
}

export interface WindowTotals {
  revenue: number;
  orders: number;
  customers: number;
  avgOrderValue: number;
}

export interface RevenueWindows {
  current: WindowTotals;
  previous: WindowTotals;
  /** Relative change of revenue, e.g. 0.12 for +12%; null when the previous window had none. */
  change: number | null;
}

/** The last 12 months against the 12 before them: purchases (metrics/purchases.ts), distinct buying customers, average order. */
export function revenueWindows(orders: readonly PurchaseOrder[], now: Date | number, months = 12): RevenueWindows {
  const nowMs = typeof now === 'number' ? now : now.getTime();
  const mid = addMonths(nowMs, -months);
  const start = addMonths(nowMs, -2 * months);
  const acc = [
    { revenue: 0, orders: 0, customers: new Set<string>() },
    { revenue: 0, orders: 0, customers: new Set<string>() },
  ];
  for (const p of purchasesOf(orders)) {
    if (p.ms <= start || p.ms > nowMs) continue;
    const a = acc[p.ms > mid ? 0 : 1];
    a.revenue += p.amount;
    a.orders++;
    a.customers.add(p.contactId);
  }
  const totals = (a: (typeof acc)[number]): WindowTotals => ({
    revenue: Math.round(a.revenue),
    orders: a.orders,
    customers: a.customers.size,
    avgOrderValue: a.orders ? Math.round(a.revenue / a.orders) : 0,
  });
  const current = totals(acc[0]);
  const previous = totals(acc[1]);
  return { current, previous, change: previous.revenue ? current.revenue / previous.revenue - 1 : null };
}
