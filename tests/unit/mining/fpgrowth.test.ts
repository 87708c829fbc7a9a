import { describe, expect, it } from 'vitest';
import {
  associationRules,
  CancelledError,
  createRng,
  encodeTransactions,
  frequentItemsets,
  mineFrequentItemsetsCoded,
  parseBaskets,
  parseBasketsCoded,
} from '../../../src/mining/index.ts';
import { readDataset } from './data.ts';

function randomBaskets(seed: number, n: number, nItems: number, maxLen: number): string[][] {
  const rng = createRng(seed);
  const out: string[][] = [];
  for (let t = 0; t < n; t++) {
    const len = 1 + rng.int(maxLen);
    const b: string[] = [];
    // Skewed item popularity; duplicates on purpose.
    for (let i = 0; i < len; i++) b.push(`i${Math.floor(nItems * rng.next() ** 2)}`);
    out.push(b);
  }
  return out;
}

function bruteItemsets(tx: string[][], minCount: number): Map<string, number> {
  const items = [...new Set(tx.flat())].sort();
  const sets = tx.map((t) => new Set(t));
  const out = new Map<string, number>();
  for (let mask = 1; mask < 1 << items.length; mask++) {
    const chosen = items.filter((_, j) => (mask >> j) & 1);
    let c = 0;
    for (const s of sets) if (chosen.every((x) => s.has(x))) c++;
    if (c >= minCount) out.set(chosen.join('|'), c);
  }
  return out;
}

describe('frequentItemsets', () => {
  it('matches brute force exactly on small random data (with duplicate items)', () => {
    for (let seed = 1; seed <= 12; seed++) {
      const tx = randomBaskets(seed, 40 + seed * 5, 9, 6);
      for (const minSupport of [0.05, 0.1, 0.2]) {
        const minCount = Math.ceil(minSupport * tx.length - 1e-9);
        const expected = bruteItemsets(tx, minCount);
        const got = frequentItemsets(tx, { minSupport });
        expect(got.length).toBe(expected.size);
        for (const s of got) {
          expect(s.count).toBe(expected.get(s.items.join('|')));
          expect(s.support).toBeCloseTo(s.count / tx.length, 12);
        }
      }
    }
  });

  it('respects maxLength', () => {
    const tx = randomBaskets(7, 80, 8, 6);
    const all = frequentItemsets(tx, { minSupport: 0.05 });
    const short = frequentItemsets(tx, { minSupport: 0.05, maxLength: 2 });
    expect(short.length).toBe(all.filter((s) => s.items.length <= 2).length);
  });

  it('supports cancellation and progress', () => {
    const tx = randomBaskets(3, 200, 9, 6);
    expect(() => frequentItemsets(tx, { minSupport: 0.01, signal: { aborted: true } })).toThrow(CancelledError);
    const seen: number[] = [];
    frequentItemsets(tx, { minSupport: 0.01, onProgress: (f) => seen.push(f) });
    expect(seen.at(-1)).toBe(1);
  });

  it('parses .dat and .csv baskets', () => {
    expect(parseBaskets('1 2 3 \n\n4 5\n')).toEqual([['1', '2', '3'], ['4', '5']]);
    expect(parseBaskets('a b,c \r\nd\r\n')).toEqual([['a b', 'c'], ['d']]);
    const coded = parseBasketsCoded('x y\ny z\n');
    expect(coded.labels).toEqual(['x', 'y', 'z']);
    expect(Array.from(coded.offsets)).toEqual([0, 2, 4]);
    expect(encodeTransactions([['x', 'y'], ['y', 'z']])).toEqual(coded);
  });
});

