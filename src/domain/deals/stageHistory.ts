import type { Deal, Pipeline, Stage } from '../entities/index.ts';
import { ValidationError } from '../validation.ts';
import { fieldIssue } from '../fields.ts';

/** One stay of a deal in a stage: when it entered and who moved it there (null: created there, or unknown). */
export interface StageVisit {
  stageId: string;
  at: string;
  by?: string | null;
}

/** A stay with its length: until the next move, or until `now` for the current stage of an open deal. */
export interface StageStay extends StageVisit {
  /** ms spent in the stage; for a closed deal's last stage, 0 (time after closing is not "in stage"). */
  ms: number;
  current: boolean;
}

const DAY = 86_400_000;
/** An open stage's idle threshold when the pipeline sets none: two weeks without moving on. */
export const DEFAULT_IDLE_DAYS = 14;
export const MAX_IDLE_DAYS = 365;

/**
 * A deal's stage history, oldest first. A deal that was never moved by the
 * stage command (created in a form, or older than the history) has one
 * implicit visit: its current stage since creation.
 */
export function stageVisits(deal: Pick<Deal, 'stageId' | 'createdAt' | 'stageHistory'>): StageVisit[] {
  const h = deal.stageHistory;
  if (h?.length) return h;
  return [{ stageId: deal.stageId, at: deal.createdAt, by: null }];
}

/** The history after a move to `stageId`: what the stage command stores on the deal. */
export function withVisit(deal: Pick<Deal, 'stageId' | 'createdAt' | 'stageHistory'>, stageId: string, at: Date, by: string | null): StageVisit[] {
  return [...stageVisits(deal), { stageId, at: at.toISOString(), by }];
}

/** Each stay with its length; a closed deal's clock stops when it closed. */
export function stageStays(deal: Pick<Deal, 'stageId' | 'createdAt' | 'stageHistory' | 'closedAt'>, now: Date): StageStay[] {
  const visits = stageVisits(deal);
  return visits.map((v, i) => {
    const last = i === visits.length - 1;
    const end = !last ? Date.parse(visits[i + 1].at) : deal.closedAt ? Date.parse(v.at) : now.getTime();
    return { ...v, ms: Math.max(0, end - Date.parse(v.at)), current: last };
  });
}

/** ms the deal has been in its current stage (since it entered it). */
export function timeInStage(deal: Pick<Deal, 'stageId' | 'createdAt' | 'stageHistory'>, now: Date): number {
  const visits = stageVisits(deal);
  return Math.max(0, now.getTime() - Date.parse(visits[visits.length - 1].at));
}

export function idleDaysOf(stage: Pick<Stage, 'idleDays'> | undefined): number {
  return stage?.idleDays ?? DEFAULT_IDLE_DAYS;
}

/** An open deal that sat in its stage longer than the stage allows: the board highlights it. */
export function isIdle(deal: Pick<Deal, 'stageId' | 'createdAt' | 'stageHistory'>, pipeline: Pipeline, now: Date): boolean {
  const stage = pipeline.stages.find((s) => s.id === deal.stageId);
  if (!stage || stage.kind !== 'open') return false;
  return timeInStage(deal, now) > idleDaysOf(stage) * DAY;
}

/** The pipeline's stages with one open stage's idle threshold changed; a bad number names the field and changes nothing. */
export function setIdleDays(pipeline: Pipeline, stageId: string, days: number): Stage[] {
  const stage = pipeline.stages.find((s) => s.id === stageId);
  if (!stage) throw new ValidationError('Pipeline', [fieldIssue('stageId', 'notAStage', { pipeline: pipeline.name })]);
  if (!Number.isInteger(days) || days < 1 || days > MAX_IDLE_DAYS)
    throw new ValidationError('Pipeline', [fieldIssue('idleDays', 'range', { min: 1, max: MAX_IDLE_DAYS })]);
  return pipeline.stages.map((s) => (s.id === stageId ? { ...s, idleDays: days } : s));
}
