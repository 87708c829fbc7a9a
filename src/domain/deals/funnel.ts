import { toReporting } from '../currency.ts';
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
  /** All currencies converted to the reporting currency, minor units. */
  reporting: { amount: number; weighted: number };
}

export interface FunnelSummary {
  stages: StageSummary[];
  open: number;
  won: number;
  lost: number;
  /** Open-funnel sums per currency (the board's headline), most common currency first. */
  openTotals: CurrencyTotal[];
  /** Open deals' value and probability-weighted value in the reporting currency, minor units. */
  openReporting: { amount: number; weighted: number };
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
 * The funnel, defined once (deal board, dashboard, warehouse): counts, amounts and
 * weighted amounts (amount × stage probability) per stage of a pipeline, per currency
 * and converted to the reporting currency, and the win rate. Deals in stages the
 * pipeline does not have are left out of the funnel (they still count as open deals
 * elsewhere, see isOpenDeal). Conversions are summed unrounded and rounded once.
 */
export function funnelSummary(deals: Iterable<DealMoney>, pipeline: Pick<Pipeline, 'stages'>): FunnelSummary {
  const perStage = new Map(pipeline.stages.map((s) => [s.id, { stage: s, count: 0, totals: new Map<string, CurrencyTotal>(), amount: 0, weighted: 0 }]));
  const kinds = { open: 0, won: 0, lost: 0 };
  const open = new Map<string, CurrencyTotal>();
  let openAmount = 0;
  let openWeighted = 0;
  for (const d of deals) {
    const s = perStage.get(d.stageId);
    if (!s) continue;
    s.count++;
    kinds[s.stage.kind]++;
    addTo(s.totals, d.currency, d.amount, s.stage.probability);
    const v = toReporting(d.amount, d.currency);
    s.amount += v;
    s.weighted += v * s.stage.probability;
    if (s.stage.kind === 'open') {
      addTo(open, d.currency, d.amount, s.stage.probability);
      openAmount += v;
      openWeighted += v * s.stage.probability;
    }
  }
  const closed = kinds.won + kinds.lost;
  return {
    stages: [...perStage.values()].map((s) => ({
      stage: s.stage,
      count: s.count,
      totals: [...s.totals.values()].sort(byWeight),
      reporting: { amount: Math.round(s.amount), weighted: Math.round(s.weighted) },
    })),
    ...kinds,
    openTotals: [...open.values()].sort(byWeight),
    openReporting: { amount: Math.round(openAmount), weighted: Math.round(openWeighted) },
    winRate: closed ? kinds.won / closed : null,
  };
}
