export * from './split.ts';
export * from './template.ts';
export * from './merge.ts';
export * from './audience.ts';
export * from './steps.ts';
export * from './outbox.ts';
export * from './responsesCsv.ts';
export * from './zip.ts';
