import { accumulate } from './customers.ts';
import { DAY_MS, type FeatureName, type OrderFact } from './facts.ts';

export interface ChurnDataset {
  features: FeatureName[];
  /** Customers known at the cutoff; y = 1 when they bought nothing after it. */
  ids: string[];
  X: number[][];
  y: number[];
  /** Customers still active now (bought within the window), with features as of now, to score. */
  activeIds: string[];
  activeX: number[][];
  cutoffMs: number;
}

const RECENT_DAYS = 90;

function features(orders: readonly OrderFact[], asOfMs: number): Map<string, number[]> {
  const acc = accumulate(orders, asOfMs);
  const recent = new Map<string, number>();
  for (const o of orders) {
    if (o.paid && o.ms <= asOfMs && o.ms > asOfMs - RECENT_DAYS * DAY_MS) recent.set(o.contactId, (recent.get(o.contactId) ?? 0) + 1);
  }
  const out = new Map<string, number[]>();
  for (const [id, a] of acc) {
    out.set(id, [
      (asOfMs - a.last) / DAY_MS,
      a.count,
      Math.log1p(a.sum),
      Math.log1p(a.sum / a.count),
      (asOfMs - a.first) / DAY_MS,
      recent.get(id) ?? 0,
    ]);
  }
  return out;
}

/**
 * Churn as "no paid order in the last `windowDays`". To learn it without peeking, features
 * are taken as of a cutoff `windowDays` ago and the label is what happened after the cutoff;
 * the model then scores today's active customers from features as of today.
 */
export function churnDataset(orders: readonly OrderFact[], nowMs: number, windowDays: number): ChurnDataset {
  const cutoffMs = nowMs - windowDays * DAY_MS;
  const past = features(orders, cutoffMs);
  const boughtAfter = new Set<string>();
  for (const o of orders) if (o.paid && o.ms > cutoffMs && o.ms <= nowMs) boughtAfter.add(o.contactId);
  const ids = [...past.keys()].sort();
  const current = features(orders, nowMs);
  const activeIds = [...boughtAfter].filter((id) => current.has(id)).sort();
  return {
    features: [{ key: 'recencyDays' }, { key: 'frequency' }, { key: 'monetaryLog' }, { key: 'avgOrderValueLog' }, { key: 'tenureDays' }, { key: 'recentOrders' }],
    ids,
    X: ids.map((id) => past.get(id)!),
    y: ids.map((id) => (boughtAfter.has(id) ? 0 : 1)),
    activeIds,
    activeX: activeIds.map((id) => current.get(id)!),
    cutoffMs,
  };
}
