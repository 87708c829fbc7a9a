import { describe, expect, it } from 'vitest';
import { buildCoBuy, nextBestOffers, type Purchase } from '../../../src/analytics/offers/nextBestOffer.ts';

const cat: Record<string, string> = { printer: 'Printers', toner: 'Supplies', paper: 'Supplies', desk: 'Furniture', chair: 'Furniture', lamp: 'Furniture' };
const buy = (c: string, ...ps: string[]): Purchase[] => ps.map((productId) => ({ contactId: c, productId }));

describe('next best offer', () => {
  // 10 printer buyers: 8 also bought toner, 2 paper; 10 others bought furniture.
  const data: Purchase[] = [];
  for (let i = 0; i < 10; i++) data.push(...buy(`p${i}`, 'printer', ...(i < 8 ? ['toner'] : ['paper'])));
  for (let i = 0; i < 10; i++) data.push(...buy(`f${i}`, 'desk', ...(i < 6 ? ['chair'] : []), ...(i < 3 ? ['lamp'] : [])));
  data.push(...buy('me', 'printer'));
  const model = buildCoBuy(data);

  it('offers what buyers of the same product buy, with its confidence, never what is owned', () => {
    const offers = nextBestOffers(model, 'me', (p) => cat[p]);
    expect(offers[0]).toEqual({ productId: 'toner', reason: { kind: 'cobuy', from: 'printer', confidence: 8 / 11, lift: 8 / 11 / (8 / 21) } });
    expect(offers.map((o) => o.productId)).not.toContain('printer');
    expect(offers).toHaveLength(3);
    // Paper (2 of 11 printer buyers) has lift 2/11 / (2/21) > 1: a rule too; then the best seller of the customer's category.
    expect(offers[1].productId).toBe('paper');
  });

  it('falls back to best sellers of the favourite category for a customer without rules', () => {
    const offers = nextBestOffers(buildCoBuy([...data, ...buy('new', 'lamp')]), 'new', (p) => cat[p]);
    expect(offers.map((o) => o.productId)).not.toContain('lamp');
    expect(offers.map((o) => o.productId).slice(0, 1)).toEqual(['desk']);
  });
});
