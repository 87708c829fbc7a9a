import { toReporting } from '../../domain/currency.ts';
import { tierMovement, tierOf, TIERS, type Tier, type TierMovement } from '../../domain/loyalty/tiers.ts';
import type { KithDB } from '../../store/schema.ts';

export interface LoyaltyOverview {
  /** Members per tier now. */
  now: Record<Tier, number>;
  /** Quarter ends, oldest first, with movement since the previous one. */
  movement: TierMovement[];
  /** Occasional buyers (one order in the 12 months) now, and regular (two or more). */
  occasional: number;
  regular: number;
}

/** Quarter ends going back `n` quarters from now (the last is now itself). */
export function quarterEnds(nowMs: number, n: number): string[] {
  const d = new Date(nowMs);
  const out: string[] = [new Date(nowMs).toISOString()];
  let y = d.getUTCFullYear();
  let q = Math.floor(d.getUTCMonth() / 3);
  for (let i = 1; i < n; i++) {
    out.unshift(new Date(Date.UTC(y, q * 3, 1) - 1).toISOString());
    q--;
    if (q < 0) {
      q = 3;
      y--;
    }
  }
  return out;
}

export async function loyaltyOverview(db: KithDB, nowMs: number): Promise<LoyaltyOverview> {
  const orders = (await db.orders.toArray()).filter((o) => o.status === 'paid').map((o) => ({ contactId: o.contactId, orderedAt: o.orderedAt, amount: toReporting(o.total, o.currency) }));
  const movement = tierMovement(orders, quarterEnds(nowMs, 9));
  const yearAgo = new Date(nowMs - 365 * 86_400_000).toISOString();
  const count = new Map<string, number>();
  const spend = new Map<string, number>();
  for (const o of orders) {
    if (o.orderedAt <= yearAgo) continue;
    count.set(o.contactId, (count.get(o.contactId) ?? 0) + 1);
    spend.set(o.contactId, (spend.get(o.contactId) ?? 0) + o.amount);
  }
  const now = Object.fromEntries(TIERS.map((t) => [t, 0])) as Record<Tier, number>;
  for (const s of spend.values()) {
    const t = tierOf(s);
    if (t) now[t]++;
  }
  let occasional = 0;
  let regular = 0;
  for (const n of count.values()) {
    if (n === 1) occasional++;
    else regular++;
  }
  return { now, movement: movement.slice(1), occasional, regular };
}
