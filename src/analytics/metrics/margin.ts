import { toReporting } from '../../domain/currency.ts';

export interface MarginLine {
  contactId: string;
  productId: string;
  quantity: number;
  /** Minor units of the order's currency. */
  unitPrice: number;
  orderCurrency: string;
}

export interface MarginProduct {
  /** Unit cost, minor units of `currency`; undefined when nobody entered one. */
  cost?: number;
  currency: string;
}

/**
 * Margin contribution per customer, reporting-currency minor units: over paid order
 * lines, quantity x (unit price - unit cost), each side converted from its own currency.
 * Lines of products without a cost add nothing (their margin is unknown, not 100 %);
 * the same rule as the SQL pivot's margin measure (warehouse/pivot.ts).
 */
export function marginByContact(lines: Iterable<MarginLine>, products: ReadonlyMap<string, MarginProduct>): Map<string, number> {
  const out = new Map<string, number>();
  for (const l of lines) {
    const p = products.get(l.productId);
    if (!p || p.cost === undefined || p.cost === null) continue;
    const m = l.quantity * (toReporting(l.unitPrice, l.orderCurrency) - toReporting(p.cost, p.currency));
    out.set(l.contactId, (out.get(l.contactId) ?? 0) + m);
  }
  return out;
}
