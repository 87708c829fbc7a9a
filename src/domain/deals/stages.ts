import type { Deal, Pipeline, Stage } from '../entities/index.ts';

export type DealState = Stage['kind'];

export function findStage(pipeline: Pipeline, stageId: string): Stage | undefined {
  return pipeline.stages.find((s) => s.id === stageId);
}

/**
 * Open, won or lost, read from the stage the deal sits in. A deal whose stage
 * was deleted from the pipeline still counts as open, so it stays visible.
 */
export function dealState(deal: Pick<Deal, 'stageId'>, pipeline: Pipeline | undefined): DealState {
  return (pipeline && findStage(pipeline, deal.stageId)?.kind) || 'open';
}

/**
 * "Open deal", defined once for every count of open deals (board, company card,
 * funnel, warehouse): a deal is open unless the stage it sits in, looked up in its
 * own pipeline (stage ids repeat across pipelines), is a won or lost stage. A deal
 * whose stage or pipeline was deleted stays open, so it stays visible.
 */
export function isOpenDeal(deal: Pick<Deal, 'pipelineId' | 'stageId'>, pipelines: readonly Pipeline[]): boolean {
  return dealState(deal, pipelines.find((p) => p.id === deal.pipelineId)) === 'open';
}

/** The first stage of a kind: "Mark won" and "Mark lost" go there when a pipeline has several. */
export function firstStageOf(pipeline: Pipeline, kind: DealState): Stage | undefined {
  return pipeline.stages.find((s) => s.kind === kind);
}

/**
 * An open deal past its expected close date. Dates are compared as calendar
 * days (`today` is YYYY-MM-DD in the user's zone) so a deal due today is not late yet.
 */
export function isOverdue(deal: Pick<Deal, 'expectedClose' | 'stageId'>, pipeline: Pipeline, today: string): boolean {
  return !!deal.expectedClose && deal.expectedClose < today && dealState(deal, pipeline) === 'open';
}
