import type { Deal, Pipeline } from '../entities/index.ts';
import { ValidationError } from '../validation.ts';
import { fieldIssue } from '../fields.ts';
import { findStage } from './stages.ts';

/** Fields a stage change may touch; `undefined` clears the field. */
export type DealStagePatch = {
  stageId: string;
  closedAt?: string | undefined;
  lostReason?: string | undefined;
};

/**
 * The patch that moves a deal to another stage. `closedAt` marks when a deal
 * left the open funnel: set on entering won/lost, cleared when reopened, and
 * kept when moving between two closed stages of the same kind so win-rate
 * periods do not shift. A lost reason only makes sense on a lost deal.
 */
export function moveToStage(
  deal: Pick<Deal, 'stageId' | 'closedAt' | 'lostReason'>,
  pipeline: Pipeline,
  stageId: string,
  now: Date,
  lostReason?: string,
): DealStagePatch {
  const to = findStage(pipeline, stageId);
  if (!to) throw new ValidationError('Deal', [fieldIssue('stageId', 'notAStage', { pipeline: pipeline.name })]);
  const fromKind = findStage(pipeline, deal.stageId)?.kind ?? 'open';
  const patch: DealStagePatch = { stageId };

  if (to.kind === 'open') {
    if (deal.closedAt !== undefined) patch.closedAt = undefined;
    if (deal.lostReason !== undefined) patch.lostReason = undefined;
    return patch;
  }
  if (fromKind !== to.kind || !deal.closedAt) patch.closedAt = now.toISOString();
  if (to.kind === 'lost') {
    const reason = lostReason?.trim();
    if (reason) patch.lostReason = reason;
  } else if (deal.lostReason !== undefined) patch.lostReason = undefined;
  return patch;
}
