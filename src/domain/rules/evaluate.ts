import type { Rule } from '../entities/index.ts';
import { CONDITION_OPS, type ConditionResult, type RuleAction, type RuleCondition, type RuleEvent } from './types.ts';

function compare(actual: unknown, op: RuleCondition['op'], value: unknown): boolean {
  switch (op) {
    case '=':
      return actual === value || (actual !== undefined && String(actual) === String(value));
    case '!=':
      return !(actual === value || (actual !== undefined && String(actual) === String(value)));
    case 'in':
      return Array.isArray(value) && value.some((v) => v === actual || String(v) === String(actual));
    case 'contains':
      return typeof actual === 'string' && typeof value === 'string' && actual.toLowerCase().includes(value.toLowerCase());
    default: {
      // A missing number never passes a comparison: an unknown spend is not "high".
      if (typeof actual !== 'number' || !Number.isFinite(actual)) return false;
      const v = Number(value);
      if (!Number.isFinite(v)) return false;
      return op === '>' ? actual > v : op === '>=' ? actual >= v : op === '<' ? actual < v : actual <= v;
    }
  }
}

export function ruleConditions(r: Pick<Rule, 'conditions'>): RuleCondition[] {
  if (!Array.isArray(r.conditions)) return [];
  return (r.conditions as Partial<RuleCondition>[]).filter(
    (c): c is RuleCondition => !!c && typeof c.field === 'string' && (CONDITION_OPS as readonly string[]).includes(String(c.op)),
  );
}

export function ruleActions(r: Pick<Rule, 'actions'>): RuleAction[] {
  if (!Array.isArray(r.actions)) return [];
  return (r.actions as RuleAction[]).filter((a) => !!a && typeof a === 'object' && typeof a.kind === 'string');
}

/** Every condition as evaluated (all must hold): kept in the fired-log as the reason. */
export function evaluateConditions(r: Pick<Rule, 'conditions'>, e: RuleEvent): { ok: boolean; results: ConditionResult[] } {
  const results = ruleConditions(r).map((c) => {
    const actual = e.facts[c.field];
    return { ...c, actual, ok: compare(actual, c.op, c.value) };
  });
  return { ok: results.every((x) => x.ok), results };
}

/** Whether a rule listens for this event at all (trigger and collection). */
export function listensTo(r: Pick<Rule, 'enabled' | 'trigger' | 'collection' | 'param'>, e: RuleEvent): boolean {
  if (!r.enabled || r.trigger !== e.trigger) return false;
  if ((r.trigger === 'recordCreated' || r.trigger === 'recordChanged') && r.collection && r.collection !== e.subjectCollection) return false;
  return true;
}
