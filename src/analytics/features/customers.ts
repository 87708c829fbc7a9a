import type { Purchase } from '../metrics/purchases.ts';
import { purchaseHistories, rfmOf } from '../metrics/rfm.ts';

/**
 * Per-customer RFM features for segmentation, taken from the one RFM definition
 * (metrics/rfm.ts; money in reporting minor units). The order is the column order of `CustomerTable.data`.
 */
export const CUSTOMER_FEATURES = ['recencyDays', 'frequency', 'monetary', 'avgOrderValue', 'tenureDays'] as const;
export type CustomerFeature = (typeof CUSTOMER_FEATURES)[number];

export interface CustomerTable {
  ids: string[];
  /** Row-major, CUSTOMER_FEATURES.length columns. */
  data: Float64Array;
}

/** Features of every customer with a purchase by `asOfMs`, in a stable (id) order. */
export function customerFeatures(purchases: readonly Purchase[], asOfMs: number): CustomerTable {
  const by = purchaseHistories(purchases, asOfMs);
  const ids = [...by.keys()].sort();
  const d = CUSTOMER_FEATURES.length;
  const data = new Float64Array(ids.length * d);
  ids.forEach((id, i) => {
    const r = rfmOf(by.get(id)!, asOfMs);
    data.set(CUSTOMER_FEATURES.map((f) => r[f]), i * d);
  });
  return { ids, data };
}

/** The chosen feature columns of a customer table. */
export function selectColumns(t: CustomerTable, chosen: readonly CustomerFeature[]): Float64Array {
  const d = CUSTOMER_FEATURES.length;
  const cols = chosen.map((f) => CUSTOMER_FEATURES.indexOf(f));
  const n = t.ids.length;
  const out = new Float64Array(n * cols.length);
  for (let i = 0; i < n; i++) for (let k = 0; k < cols.length; k++) out[i * cols.length + k] = t.data[i * d + cols[k]];
  return out;
}
