/**
 * Association rules from frequent itemsets. Every subset of a frequent itemset is itself
 * frequent, so antecedent and consequent supports come from the mined set by lookup, and the
 * measures are exact.
 */
import { encodeTransactions } from './baskets.ts';
import type { Cancellable } from './cancel.ts';
import { throwIfAborted } from './cancel.ts';
import { type CodedItemsets, mineFrequentItemsetsCoded } from './fpgrowth.ts';
import { compareItemLists } from './itemsets.ts';

export interface Rule {
  antecedent: string[];
  consequent: string[];
  count: number;
  support: number;
  confidence: number;
  lift: number;
  leverage: number;
  conviction: number;
}

export interface RuleOptions extends Cancellable {
  minSupport: number;
  minConfidence: number;
  maxLength?: number;
  /** Cap on consequent size (default: unlimited). 1 gives the classic single-item-consequent rules. */
  maxConsequentLength?: number;
  /** Keep only rules with lift at least this (default: none). */
  minLift?: number;
}

/** Itemsets larger than this are not split into rules: 2^n subsets would explode. */
const MAX_RULE_ITEMSET = 20;

function keyOf(codes: readonly number[]): string {
  return codes.join(',');
}

export function rulesFromItemsets(
  r: CodedItemsets,
  labels: readonly string[],
  o: Omit<RuleOptions, 'minSupport' | 'maxLength'>,
): Rule[] {
  const n = r.nTransactions;
  const countOf = new Map<string, number>();
  const sets: number[][] = [];
  for (let s = 0; s + 1 < r.offsets.length; s++) {
    const codes = Array.from(r.items.subarray(r.offsets[s], r.offsets[s + 1])).sort((a, b) => a - b);
    sets.push(codes);
    countOf.set(keyOf(codes), r.counts[s]);
  }
  const maxCons = o.maxConsequentLength ?? Number.POSITIVE_INFINITY;
  const minLift = o.minLift ?? Number.NEGATIVE_INFINITY;
  // Tolerance so that a confidence of exactly 0.8 is not lost to rounding.
  const minConf = o.minConfidence - 1e-12;
  const rules: Rule[] = [];
  const ante: number[] = [];
  const cons: number[] = [];
  for (let s = 0; s < sets.length; s++) {
    const codes = sets[s];
    const m = codes.length;
    if (m < 2 || m > MAX_RULE_ITEMSET) continue;
    if ((s & 4095) === 0) {
      throwIfAborted(o.signal);
      o.onProgress?.(s / sets.length);
    }
    const count = r.counts[s];
    const full = (1 << m) - 1;
    for (let mask = 1; mask < full; mask++) {
      ante.length = 0;
      cons.length = 0;
      for (let j = 0; j < m; j++) ((mask >> j) & 1 ? ante : cons).push(codes[j]);
      if (cons.length > maxCons) continue;
      const countA = countOf.get(keyOf(ante));
      if (countA === undefined) continue;
      const confidence = count / countA;
      if (confidence < minConf) continue;
      const countC = countOf.get(keyOf(cons));
      if (countC === undefined) continue;
      const suppC = countC / n;
      const lift = confidence / suppC;
      if (lift < minLift) continue;
      const support = count / n;
      rules.push({
        antecedent: ante.map((c) => labels[c]).sort(),
        consequent: cons.map((c) => labels[c]).sort(),
        count,
        support,
        confidence,
        lift,
        leverage: support - (countA / n) * suppC,
        conviction: count === countA ? Number.POSITIVE_INFINITY : (1 - suppC) / (1 - confidence),
      });
    }
  }
  rules.sort(
    (a, b) =>
      b.lift - a.lift ||
      b.confidence - a.confidence ||
      b.count - a.count ||
      compareItemLists(a.antecedent, b.antecedent) ||
      compareItemLists(a.consequent, b.consequent),
  );
  o.onProgress?.(1);
  return rules;
}

export function associationRules(transactions: string[][], o: RuleOptions): Rule[] {
  const coded = encodeTransactions(transactions);
  const { onProgress } = o;
  const r = mineFrequentItemsetsCoded(coded, {
    minSupport: o.minSupport,
    maxLength: o.maxLength,
    signal: o.signal,
    onProgress: onProgress ? (f) => onProgress(0.8 * f) : undefined,
  });
  return rulesFromItemsets(r, coded.labels, {
    ...o,
    onProgress: onProgress ? (f) => onProgress(0.8 + 0.2 * f) : undefined,
  });
}
