import { DAY_MS, type DealFact, type FeatureName } from './facts.ts';

export interface LeadDataset {
  features: FeatureName[];
  /** Closed deals: won = 1, lost = 0. */
  X: number[][];
  y: number[];
  /** Open deals to score, with their features. */
  openIds: string[];
  openX: number[][];
}

/** Owners with fewer closed deals than this share one "other" column: a few deals say nothing about a person. */
export const MIN_OWNER_DEALS = 10;

/**
 * Lead-scoring features of a deal: log amount, activity count, days open (to close, or
 * to now for open deals), and one-hot source and owner.
 */
export function leadDataset(deals: readonly DealFact[], nowMs: number, ownerName: (id: string) => string = (id) => id): LeadDataset {
  const closed = deals.filter((d) => d.outcome !== 'open');
  const sources = [...new Set(closed.map((d) => d.source ?? ''))].sort();
  const ownerDeals = new Map<string, number>();
  for (const d of closed) if (d.ownerId) ownerDeals.set(d.ownerId, (ownerDeals.get(d.ownerId) ?? 0) + 1);
  const owners = [...ownerDeals].filter(([, n]) => n >= MIN_OWNER_DEALS).map(([id]) => id).sort();
  const hasOtherOwner = closed.some((d) => !d.ownerId || !owners.includes(d.ownerId));

  const features: FeatureName[] = [
    { key: 'amountLog' },
    { key: 'activities' },
    { key: 'daysOpen' },
    ...sources.map((s) => (s ? { key: 'source', value: s } : { key: 'sourceNone' })),
    ...owners.map((id) => ({ key: 'owner', value: ownerName(id) })),
    ...(hasOtherOwner ? [{ key: 'ownerOther' }] : []),
  ];

  const row = (d: DealFact): number[] => {
    const end = d.outcome === 'open' ? nowMs : (d.closedMs ?? nowMs);
    const r = [Math.log1p(Math.max(0, d.amount)), d.activities, Math.max(0, (end - d.createdMs) / DAY_MS)];
    for (const s of sources) r.push((d.source ?? '') === s ? 1 : 0);
    const known = d.ownerId !== undefined && owners.includes(d.ownerId);
    for (const id of owners) r.push(d.ownerId === id ? 1 : 0);
    if (hasOtherOwner) r.push(known ? 0 : 1);
    return r;
  };

  const open = deals.filter((d) => d.outcome === 'open');
  return {
    features,
    X: closed.map(row),
    y: closed.map((d) => (d.outcome === 'won' ? 1 : 0)),
    openIds: open.map((d) => d.id),
    openX: open.map(row),
  };
}
