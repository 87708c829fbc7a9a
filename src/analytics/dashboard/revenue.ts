import type { Order } from '../../domain/entities/index.ts';
import { toReporting } from './currency.ts';
import { addMonths, lastMonths } from './time.ts';

export type RevenueOrder = Pick<Order, 'orderedAt' | 'status' | 'total' | 'currency'>;

export interface MonthlyRevenue {
  /** "YYYY-MM", oldest first. */
  months: string[];
  /** Paid revenue per month in reporting minor units. */
  revenue: number[];
  orders: number[];
}

/** Paid revenue per calendar month (UTC) for the `n` months ending with the current one. */
export function monthlyRevenue(orders: readonly RevenueOrder[], now: Date | number, n = 36): MonthlyRevenue {
  const nowMs = typeof now === 'number' ? now : now.getTime();
  const months = lastMonths(nowMs, n);
  const index = new Map(months.map((m, i) => [m, i]));
  const revenue = new Array<number>(n).fill(0);
  const count = new Array<number>(n).fill(0);
  for (const o of orders) {
    if (o.status !== 'paid') continue;
    const i = index.get(o.orderedAt.slice(0, 7));
    if (i === undefined) continue;
    revenue[i] += toReporting(o.total, o.currency);
    count[i]++;
  }
  return { months, revenue: revenue.map(Math.round), orders: count };
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

/** The last 12 months against the 12 before them: paid revenue, paid orders, distinct buying customers, average order. */
export function revenueWindows(orders: readonly (RevenueOrder & Pick<Order, 'contactId'>)[], now: Date | number, months = 12): RevenueWindows {
  const nowMs = typeof now === 'number' ? now : now.getTime();
  const nowIso = new Date(nowMs).toISOString();
  const mid = new Date(addMonths(nowMs, -months)).toISOString();
  const start = new Date(addMonths(nowMs, -2 * months)).toISOString();
  const acc = [
    { revenue: 0, orders: 0, customers: new Set<string>() },
    { revenue: 0, orders: 0, customers: new Set<string>() },
  ];
  for (const o of orders) {
    if (o.status !== 'paid' || o.orderedAt <= start || o.orderedAt > nowIso) continue;
    const a = acc[o.orderedAt > mid ? 0 : 1];
    a.revenue += toReporting(o.total, o.currency);
    a.orders++;
    a.customers.add(o.contactId);
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
