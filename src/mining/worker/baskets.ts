import { type CodedTransactions, IntBuffer } from '../baskets.ts';
import type { LineFact, OrderFact } from './facts.ts';

/**
 * Baskets of product ids, one per paid order with lines. Lines are grouped by order id
 * without sorting (batches keep an order's lines together, but nothing relies on it).
 */
export function basketsFromLines(orders: readonly OrderFact[], lines: readonly LineFact[]): CodedTransactions {
  const paid = new Set<string>();
  for (const o of orders) if (o.paid) paid.add(o.id);
  const ids = new Map<string, number>();
  const labels: string[] = [];
  const byOrder = new Map<string, number[]>();
  for (const l of lines) {
    if (!paid.has(l.orderId)) continue;
    let code = ids.get(l.productId);
    if (code === undefined) {
      code = labels.length;
      ids.set(l.productId, code);
      labels.push(l.productId);
    }
    const b = byOrder.get(l.orderId);
    if (!b) byOrder.set(l.orderId, [code]);
    else if (!b.includes(code)) b.push(code);
  }
  const items = new IntBuffer(lines.length + 1);
  const offsets = new Int32Array(byOrder.size + 1);
  let t = 0;
  for (const b of byOrder.values()) {
    for (const c of b) items.push(c);
    offsets[++t] = items.length;
  }
  return { items: items.toArray(), offsets, labels };
}

/**
 * Human labels for product ids: the product name, with the SKU added where two products
 * share a name so that rules never merge them visually.
 */
export function productLabels(products: readonly { id: string; name: string; sku?: string }[]): Map<string, string> {
  const count = new Map<string, number>();
  for (const p of products) count.set(p.name, (count.get(p.name) ?? 0) + 1);
  return new Map(products.map((p) => [p.id, (count.get(p.name) ?? 0) > 1 && p.sku ? `${p.name} (${p.sku})` : p.name]));
}
