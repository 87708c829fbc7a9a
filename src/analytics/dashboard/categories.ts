import { addMonths } from './time.ts';
import { productSales, revenueByCategory, type CategoryRevenue } from './productSales.ts';
import type { KithDB, OrderRow } from '../../store/schema.ts';
import { linesSince } from '../../store/orderFacts.ts';

export interface CategoryComparison {
  current: CategoryRevenue[];
  previous: Map<string, number>;
}

/** Revenue per product category for the last 12 months and the 12 before, from the decoded order lines. */
export async function categoryRevenue(db: KithDB, orders: readonly OrderRow[], nowMs: number, other: string): Promise<CategoryComparison> {
  const now = new Date(nowMs).toISOString();
  const mid = new Date(addMonths(nowMs, -12)).toISOString();
  const start = new Date(addMonths(nowMs, -24)).toISOString();
  const [lines, products] = await Promise.all([linesSince(db, start), db.rows('products').toArray()]);
  const byId = new Map(orders.map((o) => [o.id, o]));
  const categoryOf = new Map(products.map((p) => [p.id, p.category]));
  const current = revenueByCategory(productSales(lines, byId, mid, now), categoryOf, other);
  const previous = revenueByCategory(productSales(lines, byId, start, mid), categoryOf, other);
  return { current, previous: new Map(previous.map((c) => [c.category, c.revenue])) };
}
