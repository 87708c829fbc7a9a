import { isProfileField, PROFILE_FIELD_NAMES, PROFILE_FIELDS, type ProfileField, type ProfileValues } from './profileFields.ts';

export const OPS = ['=', '!=', '>', '>=', '<', '<=', 'in', 'notIn'] as const;
export type Op = (typeof OPS)[number];
export const NUMERIC_OPS: readonly Op[] = ['>', '>=', '<', '<=', '=', '!='];
export const SET_OPS: readonly Op[] = ['=', '!=', 'in', 'notIn'];

export interface Condition {
  field: ProfileField;
  op: Op;
  value: number | string | (number | string)[];
}
export type Rule = { all: RuleNode[] } | { any: RuleNode[] } | { not: RuleNode };
export type RuleNode = Condition | Rule;

/** One problem in a rule, located so a person can find the condition: `path` like "2" or "3.1" (1-based). */
export interface RuleIssue {
  path: string;
  message: string;
}

export type RuleCheck = { ok: true; rule: Rule } | { ok: false; issues: RuleIssue[] };

/** Spellings people and other tools write for the same operator. */
const OP_ALIASES: Record<string, Op> = { '==': '=', '===': '=', '<>': '!=', '!==': '!=', not_in: 'notIn', 'not in': 'notIn', nin: 'notIn' };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function describe(c: Record<string, unknown>): string {
  return `${String(c.field ?? '?')} ${String(c.op ?? '?')} ${JSON.stringify(c.value) ?? '?'}`;
}

function checkCondition(c: Record<string, unknown>, path: string, issues: RuleIssue[]): Condition | null {
  const at = (message: string) => issues.push({ path, message: `condition ${path} (${describe(c)}): ${message}` });
  if (!isProfileField(c.field)) {
    at(`unknown field; use one of ${PROFILE_FIELD_NAMES.join(', ')}`);
    return null;
  }
  const rawOp = typeof c.op === 'string' ? c.op.trim() : '';
  const op = (OPS as readonly string[]).includes(rawOp) ? (rawOp as Op) : OP_ALIASES[rawOp];
  if (!op) {
    at(`unknown operator; use one of ${OPS.join(' ')}`);
    return null;
  }
  const spec = PROFILE_FIELDS[c.field];
  if (spec.kind === 'number' && !NUMERIC_OPS.includes(op)) {
    at(`"${op}" does not apply to a number; use one of ${NUMERIC_OPS.join(' ')}`);
    return null;
  }
  if (spec.kind !== 'number' && !SET_OPS.includes(op)) {
    at(`"${op}" does not apply to ${c.field}; use one of ${SET_OPS.join(' ')}`);
    return null;
  }
  const list = op === 'in' || op === 'notIn';
  const values: unknown[] = list ? (Array.isArray(c.value) ? c.value : [c.value]) : [c.value];
  if (list && values.length === 0) {
    at('needs at least one value');
    return null;
  }
  if (!list && Array.isArray(c.value)) {
    at(`needs a single value; use "in" for a list`);
    return null;
  }
  const out: (number | string)[] = [];
  for (const v of values) {
    if (spec.kind === 'number') {
      const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
      if (typeof n !== 'number' || !Number.isFinite(n)) {
        at('value must be a number');
        return null;
      }
      out.push(n);
    } else {
      if (typeof v !== 'string' || v.trim() === '') {
        at('value must be non-empty text');
        return null;
      }
      if ('values' in spec && !(spec.values as readonly string[]).includes(v)) {
        at(`"${v}" is not one of ${spec.values.join(', ')}`);
        return null;
      }
      out.push(v);
    }
  }
  return { field: c.field, op, value: list ? out : out[0] };
}

function checkNode(n: unknown, path: string, issues: RuleIssue[]): RuleNode | null {
  const where = path ? `group ${path}` : 'rule';
  if (!isObject(n)) {
    issues.push({ path, message: `${where}: must be an object like { all: [...] } or a condition { field, op, value }` });
    return null;
  }
  const keys = ['all', 'any', 'not'].filter((k) => k in n);
  if (keys.length === 0) {
    if ('field' in n || 'op' in n) return checkCondition(n, path || '1', issues);
    issues.push({ path, message: `${where}: needs "all", "any" or "not"` });
    return null;
  }
  if (keys.length > 1) {
    issues.push({ path, message: `${where}: has both ${keys.join(' and ')}; nest them instead` });
    return null;
  }
  const key = keys[0] as 'all' | 'any' | 'not';
  if (key === 'not') {
    const inner = checkNode(n.not, path ? `${path}.1` : '1', issues);
    return inner ? { not: inner } : null;
  }
  const list = n[key];
  if (!Array.isArray(list)) {
    issues.push({ path, message: `${where}: "${key}" must be a list of conditions` });
    return null;
  }
  const before = issues.length;
  const children = list.map((c, i) => checkNode(c, path ? `${path}.${i + 1}` : String(i + 1), issues));
  if (issues.length > before) return null;
  return key === 'all' ? { all: children as RuleNode[] } : { any: children as RuleNode[] };
}

/** Checks a rule read from storage or typed by a person; every bad condition is reported, not just the first. */
export function checkRule(rule: unknown): RuleCheck {
  const issues: RuleIssue[] = [];
  const node = checkNode(rule, '', issues);
  if (!node || issues.length) return { ok: false, issues: issues.length ? issues : [{ path: '', message: 'rule: invalid' }] };
  // A bare condition at the top is accepted and stored the canonical way.
  const rule2: Rule = 'field' in node ? { all: [node] } : node;
  return { ok: true, rule: rule2 };
}

/** A saved cluster is a list of thousands of ids, tested against every profile: look them up in a set. */
const sets = new WeakMap<readonly (string | number)[], Set<string | number>>();
function setOf(list: readonly (string | number)[]): Set<string | number> {
  let s = sets.get(list);
  if (!s) sets.set(list, (s = new Set(list)));
  return s;
}

function test(c: Condition, p: ProfileValues): boolean {
  const v = p[c.field];
  // Absent measures (e.g. recency of someone who never bought) match nothing, not even "!=".
  if (v === undefined) return false;
  const x = c.value;
  // Ordering applies to numbers only; checkRule guarantees numeric fields get numeric values.
  const n = typeof v === 'number' ? v : NaN;
  switch (c.op) {
    case '=':
      return v === x;
    case '!=':
      return v !== x;
    case '>':
      return n > (x as number);
    case '>=':
      return n >= (x as number);
    case '<':
      return n < (x as number);
    case '<=':
      return n <= (x as number);
    case 'in':
      return setOf(x as (string | number)[]).has(v);
    case 'notIn':
      return !setOf(x as (string | number)[]).has(v);
  }
}

/** Whether a profile belongs to a segment. Pass a rule that passed `checkRule`. */
export function matches(profile: ProfileValues, rule: RuleNode): boolean {
  if ('all' in rule) return rule.all.every((n) => matches(profile, n));
  if ('any' in rule) return rule.any.some((n) => matches(profile, n));
  if ('not' in rule) return !matches(profile, rule.not);
  return test(rule, profile);
}

/** Members of a segment, or the rule's problems. */
export function segmentMembers<P extends ProfileValues>(profiles: readonly P[], rule: unknown): { ok: true; members: P[] } | { ok: false; issues: RuleIssue[] } {
  const r = checkRule(rule);
  if (!r.ok) return r;
  return { ok: true, members: profiles.filter((p) => matches(p, r.rule)) };
}
