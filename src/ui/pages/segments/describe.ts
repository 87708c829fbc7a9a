import { PROFILE_FIELDS, type Condition, type ProfileField, type RuleNode } from '../../../domain/segments/index.ts';
import { label, t, type MessageKey } from '../../i18n/index.svelte.ts';
import { money, number } from '../../lib/format.ts';
import { REPORTING_CURRENCY } from '../../../analytics/dashboard/currency.ts';

export const fieldLabel = (f: ProfileField): string => t(`profile.${f}` as MessageKey);
export const opLabel = (op: string): string => label(`rule.op.${op}`, op);

/** A profile value as a person reads it: money formatted, enum values labelled. */
export function valueLabel(field: ProfileField, v: unknown): string {
  const spec = PROFILE_FIELDS[field];
  if (v === undefined || v === null) return '—';
  if (typeof v === 'number') return 'unit' in spec && spec.unit === 'money' ? money(v, REPORTING_CURRENCY, true) : number(v, 2);
  if (field === 'lifecycle' || field === 'source' || field === 'locale') return label(`enum.${field}.${v}`, String(v));
  return String(v);
}

function condition(c: Condition): string {
  // A saved list of customers reads as its size, never as the ids.
  if (c.field === 'contactId' && Array.isArray(c.value)) return t(c.op === 'notIn' ? 'segments.notChosen' : 'segments.chosen', { n: number(c.value.length) });
  const v = Array.isArray(c.value) ? c.value.map((x) => valueLabel(c.field, x)).join(', ') : valueLabel(c.field, c.value);
  return `${fieldLabel(c.field)} ${opLabel(c.op)} ${v}`;
}

/** One line of text for a rule, e.g. "Days since last order > 180 and Orders ≥ 2". */
export function describeRule(n: RuleNode): string {
  if ('field' in n) return condition(n);
  if ('not' in n) return `${t('rule.not')} (${describeRule(n.not)})`;
  const parts = ('all' in n ? n.all : n.any).map((c) => ('field' in c ? describeRule(c) : `(${describeRule(c)})`));
  if (parts.length === 0) return 'all' in n ? t('rule.everyone') : t('rule.noOne');
  return parts.join(` ${'all' in n ? t('rule.and') : t('rule.or')} `);
}
