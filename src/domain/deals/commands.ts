import { command } from '../commands.ts';
import type { DealState } from './stages.ts';
import { ValidationError } from '../validation.ts';
import { findStage, firstStageOf } from './stages.ts';
import type { Pipeline } from '../entities/index.ts';
import { moveToStage } from './moveToStage.ts';
import { setIdleDays, withVisit } from './stageHistory.ts';

const bad = (field: string, message: string) => new ValidationError('Deal', [{ field, message }]);

/** A deal only becomes lost with a reason: the funnel's losses are read from them later. */
function requireLostReason(pipeline: Pipeline, fromStageId: string, toStageId: string, reason: string | undefined): void {
  const to = findStage(pipeline, toStageId);
  if (to?.kind !== 'lost' || findStage(pipeline, fromStageId)?.kind === 'lost') return;
  if (!reason?.trim()) throw bad('lostReason', 'is required when a deal is lost');
}

/** Where a deal goes: a stage of its pipeline, or the first won/lost stage. */
export type DealTarget = { id: string; lostReason?: string } & ({ stageId: string } | { outcome: Exclude<DealState, 'open'> });

/** Moves a deal to a stage (won and lost included), with closedAt and the lost reason kept consistent. */
export const moveDeal = command(['deals', 'pipelines'], (tx, a: DealTarget) => {
  const deal = tx.get('deals', a.id);
  if (!deal) throw bad('id', `no deal ${a.id}`);
  const pipeline = tx.get('pipelines', deal.pipelineId);
  if (!pipeline) throw bad('pipelineId', `no pipeline ${deal.pipelineId}`);
  const stageId = 'stageId' in a ? a.stageId : firstStageOf(pipeline, a.outcome)?.id;
  if (!stageId) throw bad('stageId', `pipeline ${pipeline.name} has no ${'outcome' in a ? a.outcome : ''} stage`);
  if (stageId === deal.stageId && a.lostReason === undefined) return deal;
  requireLostReason(pipeline, deal.stageId, stageId, a.lostReason);
  const history = stageId === deal.stageId ? {} : { stageHistory: withVisit(deal, stageId, tx.now, tx.author) };
  return tx.update('deals', a.id, { ...moveToStage(deal, pipeline, stageId, tx.now, a.lostReason), ...history });
});

/** A form's edit of a deal: a changed stage goes through the same rule as the board. */
export const editDeal = command(['deals', 'pipelines'], (tx, a: { id: string; values: Record<string, unknown> }) => {
  const deal = tx.get('deals', a.id);
  if (!deal) throw bad('id', `no deal ${a.id}`);
  const next = typeof a.values.stageId === 'string' ? a.values.stageId : deal.stageId;
  const pipeline = tx.get('pipelines', deal.pipelineId);
  if (pipeline && next !== deal.stageId) requireLostReason(pipeline, deal.stageId, next, a.values.lostReason as string | undefined);
  const stagePatch =
    next !== deal.stageId && pipeline
      ? { ...moveToStage(deal, pipeline, next, tx.now, a.values.lostReason as string | undefined), stageHistory: withVisit(deal, next, tx.now, tx.author) }
      : {};
  return tx.update('deals', a.id, { ...a.values, ...stagePatch });
});

/**
 * Moves a selection of deals to one stage in one command (all or nothing, one undo step),
 * each by the single-deal rule: a lost stage needs the reason. Deals already there, or
 * deleted meanwhile, are skipped; the count moved is returned.
 */
export const moveDeals = command(['deals', 'pipelines'], (tx, a: { ids: string[]; stageId: string; lostReason?: string }) => {
  if (!Array.isArray(a.ids) || a.ids.length === 0) throw bad('ids', 'is required');
  let n = 0;
  for (const id of new Set(a.ids)) {
    const deal = tx.get('deals', id);
    if (!deal || deal.stageId === a.stageId) continue;
    const pipeline = tx.get('pipelines', deal.pipelineId);
    if (!pipeline || !findStage(pipeline, a.stageId)) throw bad('stageId', `is not a stage of pipeline ${pipeline?.name ?? deal.pipelineId}`);
    moveDeal.run(tx, { id, stageId: a.stageId, lostReason: a.lostReason });
    n++;
  }
  return n;
});

export const dealCommands = {
  'deal.move': moveDeal,
  'deals.move': moveDeals,
  'deal.edit': editDeal,
};

/** Sets how many days an open deal may sit in a stage before it shows as idle (shared with the workspace: it lives on the pipeline). */
export const setStageIdleDays = command(['pipelines'], (tx, a: { pipelineId: string; stageId: string; days: number }) => {
  const pipeline = tx.get('pipelines', a.pipelineId);
  if (!pipeline) throw bad('pipelineId', `no pipeline ${a.pipelineId}`);
  return tx.update('pipelines', a.pipelineId, { stages: setIdleDays(pipeline, a.stageId, a.days) });
});

export const funnelCommands = {
  'pipeline.setIdleDays': setStageIdleDays,
};
