import { monthIndex, monthLabel } from './months.ts';
import type { Purchase } from './purchases.ts';

/**
 * Monthly revenue, defined once: the sum of purchase amounts (paid orders, in
 * reporting-currency minor units) whose order date falls in the UTC calendar
 * month. Views differ only in which months they show: the dashboard shows the
 * running month too (marked partial), the forecast only complete months.
 */
export interface MonthlyRevenue {
  /** "YYYY-MM", consecutive, oldest first. */
  months: string[];
  /** Reporting-currency minor units, rounded per month. */
  revenue: number[];
  /** Purchases per month. */
  orders: number[];
  /** True when the last month is still running (its figure is month-to-date). */
  partialLast: boolean;
}

/** Revenue for every month from `first` to `last` (month indexes, inclusive); empty months are zeros. */
export function revenueByMonth(purchases: readonly Purchase[], first: number, last: number, partialLast = false): MonthlyRevenue {
  const n = Math.max(0, last - first + 1);
  const revenue = new Array<number>(n).fill(0);
  const orders = new Array<number>(n).fill(0);
  for (const p of purchases) {
    const i = monthIndex(p.ms) - first;
    if (i < 0 || i >= n) continue;
    revenue[i] += p.amount;
    orders[i]++;
  }
  return { months: Array.from({ length: n }, (_, i) => monthLabel(first + i)), revenue: revenue.map(Math.round), orders, partialLast };
}

/** The `n` months ending with the running month of `nowMs` (the dashboard's view). */
export function recentMonthlyRevenue(purchases: readonly Purchase[], nowMs: number, n: number): MonthlyRevenue {
  const last = monthIndex(nowMs);
  return revenueByMonth(purchases.filter((p) => p.ms <= nowMs), last - n + 1, last, true);
}

/** A first month whose first sale comes after this day of the month is treated as partial. */
export const PARTIAL_START_DAY = 7;

/**
 * Complete months only (the forecast's view): from the first full month with sales to the last
 * month before the running one. A partial month at either end would read as a collapse.
 */
export function completeMonthlyRevenue(purchases: readonly Purchase[], asOfMs: number): MonthlyRevenue {
  const last = monthIndex(asOfMs) - 1;
  let firstMs = Number.POSITIVE_INFINITY;
  for (const p of purchases) if (p.ms < firstMs && monthIndex(p.ms) <= last) firstMs = p.ms;
  if (!Number.isFinite(firstMs)) return { months: [], revenue: [], orders: [], partialLast: false };
  const first = monthIndex(firstMs) + (new Date(firstMs).getUTCDate() > PARTIAL_START_DAY ? 1 : 0);
  return revenueByMonth(purchases, first, last, false);
}
