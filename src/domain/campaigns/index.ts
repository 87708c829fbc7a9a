export * from './split.ts';
export * from './template.ts';
export * from './merge.ts';
