/**
 * The loyalty programme: a tier from the last 12 months' spend (reporting
 * currency), with cashback and points that grow with the tier.
 */
export const TIERS = ['bronze', 'silver', 'gold', 'platinum'] as const;
export type Tier = (typeof TIERS)[number];

export interface TierRule {
  tier: Tier;
  /** Minimum 12-month spend, reporting-currency minor units. */
  minSpend: number;
  /** Cashback on each purchase, 0..1. */
  cashback: number;
  /** Points per whole reporting-currency unit spent. */
  pointsPerUnit: number;
}

export const TIER_RULES: readonly TierRule[] = [
  { tier: 'bronze', minSpend: 0, cashback: 0.01, pointsPerUnit: 1 },
  { tier: 'silver', minSpend: 100_000, cashback: 0.02, pointsPerUnit: 1.25 },
  { tier: 'gold', minSpend: 500_000, cashback: 0.03, pointsPerUnit: 1.5 },
  { tier: 'platinum', minSpend: 2_000_000, cashback: 0.05, pointsPerUnit: 2 },
];

/** Null for someone who bought nothing in 12 months: not a member yet. */
export function tierOf(spend12m: number): Tier | null {
  if (!(spend12m > 0)) return null;
  let t: Tier = 'bronze';
  for (const r of TIER_RULES) if (spend12m >= r.minSpend) t = r.tier;
  return t;
}

export function tierRule(t: Tier): TierRule {
  return TIER_RULES.find((r) => r.tier === t)!;
}

/** Points and cashback earned on one purchase at a tier. */
export function earn(t: Tier, amount: number): { points: number; cashback: number } {
  const r = tierRule(t);
  return { points: Math.floor((amount / 100) * r.pointsPerUnit), cashback: Math.round(amount * r.cashback) };
}

export const tierRank = (t: Tier | null): number => (t ? TIERS.indexOf(t) + 1 : 0);

export interface SpendOrder {
  contactId: string;
  orderedAt: string;
  /** Reporting-currency minor units. */
  amount: number;
}

/** Each contact's tier at each of the given times (ISO), from the 12 months before it. */
export function tiersAt(orders: readonly SpendOrder[], times: readonly string[]): Map<string, (Tier | null)[]> {
  const out = new Map<string, (Tier | null)[]>();
  const spend = new Map<string, number[]>();
  const ms = times.map((t) => Date.parse(t));
  const YEAR = 365 * 86_400_000;
  for (const o of orders) {
    const t = Date.parse(o.orderedAt);
    let s = spend.get(o.contactId);
    if (!s) spend.set(o.contactId, (s = new Array(times.length).fill(0)));
    for (let i = 0; i < ms.length; i++) if (t <= ms[i] && t > ms[i] - YEAR) s[i] += o.amount;
  }
  for (const [id, s] of spend) out.set(id, s.map(tierOf));
  return out;
}

export interface TierMovement {
  /** End of the period (ISO). */
  at: string;
  counts: Record<Tier, number>;
  up: number;
  down: number;
  joined: number;
  lapsed: number;
}

/** Members per tier at each time and how many moved up or down since the previous one. */
export function tierMovement(orders: readonly SpendOrder[], times: readonly string[]): TierMovement[] {
  const by = tiersAt(orders, times);
  return times.map((at, i) => {
    const m: TierMovement = { at, counts: { bronze: 0, silver: 0, gold: 0, platinum: 0 }, up: 0, down: 0, joined: 0, lapsed: 0 };
    for (const tiers of by.values()) {
      const now = tiers[i];
      if (now) m.counts[now]++;
      if (i === 0) continue;
      const before = tiers[i - 1];
      if (!before && now) m.joined++;
      else if (before && !now) m.lapsed++;
      else if (before && now && tierRank(now) > tierRank(before)) m.up++;
      else if (before && now && tierRank(now) < tierRank(before)) m.down++;
    }
    return m;
  });
}

/** Tier names in the recipient's language, for messages (the UI uses its own labels). */
export const TIER_NAMES: Record<'en' | 'ru' | 'zh', Record<Tier, string>> = {
  en: { bronze: 'Bronze', silver: 'Silver', gold: 'Gold', platinum: 'Platinum' },
  ru: { bronze: 'Бронзовый', silver: 'Серебряный', gold: 'Золотой', platinum: 'Платиновый' },
  zh: { bronze: '铜卡', silver: '银卡', gold: '金卡', platinum: '白金卡' },
};
