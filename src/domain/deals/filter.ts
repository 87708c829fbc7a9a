import type { Deal, Pipeline } from '../entities/index.ts';
import { dealState, type DealState } from './stages.ts';

/** The list view's filters; an empty string means "any". */
export interface DealFilter {
  ownerId: string;
  stageId: string;
  state: DealState | '';
}

export function matchesDeal(deal: Pick<Deal, 'ownerId' | 'stageId'>, pipeline: Pipeline, f: DealFilter): boolean {
  if (f.ownerId && deal.ownerId !== f.ownerId) return false;
  if (f.stageId && deal.stageId !== f.stageId) return false;
  if (f.state && dealState(deal, pipeline) !== f.state) return false;
  return true;
}
