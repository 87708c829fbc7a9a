import { describe, expect, it } from 'vitest';
import { chooseK } from '../../../src/mining/choosek.ts';
import { dequantize } from '../../../src/mining/dequantize.ts';
import { createRng } from '../../../src/mining/random.ts';

/**
 * Customer features hold counts (orders 1, 2, 3 ...). Without spreading them over their cells a
 * mixture component collapses onto one count, BIC/ICL fall with every k and auto-k stops at kMax
 * (what the demo did). Two real groups here: occasional buyers (1-2 orders) and regulars (4-9).
 */
function customers(): number[][] {
  const rng = createRng(11);
  const pts: number[][] = [];
  for (let i = 0; i < 500; i++) pts.push([rng.normal() * 0.8, Math.log1p(rng.next() < 0.7 ? 1 : 2)]);
  for (let i = 0; i < 300; i++) pts.push([3 + rng.normal() * 0.8, Math.log1p(4 + rng.int(6))]);
  return pts;
}

describe('auto-k with count features', () => {
  it('ICL finds the two groups instead of running to kMax', () => {
    const r = chooseK(customers(), { kMin: 2, kMax: 7, seed: 3 });
    expect(r.criterion).toBe('icl');
    expect(r.k).toBe(2);
  });

  it('spreads a discrete column within its cells and leaves a continuous one alone', () => {
    const X = { data: Float64Array.from([1, 0.1, 1, 0.2, 2, 0.3, 2, 0.4, 4, 0.5, 1, 0.6, 1, 0.7, 2, 0.8]), n: 8, d: 2 };
    const Y = dequantize(X, 1);
    for (let i = 0; i < 8; i++) {
      const v = X.data[i * 2];
      // Cells: 1 -> [0.5, 1.5], 2 -> [1.5, 3], 4 -> [3, 5].
      const [lo, hi] = v === 1 ? [0.5, 1.5] : v === 2 ? [1.5, 3] : [3, 5];
      expect(Y.data[i * 2]).toBeGreaterThanOrEqual(lo);
      expect(Y.data[i * 2]).toBeLessThanOrEqual(hi);
      expect(Y.data[i * 2 + 1]).toBe(X.data[i * 2 + 1]);
    }
  });
});
