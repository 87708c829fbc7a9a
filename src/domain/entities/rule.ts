import { defineRecordType, type BaseRecord } from '../recordType.ts';

/** What a rule reacts to. */
export const RULE_TRIGGERS = ['recordCreated', 'recordChanged', 'orderPlaced', 'ticketOpened', 'negativeSentiment', 'churnRisk', 'dealIdle', 'birthday', 'segmentEntered', 'ticketWaiting'] as const;
export type RuleTrigger = (typeof RULE_TRIGGERS)[number];

/** An event rule: trigger + conditions + actions (shapes in src/domain/rules/types.ts). */
export interface Rule extends BaseRecord {
  name: string;
  enabled: boolean;
  trigger: RuleTrigger;
  /** Record created/changed: which collection. */
  collection?: string;
  /** Deal idle and ticket waiting: days; churn risk: threshold 0..1; segment entered: unused. */
  param?: number;
  segmentId?: string;
  conditions: unknown;
  actions: unknown;
}

export const RuleType = defineRecordType<Rule>('rules', 'Rule', {
  name: { kind: 'string', required: true },
  enabled: { kind: 'bool', required: true },
  trigger: { kind: 'enum', values: RULE_TRIGGERS, required: true },
  collection: { kind: 'enum', values: ['contacts', 'companies', 'deals', 'tickets', 'tasks', 'leads'] },
  param: { kind: 'number', min: 0 },
  segmentId: { kind: 'ref', to: 'segments' },
  conditions: { kind: 'json', required: true },
  actions: { kind: 'json', required: true },
});

/**
 * The fired-log: one record per (rule, event), its id derived from both, so two
 * tabs or devices firing the same rule for the same event write the same key and
 * the CRDT keeps one.
 */
export interface RuleFiring extends BaseRecord {
  ruleId: string;
  eventId: string;
  trigger: RuleTrigger;
  /** The record the event is about. */
  subjectCollection?: string;
  subjectId?: string;
  firedAt: string;
  /** Why it fired, in data: the conditions as evaluated ({ field, op, value, actual }). */
  reason: unknown;
  /** What it did ({ kind, id?, ... }). */
  effects: unknown;
}

export const RuleFiringType = defineRecordType<RuleFiring>('ruleFirings', 'Rule firing', {
  ruleId: { kind: 'ref', to: 'rules', required: true },
  eventId: { kind: 'string', required: true, max: 300 },
  trigger: { kind: 'enum', values: RULE_TRIGGERS, required: true },
  subjectCollection: { kind: 'string', max: 40 },
  subjectId: { kind: 'string', max: 64 },
  firedAt: { kind: 'datetime', required: true },
  reason: { kind: 'json', required: true },
  effects: { kind: 'json', required: true },
});
