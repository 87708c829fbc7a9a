import { PROFILE_FIELDS, type ProfileField } from './profileFields.ts';
import { NUMERIC_OPS, SET_OPS, type Op, type Rule } from './rule.ts';

/**
 * The flat shape the rule builder edits: one combinator over rows of text
 * inputs. Nested rules cannot be shown this way; `toBuilder` says so by
 * returning null and the page falls back to the JSON editor.
 */
export interface BuilderRow {
  field: ProfileField;
  op: Op;
  /** As typed: money in major units, lists comma-separated. */
  value: string;
}
export interface BuilderState {
  combinator: 'all' | 'any';
  rows: BuilderRow[];
}

export function opsFor(field: ProfileField): readonly Op[] {
  return PROFILE_FIELDS[field].kind === 'number' ? NUMERIC_OPS : SET_OPS;
}

const isMoney = (f: ProfileField) => (PROFILE_FIELDS[f] as { unit?: string }).unit === 'money';

function valueText(field: ProfileField, v: unknown): string {
  const one = (x: unknown) => (typeof x === 'number' && isMoney(field) ? String(x / 100) : String(x));
  return Array.isArray(v) ? v.map(one).join(', ') : one(v);
}

function parseValue(field: ProfileField, op: Op, text: string): number | string | (number | string)[] {
  const numeric = PROFILE_FIELDS[field].kind === 'number';
  const one = (s: string): number | string => {
    const t = s.trim();
    if (!numeric || t === '') return t;
    const n = Number(t.replace(',', '.'));
    // Bad numbers pass through as text so validation can name the condition.
    // Bad numbers pass through as text so validation can name the condition.
    if (!Number.isFinite(n)) return t;
    return isMoney(field) ? Math.round(n * 100) : n;
  };
  if (op === 'in' || op === 'notIn') return text.split(',').map(one).filter((x) => x !== '');
  return one(text);
}

/** The builder view of a stored rule, or null when the rule is nested deeper than one group of conditions. */
export function toBuilder(rule: Rule): BuilderState | null {
  if ('not' in rule) return null;
  const combinator = 'all' in rule ? 'all' : 'any';
  const nodes = 'all' in rule ? rule.all : rule.any;
  const rows: BuilderRow[] = [];
  for (const n of nodes) {
    if (!('field' in n)) return null;
    rows.push({ field: n.field, op: n.op, value: valueText(n.field, n.value) });
  }
  return { combinator, rows };
}

/** The rule a builder state stands for; not yet validated (pass it to checkRule). */
export function fromBuilder(s: BuilderState): unknown {
  const conds = s.rows.map((r) => ({ field: r.field, op: r.op, value: parseValue(r.field, r.op, r.value) }));
  return s.combinator === 'all' ? { all: conds } : { any: conds };
}

export function newRow(field: ProfileField = 'recencyDays'): BuilderRow {
  return { field, op: opsFor(field)[0], value: '' };
}
