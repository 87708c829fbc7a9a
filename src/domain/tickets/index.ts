export * from './lifecycle.ts';
export * from './stats.ts';
export * from './steps.ts';
