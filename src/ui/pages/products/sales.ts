import { addMonths } from '../../../analytics/dashboard/time.ts';
import { productSales, type ProductSales } from '../../../analytics/dashboard/productSales.ts';
import type { KithDB } from '../../../store/schema.ts';
import { linesSince, ordersSince } from '../../../store/orderFacts.ts';

/** Units and revenue per product over the twelve months before `nowMs`, from the order lines. */
export async function salesLastYear(db: KithDB, nowMs: number): Promise<Map<string, ProductSales>> {
  const from = new Date(addMonths(nowMs, -12)).toISOString();
  const to = new Date(nowMs).toISOString();
  const orders = await ordersSince(db, from);
  const lines = await linesSince(db, from);
  return productSales(lines, new Map(orders.map((o) => [o.id, o])), from, to);
}
