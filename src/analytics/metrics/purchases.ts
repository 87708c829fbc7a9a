import { toReporting } from '../../domain/currency.ts';
import type { Order } from '../../domain/entities/index.ts';

/**
 * What counts as a purchase, once for every metric: a paid order. Refunded and
 * cancelled orders are not purchases. Its amount is the order total converted
 * to the reporting currency, in minor units (cents), like every amount in Kith.
 */
export interface Purchase {
  contactId: string;
  /** orderedAt as epoch ms. */
  ms: number;
  /** Reporting-currency minor units (not rounded: sums round once, at the end). */
  amount: number;
}

export type PurchaseOrder = Pick<Order, 'contactId' | 'orderedAt' | 'status' | 'total' | 'currency'>;

export function isPurchase(o: Pick<Order, 'status'>): boolean {
  return o.status === 'paid';
}

/** An order's total in reporting-currency minor units. */
export function purchaseAmount(o: Pick<Order, 'total' | 'currency'>): number {
  return toReporting(o.total, o.currency);
}

export function purchasesOf(orders: Iterable<PurchaseOrder>): Purchase[] {
  const out: Purchase[] = [];
  for (const o of orders) if (isPurchase(o)) out.push({ contactId: o.contactId, ms: Date.parse(o.orderedAt), amount: purchaseAmount(o) });
  return out;
}
