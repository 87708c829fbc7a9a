/** String-level frequent itemsets on top of the integer-coded FP-Growth. */
import { encodeTransactions } from './baskets.ts';
import type { Cancellable } from './cancel.ts';
import { type CodedItemsets, mineFrequentItemsetsCoded } from './fpgrowth.ts';

export interface Itemset {
  items: string[];
  count: number;
  support: number;
}

export interface ItemsetOptions extends Cancellable {
  minSupport: number;
  maxLength?: number;
}

/** Decode coded itemsets; items sorted by label, itemsets by count desc then size then items. */
export function decodeItemsets(r: CodedItemsets, labels: readonly string[]): Itemset[] {
  const out: Itemset[] = [];
  for (let s = 0; s + 1 < r.offsets.length; s++) {
    const items: string[] = [];
    for (let i = r.offsets[s]; i < r.offsets[s + 1]; i++) items.push(labels[r.items[i]]);
    items.sort();
    out.push({ items, count: r.counts[s], support: r.counts[s] / r.nTransactions });
  }
  out.sort(
    (a, b) => b.count - a.count || a.items.length - b.items.length || compareItemLists(a.items, b.items),
  );
  return out;
}

export function compareItemLists(a: readonly string[], b: readonly string[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return a.length - b.length;
}

export function frequentItemsets(transactions: string[][], o: ItemsetOptions): Itemset[] {
  const coded = encodeTransactions(transactions);
  const r = mineFrequentItemsetsCoded(coded, o);
  return decodeItemsets(r, coded.labels);
}
