import { funnelSummary } from '../../domain/deals/funnel.ts';
import type { Deal, Stage } from '../../domain/entities/index.ts';

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

/** The dashboard's view of the one funnel definition (domain/deals/funnel.ts): reporting-currency sums only. */
export function dealsFunnel(deals: readonly FunnelDeal[], stages: readonly Stage[]): Funnel {
  const f = funnelSummary(deals, { stages: [...stages] });
  return {
    stages: f.stages.map((s) => ({ stageId: s.stage.id, name: s.stage.name, kind: s.stage.kind, count: s.count, amount: s.reporting.amount })),
    openValue: f.openReporting.amount,
    weightedValue: f.openReporting.weighted,
    openCount: f.open,
  };
}
