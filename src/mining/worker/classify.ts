import { auc } from '../auc.ts';
import type { Cancellable } from '../cancel.ts';
import { featureImportance, type LogisticModel, predictLogistic, trainLogistic } from '../logistic.ts';
import { DataError } from './errors.ts';
import { stratifiedSplit } from './split.ts';

export interface Driver {
  /** Index into the caller's feature names. */
  feature: number;
  coefficient: number;
  oddsRatio: number;
  share: number;
}

export interface Evaluation {
  /** ROC AUC on the held-out rows. */
  auc: number;
  nTrain: number;
  nTest: number;
  positives: number;
  /** From the model refit on all rows, strongest first. */
  drivers: Driver[];
  model: LogisticModel;
}

export const MIN_ROWS = 20;

/**
 * Honest AUC from a stratified holdout, then a refit on every row for the drivers and for
 * scoring new cases: the holdout model is only there to measure.
 */
export function evaluateClassifier(X: number[][], y: number[], o: Cancellable & { testFraction?: number; seed?: number } = {}): Evaluation {
  if (X.length < MIN_ROWS) throw new DataError('data.tooFew', { n: X.length, min: MIN_ROWS });
  const positives = y.filter((v) => v > 0).length;
  if (positives < 2 || X.length - positives < 2) throw new DataError('data.oneClass', { positives, negatives: X.length - positives });
  const { train, test } = stratifiedSplit(y, o.testFraction ?? 0.25, o.seed ?? 42);
  const report = o.onProgress;
  const held = trainLogistic(
    train.map((i) => X[i]),
    train.map((i) => y[i]),
    { signal: o.signal, onProgress: report ? (f) => report(0.5 * f) : undefined },
  );
  const score = auc(
    predictLogistic(held, test.map((i) => X[i])),
    test.map((i) => y[i]),
  );
  const model = trainLogistic(X, y, { signal: o.signal, onProgress: report ? (f) => report(0.5 + 0.5 * f) : undefined });
  const names = model.weights.map((_, j) => String(j));
  const drivers = featureImportance(model, names).map((f) => ({
    feature: Number(f.feature),
    coefficient: f.coefficient,
    oddsRatio: f.oddsRatio,
    share: f.share,
  }));
  return { auc: score, nTrain: train.length, nTest: test.length, positives, drivers, model };
}
