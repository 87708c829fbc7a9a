/**
 * Orders are bulk facts: append-only and many, so they are not CRDT records.
 * They travel as immutable columnar batches (see src/store/batches.ts).
 */
export interface Order {
  id: string;
  number: string;
  contactId: string;
  companyId?: string;
  orderedAt: string;
  status: 'paid' | 'refunded' | 'cancelled';
  channel: 'web' | 'sales' | 'partner' | 'marketplace';
  currency: string;
  /** Integer minor units: sum of the lines. */
  total: number;
  lineCount: number;
}

export interface OrderLine {
  orderId: string;
  productId: string;
  quantity: number;
  /** Integer minor units per unit, after discount. */
  unitPrice: number;
}
