import type { OrderFact } from './facts.ts';

export interface MonthlySeries {
  /** 'YYYY-MM', consecutive. */
  labels: string[];
  values: number[];
}

function monthIndex(ms: number): number {
  const d = new Date(ms);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

function monthLabel(idx: number): string {
  return `${Math.floor(idx / 12)}-${String((idx % 12) + 1).padStart(2, '0')}`;
}

/** A first month whose first sale comes after this day of the month is treated as partial. */
export const PARTIAL_START_DAY = 7;

/**
 * Paid revenue per calendar month (UTC), from the first full month with sales to the last
 * complete month before `asOfMs`. Partial months at either end (the running month, or data that
 * starts mid-month) would read as a collapse and mislead the forecast, so they are left out.
 * Months without sales inside the range are zeros, not gaps.
 */
export function monthlyRevenue(orders: readonly OrderFact[], asOfMs: number): MonthlySeries {
  const end = monthIndex(asOfMs) - 1;
  const sums = new Map<number, number>();
  let start = Number.POSITIVE_INFINITY;
  let firstMs = Number.POSITIVE_INFINITY;
  for (const o of orders) {
    if (!o.paid) continue;
    const m = monthIndex(o.ms);
    if (m > end) continue;
    sums.set(m, (sums.get(m) ?? 0) + o.value);
    if (m < start) start = m;
    if (o.ms < firstMs) firstMs = o.ms;
  }
  if (Number.isFinite(firstMs) && new Date(firstMs).getUTCDate() > PARTIAL_START_DAY) start++;
  const labels: string[] = [];
  const values: number[] = [];
  for (let m = start; m <= end; m++) {
    labels.push(monthLabel(m));
    values.push(sums.get(m) ?? 0);
  }
  return { labels, values };
}

/** Labels that continue a monthly series `h` steps past its end. */
export function nextMonths(last: string, h: number): string[] {
  const [y, mo] = last.split('-').map(Number);
  const base = y * 12 + mo - 1;
  return Array.from({ length: h }, (_, i) => monthLabel(base + i + 1));
}
