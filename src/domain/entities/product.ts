import { defineRecordType, type BaseRecord } from '../recordType.ts';

export interface Product extends BaseRecord {
  sku: string;
  name: string;
  category?: string;
  /** Integer minor units in `currency`. */
  price: number;
  /** Unit cost, integer minor units in `currency`: what margin is computed from. */
  cost?: number;
  currency: string;
  active: boolean;
  description?: string;
}

export const ProductType = defineRecordType<Product>('products', 'Product', {
  sku: { kind: 'string', required: true, max: 40 },
  name: { kind: 'string', required: true },
  category: { kind: 'string' },
  price: { kind: 'money', required: true },
  cost: { kind: 'money' },
  currency: { kind: 'currency', required: true },
  active: { kind: 'bool', required: true },
  description: { kind: 'text' },
});
