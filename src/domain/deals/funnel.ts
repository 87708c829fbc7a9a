import type { Deal, Pipeline, Stage } from '../entities/index.ts';

/** Sums in one currency. Amounts in different currencies are never added together. */
export interface CurrencyTotal {
  currency: string;
  count: number;
  /** Minor units. */
  amount: number;
  /** amount × stage probability, rounded to minor units. */
  weighted: number;
}

export interface StageSummary {
  stage: Stage;
  count: number;
  /** One entry per currency, the most common first: show [0] and say honestly when there are more. */
  totals: CurrencyTotal[];
}

export interface FunnelSummary {
  stages: StageSummary[];
  open: number;
  won: number;
  lost: number;
  /** Open-funnel sums per currency (the board's headline), most common currency first. */
  openTotals: CurrencyTotal[];
  /** won / (won + lost); null before anything has closed. */
  winRate: number | null;
}

type DealMoney = Pick<Deal, 'stageId' | 'amount' | 'currency'>;

function addTo(totals: Map<string, CurrencyTotal>, currency: string, amount: number, probability: number): void {
  let t = totals.get(currency);
  if (!t) totals.set(currency, (t = { currency, count: 0, amount: 0, weighted: 0 }));
  t.count++;
  t.amount += amount;
  t.weighted += Math.round(amount * probability);
}

/** Most deals first; ties by the larger sum, then by code, so the order is stable between renders. */
function byWeight(a: CurrencyTotal, b: CurrencyTotal): number {
  return b.count - a.count || b.amount - a.amount || a.currency.localeCompare(b.currency);
}

/**
 * Counts, amounts and weighted amounts per stage of a pipeline, and the win
 * rate. Deals of other pipelines or unknown stages are ignored.
 */
export function funnelSummary(deals: Iterable<DealMoney>, pipeline: Pipeline): FunnelSummary {
  const perStage = new Map(pipeline.stages.map((s) => [s.id, { stage: s, count: 0, totals: new Map<string, CurrencyTotal>() }]));
  const kinds = { open: 0, won: 0, lost: 0 };
  const open = new Map<string, CurrencyTotal>();
  for (const d of deals) {
    const s = perStage.get(d.stageId);
    if (!s) continue;
    s.count++;
    kinds[s.stage.kind]++;
    addTo(s.totals, d.currency, d.amount, s.stage.probability);
    if (s.stage.kind === 'open') addTo(open, d.currency, d.amount, s.stage.probability);
  }
  const closed = kinds.won + kinds.lost;
  return {
    stages: [...perStage.values()].map((s) => ({ stage: s.stage, count: s.count, totals: [...s.totals.values()].sort(byWeight) })),
    ...kinds,
    openTotals: [...open.values()].sort(byWeight),
    winRate: closed ? kinds.won / closed : null,
  };
}
