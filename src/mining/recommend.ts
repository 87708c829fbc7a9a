/**
 * Item-item collaborative filtering on co-purchases. Similarity is cosine between item
 * columns of the user x item weight matrix; a user's score for an item is the sum of its
 * similarities to what the user has, weighted by the user's own weights. Users without history
 * (or with too few co-purchase candidates) are topped up from item attributes when given, then
 * from popularity. Items the user already has are never returned.
 */
export interface Interaction {
  user: string;
  item: string;
  weight?: number;
}

export interface RecommendOptions {
  user: string;
  k: number;
  /** Optional content: attribute tags per item (category, brand, ...), used to fill gaps. */
  itemAttributes?: Record<string, readonly string[]>;
}

export interface Recommendation {
  item: string;
  score: number;
  /** Which stage produced it. */
  source?: 'collaborative' | 'content' | 'popularity';
}

export interface Recommender {
  recommend(o: RecommendOptions): Recommendation[];
  items: readonly string[];
}

/** Precompute the sparse indexes once; repeated `recommend` calls are then cheap. */
export function createRecommender(interactions: readonly Interaction[]): Recommender {
  const itemIds = new Map<string, number>();
  const items: string[] = [];
  const users = new Map<string, Map<number, number>>();
  for (const r of interactions) {
    let id = itemIds.get(r.item);
    if (id === undefined) {
      id = items.length;
      itemIds.set(r.item, id);
      items.push(r.item);
    }
    let basket = users.get(r.user);
    if (!basket) {
      basket = new Map();
      users.set(r.user, basket);
    }
    basket.set(id, (basket.get(id) ?? 0) + (r.weight ?? 1));
  }
  const nItems = items.length;
  const norm = new Float64Array(nItems);
  const popularity = new Float64Array(nItems);
  // Inverted index: item -> the users (as basket maps) that have it.
  const holders: Map<number, number>[][] = Array.from({ length: nItems }, () => []);
  for (const basket of users.values()) {
    for (const [id, w] of basket) {
      norm[id] += w * w;
      popularity[id]++;
      holders[id].push(basket);
    }
  }
  for (let i = 0; i < nItems; i++) norm[i] = Math.sqrt(norm[i]);
  const popularOrder = Array.from({ length: nItems }, (_, i) => i).sort(
    (a, b) => popularity[b] - popularity[a] || (items[a] < items[b] ? -1 : 1),
  );

  const recommend = (o: RecommendOptions): Recommendation[] => {
    const k = Math.max(0, Math.floor(o.k));
    const own = users.get(o.user) ?? new Map<number, number>();
    const out: Recommendation[] = [];
    const taken = new Set<number>(own.keys());

    // Collaborative: score(j) = sum_i w_ui cos(i, j) = (1/|j|) sum_i (w_ui/|i|) sum_v w_vi w_vj,
    // accumulated in one pass over the co-holders of the user's items.
    const acc = new Map<number, number>();
    for (const [i, wu] of own) {
      const f = wu / norm[i];
      for (const basket of holders[i]) {
        if (basket === own) continue;
        const wi = (basket.get(i) ?? 0) * f;
        for (const [j, wj] of basket) {
          if (!taken.has(j)) acc.set(j, (acc.get(j) ?? 0) + wi * wj);
        }
      }
    }
    const scores: { id: number; score: number }[] = [];
    if (acc.size > 0) {
      for (const [j, v] of acc) if (v > 0) scores.push({ id: j, score: v / norm[j] / own.size });
      scores.sort((a, b) => b.score - a.score || (items[a.id] < items[b.id] ? -1 : 1));
      for (const s of scores) {
        if (out.length >= k) break;
        out.push({ item: items[s.id], score: s.score, source: 'collaborative' });
        taken.add(s.id);
      }
    }

    // Content: Jaccard of attribute sets against the user's items (only possible with history).
    const attrs = o.itemAttributes;
    if (out.length < k && attrs && own.size > 0) {
      const profile = new Set<string>();
      for (const [i] of own) for (const a of attrs[items[i]] ?? []) profile.add(a);
      const content: { id: number; score: number }[] = [];
      for (let j = 0; j < nItems; j++) {
        if (taken.has(j)) continue;
        const a = attrs[items[j]];
        if (!a || a.length === 0) continue;
        let inter = 0;
        const set = new Set(a);
        for (const x of set) if (profile.has(x)) inter++;
        if (inter > 0) content.push({ id: j, score: inter / (set.size + profile.size - inter) });
      }
      content.sort((a, b) => b.score - a.score || popularity[b.id] - popularity[a.id]);
      for (const c of content) {
        if (out.length >= k) break;
        out.push({ item: items[c.id], score: c.score, source: 'content' });
        taken.add(c.id);
      }
    }

    // Popularity: share of users holding the item.
    for (const j of popularOrder) {
      if (out.length >= k) break;
      if (taken.has(j)) continue;
      out.push({ item: items[j], score: popularity[j] / Math.max(users.size, 1), source: 'popularity' });
      taken.add(j);
    }
    return out;
  };
  return { recommend, items };
}

export function recommend(interactions: Interaction[], o: RecommendOptions): Recommendation[] {
  return createRecommender(interactions).recommend(o);
}
