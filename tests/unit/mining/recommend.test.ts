import { describe, expect, it } from 'vitest';
import { createRecommender, createRng, recommend } from '../../../src/mining/index.ts';

describe('recommend', () => {
  const data = [
    { user: 'a', item: 'tea' },
    { user: 'a', item: 'milk' },
    { user: 'b', item: 'tea' },
    { user: 'b', item: 'milk' },
    { user: 'b', item: 'biscuits' },
    { user: 'c', item: 'tea' },
    { user: 'c', item: 'biscuits' },
    { user: 'd', item: 'beer' },
    { user: 'd', item: 'crisps' },
    { user: 'e', item: 'beer' },
    { user: 'e', item: 'crisps' },
    { user: 'f', item: 'beer' },
    { user: 'g', item: 'tea' },
  ];

  it('recommends co-purchased items first (cosine item-item)', () => {
    const r = recommend(data, { user: 'a', k: 2 });
    expect(r[0]).toMatchObject({ item: 'biscuits', source: 'collaborative' });
    const f = recommend(data, { user: 'f', k: 1 });
    expect(f[0].item).toBe('crisps');
  });

  it('falls back to popularity for unknown users and to content when given', () => {
    const r = recommend(data, { user: 'newcomer', k: 3 });
    expect(r.map((x) => x.item)).toEqual(['tea', 'beer', 'biscuits']);
    expect(r.every((x) => x.source === 'popularity')).toBe(true);
    const attrs = { tea: ['drink', 'hot'], milk: ['drink'], beer: ['drink', 'alcohol'], crisps: ['snack'], biscuits: ['snack'] };
    const g = recommend(data, { user: 'g', k: 4, itemAttributes: attrs });
    expect(g.map((x) => x.item)).not.toContain('tea');
    expect(g.some((x) => x.source === 'content')).toBe(true);
  });

  it('never returns items the user already has, on random data', () => {
    const rng = createRng(11);
    const inter = Array.from({ length: 3000 }, () => ({ user: `u${rng.int(200)}`, item: `p${Math.floor(80 * rng.next() ** 2)}`, weight: 1 + rng.int(3) }));
    const rec = createRecommender(inter);
    for (let u = 0; u < 200; u++) {
      const owned = new Set(inter.filter((x) => x.user === `u${u}`).map((x) => x.item));
      const r = rec.recommend({ user: `u${u}`, k: 10 });
      expect(r.length).toBe(Math.min(10, 80 - owned.size));
      for (const x of r) expect(owned.has(x.item)).toBe(false);
      expect(new Set(r.map((x) => x.item)).size).toBe(r.length);
    }
  });
});
