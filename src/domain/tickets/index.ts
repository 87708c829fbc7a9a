export * from './lifecycle.ts';
export * from './stats.ts';
export * from './steps.ts';
export * from './assignment.ts';
export * from './sla.ts';
export * from './agentStats.ts';
export * from './slaSettings.ts';
