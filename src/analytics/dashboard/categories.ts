import { addMonths } from './time.ts';
import { productSales, revenueByCategory, type CategoryRevenue } from './productSales.ts';
import type { OrderRow } from '../../store/schema.ts';
import type { OrderLine, Product } from '../../domain/entities/index.ts';

export interface CategoryComparison {
  current: CategoryRevenue[];
  previous: Map<string, number>;
}

/**
 * Revenue per product category in a period and the period before it, from the decoded order lines.
 * Default: the last 12 months and the 12 before (dashboard/filter.ts categoryPeriods gives other periods).
 */
export function categoryRevenue(
  lines: readonly OrderLine[],
  products: readonly Pick<Product, 'id' | 'category'>[],
  orders: readonly OrderRow[],
  nowMs: number,
  other: string,
  period: { start: string; end: string; prevStart: string } = { start: new Date(addMonths(nowMs, -12)).toISOString(), end: new Date(nowMs).toISOString(), prevStart: new Date(addMonths(nowMs, -24)).toISOString() },
): CategoryComparison {
  const { start: mid, end: now, prevStart: start } = period;
  const byId = new Map(orders.map((o) => [o.id, o]));
  const categoryOf = new Map(products.map((p) => [p.id, p.category]));
  const current = revenueByCategory(productSales(lines, byId, mid, now), categoryOf, other);
  const previous = revenueByCategory(productSales(lines, byId, start, mid), categoryOf, other);
  return { current, previous: new Map(previous.map((c) => [c.category, c.revenue])) };
}
