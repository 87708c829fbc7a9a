import type { FeatureName } from '../../mining/worker/facts.ts';
import type { Purchase } from '../metrics/purchases.ts';
import { DAY_MS, purchaseHistories, rfmOf } from '../metrics/rfm.ts';

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

/** RFM as of a date (metrics/rfm.ts, money in minor units, logged because it is skewed) plus recent purchases. */
function features(purchases: readonly Purchase[], asOfMs: number): Map<string, number[]> {
  const histories = purchaseHistories(purchases, asOfMs);
  const recent = new Map<string, number>();
  for (const p of purchases) {
    if (p.ms <= asOfMs && p.ms > asOfMs - RECENT_DAYS * DAY_MS) recent.set(p.contactId, (recent.get(p.contactId) ?? 0) + 1);
  }
  const out = new Map<string, number[]>();
  for (const [id, h] of histories) {
    const r = rfmOf(h, asOfMs);
    out.set(id, [r.recencyDays, r.frequency, Math.log1p(r.monetary), Math.log1p(r.avgOrderValue), r.tenureDays, recent.get(id) ?? 0]);
  }
  return out;
}

/**
 * Churn as "no paid order in the last `windowDays`". To learn it without peeking, features
 * are taken as of a cutoff `windowDays` ago and the label is what happened after the cutoff;
 * the model then scores today's active customers from features as of today.
 */
export function churnDataset(purchases: readonly Purchase[], nowMs: number, windowDays: number): ChurnDataset {
  const cutoffMs = nowMs - windowDays * DAY_MS;
  const past = features(purchases, cutoffMs);
  const boughtAfter = new Set<string>();
  for (const p of purchases) if (p.ms > cutoffMs && p.ms <= nowMs) boughtAfter.add(p.contactId);
  const ids = [...past.keys()].sort();
  const current = features(purchases, nowMs);
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
