import { predictLogistic } from '../../logistic.ts';
import { type Driver, evaluateClassifier } from '../classify.ts';
import type { JobControl } from '../control.ts';
import { type CsvTable, numericColumns } from '../csv.ts';
import { DataError } from '../errors.ts';
import type { FeatureName } from '../facts.ts';

export interface ScoredRow {
  id: string;
  name: string;
  score: number;
  /** Context columns for the table, keyed by a message suffix (e.g. 'amount', 'recencyDays'). */
  details: Record<string, number>;
}

export interface ScoringResult {
  job: 'leads' | 'churn';
  auc: number;
  nTrain: number;
  nTest: number;
  positives: number;
  features: FeatureName[];
  drivers: Driver[];
  /** Highest score first. */
  scored: ScoredRow[];
  /** Rows that could be scored in total (the table keeps the top MAX_SCORED). */
  nScored: number;
}

export const MAX_SCORED = 500;

export interface Cases {
  ids: string[];
  names: string[];
  X: number[][];
  details: Record<string, number>[];
  /** What losing each case would cost: when given, the list ranks by score x value (expected loss), not by score alone. */
  value?: number[];
}

/** Train on labelled rows, report holdout AUC and drivers, and rank the cases to score. */
export function scoreCases(job: 'leads' | 'churn', features: FeatureName[], X: number[][], y: number[], cases: Cases, ctl: JobControl): ScoringResult {
  const ev = evaluateClassifier(X, y, { signal: ctl.signal, onProgress: (f) => ctl.onProgress(0.9 * f) });
  const p = cases.X.length ? predictLogistic(ev.model, cases.X) : [];
  const rank = cases.value ? p.map((x, i) => x * cases.value![i]) : p;
  const order = p.map((_, i) => i).sort((a, b) => rank[b] - rank[a] || p[b] - p[a]);
  ctl.onProgress(1);
  return {
    job,
    auc: ev.auc,
    nTrain: ev.nTrain,
    nTest: ev.nTest,
    positives: ev.positives,
    features,
    drivers: ev.drivers,
    scored: order.slice(0, MAX_SCORED).map((i) => ({ id: cases.ids[i], name: cases.names[i], score: p[i], details: cases.details[i] })),
    nScored: p.length,
  };
}

/**
 * A labelled numeric CSV: the target column must hold two values (0/1, or any two numbers,
 * the larger being the positive class); the chosen columns are the features. Every row is
 * then scored, so the table shows which lines look most like the positive class.
 */
export function fileCases(t: CsvTable, target: string, columns: readonly string[]): { features: FeatureName[]; X: number[][]; y: number[]; cases: Cases } {
  const feats = columns.filter((c) => c !== target);
  if (feats.length === 0) throw new DataError('file.noColumns');
  const all = numericColumns(t, [target, ...feats]);
  const d = all.d;
  const values = new Set<number>();
  for (let i = 0; i < all.n; i++) {
    values.add(all.data[i * d]);
    if (values.size > 2) throw new DataError('file.notBinary', { line: all.lines[i], column: target });
  }
  if (values.size < 2) throw new DataError('file.oneClass', { column: target });
  const pos = Math.max(...values);
  const X: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < all.n; i++) {
    y.push(all.data[i * d] === pos ? 1 : 0);
    X.push(Array.from(all.data.subarray(i * d + 1, (i + 1) * d)));
  }
  const lines = Array.from(all.lines, String);
  return {
    features: feats.map((c) => ({ key: 'column', value: c })),
    X,
    y,
    cases: { ids: lines, names: lines, X, details: y.map((v) => ({ actual: v })) },
  };
}
