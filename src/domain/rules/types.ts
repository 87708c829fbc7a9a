import type { RuleTrigger } from '../entities/index.ts';

export const CONDITION_OPS = ['=', '!=', '>', '>=', '<', '<=', 'in', 'contains'] as const;
export type ConditionOp = (typeof CONDITION_OPS)[number];

/** A test on one fact of the event, e.g. { field: 'contact.monetary', op: '>=', value: 1000000 }. */
export interface RuleCondition {
  field: string;
  op: ConditionOp;
  value: unknown;
}

export type RuleAction =
  /** A task for the subject's owner (or a given member), due in `dueDays`. */
  | { kind: 'task'; title: string; assignee: 'owner' | string; dueDays?: number; priority?: 'low' | 'normal' | 'high' | 'urgent'; /** Count dueDays as working days (weekends skipped). */ businessDays?: boolean }
  /** Adds the event's contact to the latest run of a campaign (the control split still applies). */
  | { kind: 'addToCampaign'; campaignId: string }
  /** Sets a field of the subject record. */
  | { kind: 'setField'; field: string; value: unknown }
  /** A message for a member (shown in the rule log and as a reminder). */
  | { kind: 'notify'; message: string; to?: string };
export const ACTION_KINDS = ['task', 'addToCampaign', 'setField', 'notify'] as const;

/**
 * Something that happened, named so that every device derives the same id for
 * it (`tickets:<id>:created`, `deals:<id>:idle:<last touch>`), with the facts
 * conditions may test.
 */
export interface RuleEvent {
  id: string;
  trigger: RuleTrigger;
  /** ISO time the event happened: also the time part of derived record ids. */
  at: string;
  subjectCollection?: string;
  subjectId?: string;
  /** The contact the event is about, when there is one. */
  contactId?: string;
  /** The member who owns the subject (or its contact / company). */
  ownerId?: string;
  /** Flat facts: `record.*`, `contact.*`, `profile.*`, `sentiment`, ... */
  facts: Record<string, unknown>;
}

export interface ConditionResult extends RuleCondition {
  actual: unknown;
  ok: boolean;
}

export interface Effect {
  kind: RuleAction['kind'];
  /** The record written, when there is one. */
  collection?: string;
  id?: string;
  detail?: string;
}
