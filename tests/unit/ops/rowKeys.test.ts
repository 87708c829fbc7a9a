import { describe, expect, it } from 'vitest';
import { RowKeys } from '../../../src/ui/lib/rowKeys.ts';

/** Elements a keyed list must move to turn one key order into another: all but a longest common subsequence. */
function moves(before: number[], after: number[]): number {
  const kept = after.filter((k) => before.includes(k));
  const pos = kept.map((k) => before.indexOf(k));
  // Longest increasing run of old positions, by brute force over the (small) window.
  const best: number[] = [];
  for (let a = 0; a < pos.length; a++) {
    best[a] = 1;
    for (let b = 0; b < a; b++) if (pos[b] < pos[a]) best[a] = Math.max(best[a], best[b] + 1);
  }
  return kept.length - Math.max(0, ...best);
}

/** A deterministic stream of numbers in [0, 1). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

describe('RowKeys', () => {
  it('a jump past the window reuses every key in its old order (no element moves)', () => {
    const keys = new RowKeys();
    const first = keys.assign(0, 23);
    expect(new Set(first).size).toBe(23);
    for (const start of [59, 118, 5_000, 99_977, 40]) {
      expect(keys.assign(start, start + 23)).toEqual(first);
    }
  });

  it('a row staying in the window keeps its key; a scroll by k rows moves only k elements', () => {
    const keys = new RowKeys();
    const a = keys.assign(100, 120);
    const down = keys.assign(103, 123);
    expect(down.slice(0, 17)).toEqual(a.slice(3));
    expect(moves(a, down)).toBe(3);
    const up = keys.assign(101, 121);
    expect(up.slice(2)).toEqual(down.slice(0, 18));
    expect(moves(down, up)).toBe(2);
  });

  it('random windows: keys unique, kept while the row stays, no more keys than the widest window, moves at most the rows that entered', () => {
    const r = rng(42);
    const keys = new RowKeys();
    let prev = new Map<number, number>();
    let prevOrder: number[] = [];
    let widest = 0;
    for (let step = 0; step < 2_000; step++) {
      const size = 15 + Math.floor(r() * 12);
      const start = r() < 0.5 ? Math.max(0, [...prev.keys()][0] ?? 0) + Math.floor(r() * 7) - 3 : Math.floor(r() * 10_000);
      const s = Math.max(0, start);
      const got = keys.assign(s, s + size);
      widest = Math.max(widest, size);
      expect(got).toHaveLength(size);
      expect(new Set(got).size).toBe(size);
      expect(Math.max(...got)).toBeLessThan(widest);
      const now = new Map(got.map((k, j) => [s + j, k]));
      let entered = 0;
      for (const [i, k] of now) {
        if (prev.has(i)) expect(k).toBe(prev.get(i));
        else entered++;
      }
      expect(moves(prevOrder, got)).toBeLessThanOrEqual(entered);
      prev = now;
      prevOrder = got;
    }
  });
});
