import { DAY_MS, type OrderFact } from './facts.ts';

/** Per-customer RFM-style features; the order is the column order of `CustomerTable.data`. */
export const CUSTOMER_FEATURES = ['recencyDays', 'frequency', 'monetary', 'avgOrderValue', 'tenureDays'] as const;
export type CustomerFeature = (typeof CUSTOMER_FEATURES)[number];

export interface CustomerTable {
  ids: string[];
  /** Row-major, CUSTOMER_FEATURES.length columns. */
  data: Float64Array;
}

interface Acc {
  first: number;
  last: number;
  count: number;
  sum: number;
}

/** Paid orders per customer up to and including `asOfMs`. */
export function accumulate(orders: readonly OrderFact[], asOfMs: number): Map<string, Acc> {
  const by = new Map<string, Acc>();
  for (const o of orders) {
    if (!o.paid || o.ms > asOfMs) continue;
    const a = by.get(o.contactId);
    if (!a) by.set(o.contactId, { first: o.ms, last: o.ms, count: 1, sum: o.value });
    else {
      if (o.ms < a.first) a.first = o.ms;
      if (o.ms > a.last) a.last = o.ms;
      a.count++;
      a.sum += o.value;
    }
  }
  return by;
}

/** Features of every customer with a paid order by `asOfMs`, in a stable (id) order. */
export function customerFeatures(orders: readonly OrderFact[], asOfMs: number): CustomerTable {
  const by = accumulate(orders, asOfMs);
  const ids = [...by.keys()].sort();
  const d = CUSTOMER_FEATURES.length;
  const data = new Float64Array(ids.length * d);
  ids.forEach((id, i) => {
    const a = by.get(id)!;
    data.set([(asOfMs - a.last) / DAY_MS, a.count, a.sum, a.sum / a.count, (asOfMs - a.first) / DAY_MS], i * d);
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
