export * from './bucket.ts';
export * from './completion.ts';
export * from './filter.ts';
export * from './reminder.ts';
export * from './businessDays.ts';
