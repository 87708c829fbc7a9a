import type { Purchase } from './purchases.ts';
import { quintileScores } from './quintiles.ts';

export const DAY_MS = 86_400_000;

/** A customer's purchases up to a date, reduced to what every customer measure needs. */
export interface PurchaseHistory {
  firstMs: number;
  lastMs: number;
  count: number;
  /** Reporting-currency minor units. */
  sum: number;
}

/**
 * RFM and its companions, defined once (dashboard profiles, segment rules, mining
 * features and the SQL view `customer_rfm` all read these):
 * - recencyDays: whole days from the last purchase to the as-of date;
 * - frequency: purchases (paid orders);
 * - monetary: their sum, reporting-currency minor units;
 * - avgOrderValue: monetary / frequency, minor units;
 * - tenureDays: whole days from the first purchase (a customer's tenure starts with
 *   their first order, not when the contact was typed in).
 */
export interface Rfm {
  recencyDays: number;
  frequency: number;
  monetary: number;
  avgOrderValue: number;
  tenureDays: number;
}

/** Purchases per customer up to and including `asOfMs`. */
export function purchaseHistories(purchases: readonly Purchase[], asOfMs: number): Map<string, PurchaseHistory> {
  const by = new Map<string, PurchaseHistory>();
  for (const p of purchases) {
    if (p.ms > asOfMs) continue;
    const h = by.get(p.contactId);
    if (!h) by.set(p.contactId, { firstMs: p.ms, lastMs: p.ms, count: 1, sum: p.amount });
    else {
      if (p.ms < h.firstMs) h.firstMs = p.ms;
      if (p.ms > h.lastMs) h.lastMs = p.ms;
      h.count++;
      h.sum += p.amount;
    }
  }
  return by;
}

const wholeDays = (ms: number): number => Math.max(0, Math.floor(ms / DAY_MS));

export function rfmOf(h: PurchaseHistory, asOfMs: number): Rfm {
  return {
    recencyDays: wholeDays(asOfMs - h.lastMs),
    frequency: h.count,
    monetary: Math.round(h.sum),
    avgOrderValue: Math.round(h.sum / h.count),
    tenureDays: wholeDays(asOfMs - h.firstMs),
  };
}

/** Mean days between purchases; undefined with fewer than two. */
export function purchaseIntervalDays(h: PurchaseHistory): number | undefined {
  return h.count > 1 ? (h.lastMs - h.firstMs) / DAY_MS / (h.count - 1) : undefined;
}

export interface RfmScores {
  r: number;
  f: number;
  m: number;
}

/** Scores 1..5 by quintile among the given customers (buyers): recent, frequent and big spenders score 5. */
export function rfmScores(values: readonly Rfm[]): RfmScores[] {
  const r = quintileScores(values.map((v) => v.recencyDays), false);
  const f = quintileScores(values.map((v) => v.frequency));
  const m = quintileScores(values.map((v) => v.monetary));
  return values.map((_, i) => ({ r: r[i], f: f[i], m: m[i] }));
}
