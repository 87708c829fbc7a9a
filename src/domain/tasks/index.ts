export * from './bucket.ts';
export * from './completion.ts';
export * from './filter.ts';
