import type { Deal, Pipeline, Stage } from '../entities/index.ts';

export interface BoardColumn<D> {
  stage: Stage;
  /** Every deal of the stage, in display order; the UI shows a prefix of it. */
  deals: D[];
}

type BoardDeal = Pick<Deal, 'id' | 'stageId' | 'expectedClose' | 'closedAt' | 'updatedAt'>;

// ISO dates and ULIDs sort by code unit; localeCompare would cost far more on thousands of deals.
const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
const byCloseSoonest = (a: BoardDeal, b: BoardDeal) => cmp(a.expectedClose ?? '9999', b.expectedClose ?? '9999') || cmp(a.id, b.id);
const byClosedLatest = (a: BoardDeal, b: BoardDeal) => cmp(b.closedAt ?? b.updatedAt, a.closedAt ?? a.updatedAt) || cmp(b.id, a.id);

/**
 * Deals grouped into one column per stage. Open columns put the deals that
 * should close soonest on top (what a seller works on next); won and lost
 * columns put the latest first, because those columns grow without bound and
 * only their head is shown.
 */
export function boardColumns<D extends BoardDeal>(deals: Iterable<D>, pipeline: Pipeline): BoardColumn<D>[] {
  const cols = new Map(pipeline.stages.map((s) => [s.id, { stage: s, deals: [] as D[] }]));
  for (const d of deals) cols.get(d.stageId)?.deals.push(d);
  for (const c of cols.values()) c.deals.sort(c.stage.kind === 'open' ? byCloseSoonest : byClosedLatest);
  return [...cols.values()];
}
