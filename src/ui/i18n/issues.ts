import type { FieldIssue } from '../../domain/validation.ts';
import { number } from '../lib/format.ts';
import { label, t, type MessageKey } from './index.svelte.ts';

/** A field's label: per collection where the same name means different things (a deal's title is its name). */
export function fieldLabel(field: string, collection?: string): string {
  return label(collection ? `field.${collection}.${field}` : `field.${field}`, label(`field.${field}`, field));
}

/** A validation issue as a sentence in the UI language; numbers formatted for it. */
export function issueText(issue: Pick<FieldIssue, 'field' | 'code' | 'params'>, collection?: string): string {
  const params: Record<string, string | number> = { field: fieldLabel(issue.field, collection) };
  for (const [k, v] of Object.entries(issue.params ?? {})) params[k] = typeof v === 'number' ? number(v, 2) : v;
  return t(`issue.${issue.code ?? 'invalid'}` as MessageKey, params);
}
