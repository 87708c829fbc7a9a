export * from './profileFields.ts';
export * from './rule.ts';
export * from './builder.ts';
export * from './membership.ts';
