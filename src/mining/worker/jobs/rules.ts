import type { CodedTransactions } from '../../baskets.ts';
import { throwIfAborted } from '../../cancel.ts';
import { mineFrequentItemsetsCoded } from '../../fpgrowth.ts';
import { rulesFromItemsets } from '../../rules.ts';
import { type JobControl, span } from '../control.ts';

export interface RulesParams {
  minSupport: number;
  minConfidence: number;
  maxLength: number;
}

export interface RuleRow {
  id: string;
  antecedent: string[];
  consequent: string[];
  count: number;
  support: number;
  confidence: number;
  lift: number;
}

export interface RulesResult {
  job: 'rules';
  nTransactions: number;
  nItems: number;
  nItemsets: number;
  nRules: number;
  /** Strongest by lift first, at most MAX_RULE_ROWS. */
  rules: RuleRow[];
  /** The most frequent single items, for the chart. */
  topItems: { item: string; support: number }[];
}

/** More rows than anyone reads; the count of all rules is still reported. */
export const MAX_RULE_ROWS = 5000;

/** `labels` gives the display name of each item code. */
export async function mineRules(tx: CodedTransactions, labels: readonly string[], p: RulesParams, ctl: JobControl): Promise<RulesResult> {
  const sets = mineFrequentItemsetsCoded(tx, {
    minSupport: p.minSupport,
    maxLength: p.maxLength,
    signal: ctl.signal,
    onProgress: span(ctl.onProgress, 0, 0.8),
  });
  await ctl.pause();
  throwIfAborted(ctl.signal);
  const all = rulesFromItemsets(sets, labels, {
    minConfidence: p.minConfidence,
    signal: ctl.signal,
    onProgress: span(ctl.onProgress, 0.8, 1),
  });
  const topItems: RulesResult['topItems'] = [];
  for (let s = 0; s + 1 < sets.offsets.length; s++) {
    if (sets.offsets[s + 1] - sets.offsets[s] === 1) topItems.push({ item: labels[sets.items[sets.offsets[s]]], support: sets.counts[s] / sets.nTransactions });
  }
  topItems.sort((a, b) => b.support - a.support);
  return {
    job: 'rules',
    nTransactions: tx.offsets.length - 1,
    nItems: tx.labels.length,
    nItemsets: sets.counts.length,
    nRules: all.length,
    rules: all.slice(0, MAX_RULE_ROWS).map((r, i) => ({
      id: String(i),
      antecedent: r.antecedent,
      consequent: r.consequent,
      count: r.count,
      support: r.support,
      confidence: r.confidence,
      lift: r.lift,
    })),
    topItems: topItems.slice(0, 15),
  };
}
