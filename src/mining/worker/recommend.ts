import type { Interaction } from '../recommend.ts';
import type { LineFact, OrderFact } from './facts.ts';

/**
 * One interaction per (customer, product) bought in a paid order. Weights are 1: repeat
 * purchases of a consumable would otherwise swamp what a customer's basket says about taste.
 */
export function interactionsFromOrders(orders: readonly OrderFact[], lines: readonly LineFact[]): Interaction[] {
  const buyer = new Map<string, string>();
  for (const o of orders) if (o.paid) buyer.set(o.id, o.contactId);
  const seen = new Set<string>();
  const out: Interaction[] = [];
  for (const l of lines) {
    const user = buyer.get(l.orderId);
    if (!user) continue;
    const key = `${user}\u0000${l.productId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ user, item: l.productId });
  }
  return out;
}

/** Category tags per product, for the content step that fills gaps in co-purchase evidence. */
export function categoryAttributes(products: readonly { id: string; category?: string }[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const p of products) if (p.category) out[p.id] = [p.category];
  return out;
}
