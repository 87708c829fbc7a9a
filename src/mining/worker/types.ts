/** The messages between the Mining page and the mining worker. */
import type { DataErrorCode, DataErrorParams } from './errors.ts';
import type { FeatureName } from './facts.ts';
import type { ForecastOutput, ForecastParams } from './jobs/forecast.ts';
import type { RulesParams, RulesResult } from './jobs/rules.ts';
import type { ScoringResult } from './jobs/scoring.ts';
import type { KScore, SegmentOptions } from './segment.ts';
import type { SentimentSummary } from './sentiment.ts';

export interface WorkspaceSource {
  kind: 'workspace';
  workspace: string;
  /** "Today" for the features; defaults to the worker's clock (tests pin it). */
  nowMs?: number;
}

export interface FileSource {
  kind: 'file';
  name: string;
  bytes: Uint8Array;
}

export type Source = WorkspaceSource | FileSource;

export interface RulesRequest extends RulesParams {
  job: 'rules';
  source: Source;
}

export interface SegmentRequest {
  job: 'segment';
  source: Source;
  /** Customer feature keys (workspace) or column names (file). */
  features: string[];
  options: SegmentOptions;
}

export interface ForecastRequest extends ForecastParams {
  job: 'forecast';
  source: Source;
  /** File column holding the series, in row order. */
  column?: string;
}

export interface ScoringRequest {
  job: 'leads' | 'churn';
  source: Source;
  /** Churn: days without a purchase that count as churned. */
  windowDays?: number;
  /** File: the 0/1 column and the feature columns. */
  target?: string;
  columns?: string[];
}

export interface RecommendRequest {
  job: 'recommend';
  source: WorkspaceSource;
  contactId: string;
  k: number;
}

export interface SentimentRequest {
  job: 'sentiment';
  source: Source;
}

export type JobRequest = RulesRequest | SegmentRequest | ForecastRequest | ScoringRequest | RecommendRequest | SentimentRequest;

export interface SegmentResult {
  job: 'segment';
  n: number;
  /** File rows left out for blank cells. */
  skipped: number;
  features: FeatureName[];
  standardized: boolean;
  method: 'kmeans' | 'gmm';
  k: number;
  kScores: KScore[];
  /** The score that chose k in an automatic sweep. */
  criterion?: 'icl' | 'bic' | 'silhouette';
  silhouette: number;
  sizes: number[];
  means: number[][];
  sample: Float32Array;
  sampleLabels: Int32Array;
  /** Contact ids per cluster (workspace source only), so a cluster can be saved as a segment. */
  members?: string[][];
}

export interface RecommendResult {
  job: 'recommend';
  contactId: string;
  /** Distinct products the contact has bought. */
  owned: number;
  items: { id: string; name: string; category: string; score: number; source: 'collaborative' | 'content' | 'popularity' }[];
}

export interface SentimentResult extends SentimentSummary {
  job: 'sentiment';
}

export type JobResult = RulesResult | SegmentResult | ForecastOutput | ScoringResult | RecommendResult | SentimentResult;

/** The result type answering a request type. */
export type ResultOf<R extends JobRequest> = R extends RulesRequest
  ? RulesResult
  : R extends SegmentRequest
    ? SegmentResult
    : R extends ForecastRequest
      ? ForecastOutput
      : R extends ScoringRequest
        ? ScoringResult
        : R extends RecommendRequest
          ? RecommendResult
          : SentimentResult;

export type JobError = { code: DataErrorCode; params: DataErrorParams } | { message: string };

export type JobOutcome<T = JobResult> =
  | { status: 'done'; result: T; ms: number }
  | { status: 'cancelled' }
  | { status: 'error'; error: JobError };

export interface MiningWorkerApi {
  run(jobId: number, request: JobRequest, onProgress: (fraction: number) => void): Promise<JobOutcome>;
  /** Sets the job's cancel flag; takes effect at the job's next pause. */
  cancel(jobId: number): void;
}
