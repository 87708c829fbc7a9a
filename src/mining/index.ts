/**
 * Kith mining library: pure, synchronous algorithms (no DOM, storage or workers).
 * Long-running entry points accept `onProgress` and `signal` and throw CancelledError when aborted.
 */
export { CancelledError, type Cancellable } from './cancel.ts';
export { createRng, sampleIndices, type Rng } from './random.ts';

export {
  parseBaskets,
  parseBasketsCoded,
  encodeTransactions,
  type CodedTransactions,
  type BasketParseOptions,
} from './baskets.ts';
export {
  mineFrequentItemsetsCoded,
  minCountFor,
  type CodedBaskets,
  type CodedItemsets,
  type MineOptions,
} from './fpgrowth.ts';
export { frequentItemsets, decodeItemsets, type Itemset, type ItemsetOptions } from './itemsets.ts';
export { associationRules, rulesFromItemsets, type Rule, type RuleOptions } from './rules.ts';

export { standardize, applyStandardize, columnStats, type Standardized } from './standardize.ts';
export { kMeans, kMeansFlat, predictKMeans, type KMeansOptions, type KMeansFlatResult } from './kmeans.ts';
export { gaussianMixture, type GmmOptions, type GmmResult } from './gmm.ts';
export { silhouette, type SilhouetteOptions } from './silhouette.ts';
export { chooseK, type ChooseKOptions, type ChooseKResult } from './choosek.ts';

export {
  forecast,
  backtest,
  mape,
  naiveSeasonal,
  FORECAST_METHODS,
  type ForecastMethod,
  type ForecastOptions,
  type ForecastResult,
  type BacktestResult,
} from './forecast.ts';

export {
  trainLogistic,
  predictLogistic,
  featureImportance,
  type LogisticModel,
  type LogisticOptions,
  type FeatureImportance,
} from './logistic.ts';
export { auc } from './auc.ts';

export {
  recommend,
  createRecommender,
  type Interaction,
  type RecommendOptions,
  type Recommendation,
  type Recommender,
} from './recommend.ts';

export { sentiment, detectLanguage, NEUTRAL_THRESHOLD, type SentimentResult, type Lang } from './sentiment/index.ts';
