import type { Order, OrderLine } from './order.ts';

/**
 * Orders and their lines column by column, as an import plans them: a
 * million lines as a million objects cost seconds of garbage collection and
 * as much again to clone between workers, while these typed arrays cross
 * by transfer and go into Arrow batches without a copy per value.
 */
export interface OrderFacts {
  orders: {
    id: string[];
    number: string[];
    contactId: string[];
    /** '' when the contact has no company. */
    companyId: string[];
    orderedAt: string[];
    status: Order['status'][];
    channel: Order['channel'][];
    currency: string[];
    /** Integer minor units: sum of the lines. */
    total: Float64Array;
    lineCount: Int32Array;
  };
  lines: {
    /** Index of the line's order in `orders`. */
    order: Int32Array;
    /** Index of the line's product in `productIds`. */
    product: Int32Array;
    quantity: Int32Array;
    /** Integer minor units per unit. */
    unitPrice: Float64Array;
  };
  productIds: string[];
}

export function emptyOrderFacts(): OrderFacts {
  return {
    orders: { id: [], number: [], contactId: [], companyId: [], orderedAt: [], status: [], channel: [], currency: [], total: new Float64Array(0), lineCount: new Int32Array(0) },
    lines: { order: new Int32Array(0), product: new Int32Array(0), quantity: new Int32Array(0), unitPrice: new Float64Array(0) },
    productIds: [],
  };
}

/** The facts as records, for small files and tests; a large import never takes this path. */
export function orderFactsToRecords(f: OrderFacts): { orders: Order[]; lines: OrderLine[] } {
  const o = f.orders;
  const orders: Order[] = o.id.map((id, i) => ({
    id,
    number: o.number[i],
    contactId: o.contactId[i],
    ...(o.companyId[i] ? { companyId: o.companyId[i] } : {}),
    orderedAt: o.orderedAt[i],
    status: o.status[i],
    channel: o.channel[i],
    currency: o.currency[i],
    total: o.total[i],
    lineCount: o.lineCount[i],
  }));
  const l = f.lines;
  const lines: OrderLine[] = Array.from({ length: l.order.length }, (_, i) => ({ orderId: o.id[l.order[i]], productId: f.productIds[l.product[i]], quantity: l.quantity[i], unitPrice: l.unitPrice[i] }));
  return { orders, lines };
}

/** The ArrayBuffers of the facts, for Comlink.transfer. */
export function orderFactsBuffers(f: OrderFacts): ArrayBuffer[] {
  return [f.orders.total, f.orders.lineCount, f.lines.order, f.lines.product, f.lines.quantity, f.lines.unitPrice].map((a) => a.buffer as ArrayBuffer);
}
