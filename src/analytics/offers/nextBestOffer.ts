/**
 * Next best offer for one customer, fast enough for a contact card (well under 100 ms once the
 * model is built): item-to-item co-purchase rules ("bought A; 78 % of A's buyers also buy B",
 * i.e. association rules A -> B with their confidence), ranked by confidence and then lift,
 * with the customer's favourite category's best sellers as the profile-based fallback. Never
 * offers something the customer already owns.
 */
export interface Purchase {
  contactId: string;
  productId: string;
}

export interface CoBuyModel {
  owned: Map<string, Set<string>>;
  /** Buyers per product. */
  buyers: Map<string, number>;
  /** Per product A: the products most often bought by A's buyers, with that count, best first. */
  next: Map<string, { b: string; n: number }[]>;
  customers: number;
  /** Products by buyers, best first (the fallback). */
  popular: string[];
}

export type OfferReason =
  | { kind: 'cobuy'; from: string; confidence: number; lift: number }
  | { kind: 'category'; category: string; buyers: number };

export interface Offer {
  productId: string;
  reason: OfferReason;
}

/** Rules need this many buyers of A before their confidence is trusted. */
export const MIN_SUPPORT = 5;
const TOP_PER_ITEM = 30;

export function buildCoBuy(purchases: Iterable<Purchase>): CoBuyModel {
  const owned = new Map<string, Set<string>>();
  for (const p of purchases) {
    let s = owned.get(p.contactId);
    if (!s) owned.set(p.contactId, (s = new Set()));
    s.add(p.productId);
  }
  const buyers = new Map<string, number>();
  const pairs = new Map<string, Map<string, number>>();
  for (const items of owned.values()) {
    const list = [...items];
    for (const a of list) {
      buyers.set(a, (buyers.get(a) ?? 0) + 1);
      let row = pairs.get(a);
      if (!row) pairs.set(a, (row = new Map()));
      for (const b of list) if (b !== a) row.set(b, (row.get(b) ?? 0) + 1);
    }
  }
  const next = new Map<string, { b: string; n: number }[]>();
  for (const [a, row] of pairs) next.set(a, [...row].map(([b, n]) => ({ b, n })).sort((x, y) => y.n - x.n || (x.b < y.b ? -1 : 1)).slice(0, TOP_PER_ITEM));
  const popular = [...buyers].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).map(([p]) => p);
  return { owned, buyers, next, customers: owned.size, popular };
}

export function nextBestOffers(model: CoBuyModel, contactId: string, categoryOf: (productId: string) => string | undefined, k = 3): Offer[] {
  const mine = model.owned.get(contactId) ?? new Set<string>();
  const best = new Map<string, Offer & { score: number; lift: number }>();
  for (const a of mine) {
    const na = model.buyers.get(a) ?? 0;
    if (na < MIN_SUPPORT) continue;
    for (const { b, n } of model.next.get(a) ?? []) {
      if (mine.has(b)) continue;
      const confidence = n / na;
      const lift = confidence / ((model.buyers.get(b) ?? 1) / Math.max(model.customers, 1));
      const cur = best.get(b);
      if (!cur || confidence > cur.score || (confidence === cur.score && lift > cur.lift)) {
        best.set(b, { productId: b, score: confidence, lift, reason: { kind: 'cobuy', from: a, confidence, lift } });
      }
    }
  }
  // Rules only where buying A makes B likelier than it is anyway (lift > 1).
  const out: Offer[] = [...best.values()].filter((o) => o.lift > 1).sort((x, y) => y.score - x.score || y.lift - x.lift).slice(0, k).map(({ productId, reason }) => ({ productId, reason }));
  if (out.length < k) {
    // Profile fallback: best sellers of the customer's most-bought category (or overall).
    const counts = new Map<string, number>();
    for (const p of mine) {
      const c = categoryOf(p);
      if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    const fav = [...counts].sort((x, y) => y[1] - x[1])[0]?.[0];
    const taken = new Set(out.map((o) => o.productId));
    for (const pass of fav ? [fav, undefined] : [undefined]) {
      for (const p of model.popular) {
        if (out.length >= k) break;
        if (mine.has(p) || taken.has(p) || (pass && categoryOf(p) !== pass)) continue;
        taken.add(p);
        out.push({ productId: p, reason: { kind: 'category', category: categoryOf(p) ?? '', buyers: model.buyers.get(p) ?? 0 } });
      }
    }
  }
  return out;
}
