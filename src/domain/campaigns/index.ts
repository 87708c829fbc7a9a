export * from './split.ts';
export * from './template.ts';
export * from './merge.ts';
export * from './audience.ts';
export * from './steps.ts';
