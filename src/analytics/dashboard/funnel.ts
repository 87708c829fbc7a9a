import type { Deal, Stage } from '../../domain/entities/index.ts';
import { toReporting } from './currency.ts';

export type FunnelDeal = Pick<Deal, 'stageId' | 'amount' | 'currency'>;

export interface FunnelStage {
  stageId: string;
  name: string;
  kind: Stage['kind'];
  count: number;
  /** Reporting-currency minor units. */
  amount: number;
}

export interface Funnel {
  stages: FunnelStage[];
  /** Open stages only. */
  openValue: number;
  /** Open value times each stage's win probability: the forecast a manager reads. */
  weightedValue: number;
  openCount: number;
}

/** Deals per stage of one pipeline, in the pipeline's stage order; deals in unknown stages are left out. */
export function dealsFunnel(deals: readonly FunnelDeal[], stages: readonly Stage[]): Funnel {
  const index = new Map(stages.map((s, i) => [s.id, i]));
  const rows: FunnelStage[] = stages.map((s) => ({ stageId: s.id, name: s.name, kind: s.kind, count: 0, amount: 0 }));
  let weighted = 0;
  for (const d of deals) {
    const i = index.get(d.stageId);
    if (i === undefined) continue;
    const v = toReporting(d.amount, d.currency);
    rows[i].count++;
    rows[i].amount += v;
    if (stages[i].kind === 'open') weighted += v * stages[i].probability;
  }
  for (const r of rows) r.amount = Math.round(r.amount);
  const open = rows.filter((r) => r.kind === 'open');
  return {
    stages: rows,
    openValue: open.reduce((s, r) => s + r.amount, 0),
    weightedValue: Math.round(weighted),
    openCount: open.reduce((s, r) => s + r.count, 0),
  };
}