describe('known public results', () => {
  it('retail.dat: 159 / 580 / 7,589 itemsets at 0.01 / 0.005 / 0.001', () => {
    const tx = parseBasketsCoded(readDataset('baskets/retail.dat'));
    expect(tx.offsets.length - 1).toBe(88162);
    const counts = [0.01, 0.005, 0.001].map((s) => mineFrequentItemsetsCoded(tx, { minSupport: s }).counts.length);
    expect(counts).toEqual([159, 580, 7589]);
    const t = performance.now();
    mineFrequentItemsetsCoded(tx, { minSupport: 0.001 });
    expect(performance.now() - t).toBeLessThan(3000);
  });

  it('T10I4D100K: 385 / 1,073 itemsets at 0.01 / 0.005', () => {
    const tx = parseBasketsCoded(readDataset('baskets/T10I4D100K.dat'));
    const counts = [0.01, 0.005].map((s) => mineFrequentItemsetsCoded(tx, { minSupport: s }).counts.length);
    expect(counts).toEqual([385, 1073]);
  });

  it('Groceries: 333 / 1,001 / 13,492 itemsets; 410 single-consequent rules at 0.001 / 0.8', () => {
    const tx = parseBaskets(readDataset('baskets/groceries.csv'));
    expect(tx.length).toBe(9835);
    expect([0.01, 0.005, 0.001].map((s) => frequentItemsets(tx, { minSupport: s }).length)).toEqual([333, 1001, 13492]);
    const rules = associationRules(tx, { minSupport: 0.001, minConfidence: 0.8 });
    const single = rules.filter((r) => r.consequent.length === 1);
    expect(single.length).toBe(410);
    const top = single[0];
    expect(top.antecedent).toEqual(['liquor', 'red/blush wine']);
    expect(top.consequent).toEqual(['bottled beer']);
    expect(top.count).toBe(19);
    expect(top.confidence).toBeCloseTo(0.904762, 6);
    expect(top.lift).toBeCloseTo(11.235269, 6);
    expect(associationRules(tx, { minSupport: 0.001, minConfidence: 0.8, maxConsequentLength: 1 }).length).toBe(410);
  });
});

describe('associationRules', () => {
  it('matches brute-force measures to 1e-9, including multi-item consequents', () => {
    for (let seed = 1; seed <= 6; seed++) {
      const tx = randomBaskets(100 + seed, 60, 8, 5);
      const sets = tx.map((t) => new Set(t));
      const n = tx.length;
      const cnt = (xs: string[]): number => sets.filter((s) => xs.every((x) => s.has(x))).length;
      const minCount = Math.ceil(0.05 * n - 1e-9);
      const rules = associationRules(tx, { minSupport: 0.05, minConfidence: 0.3 });
      // Expected rule set from brute force.
      const expected = new Set<string>();
      for (const [key, c] of bruteItemsets(tx, minCount)) {
        const items = key.split('|');
        if (items.length < 2) continue;
        for (let mask = 1; mask < (1 << items.length) - 1; mask++) {
          const a = items.filter((_, j) => (mask >> j) & 1);
          if (c / cnt(a) >= 0.3 - 1e-12) expected.add(`${a.join('|')}=>${items.filter((_, j) => !((mask >> j) & 1)).join('|')}`);
        }
      }
      expect(rules.length).toBe(expected.size);
      for (const r of rules) {
        expect(expected.has(`${r.antecedent.join('|')}=>${r.consequent.join('|')}`)).toBe(true);
        const cAB = cnt([...r.antecedent, ...r.consequent]);
        const sA = cnt(r.antecedent) / n;
        const sC = cnt(r.consequent) / n;
        const conf = cAB / n / sA;
        expect(r.count).toBe(cAB);
        expect(Math.abs(r.support - cAB / n)).toBeLessThan(1e-9);
        expect(Math.abs(r.confidence - conf)).toBeLessThan(1e-9);
        expect(Math.abs(r.lift - conf / sC)).toBeLessThan(1e-9);
        expect(Math.abs(r.leverage - (cAB / n - sA * sC))).toBeLessThan(1e-9);
        if (cAB === cnt(r.antecedent)) expect(r.conviction).toBe(Number.POSITIVE_INFINITY);
        else expect(Math.abs(r.conviction - (1 - sC) / (1 - conf))).toBeLessThan(1e-9);
      }
      for (let i = 1; i < rules.length; i++) expect(rules[i - 1].lift).toBeGreaterThanOrEqual(rules[i].lift);
    }
  });
});
