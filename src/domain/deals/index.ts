export * from './board.ts';
export * from './funnel.ts';
export * from './moveToStage.ts';
export * from './stages.ts';
export * from './filter.ts';
export * from './stageHistory.ts';
export * from './targets.ts';
