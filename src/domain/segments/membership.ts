import type { ProfileValues } from './profileFields.ts';
import { checkRule, matches, type Rule, type RuleIssue } from './rule.ts';

export type Membership<P> = { ok: true; rule: Rule; members: P[] } | { ok: false; issues: RuleIssue[] };

/** Members of every segment in one pass over the rules; a segment with a broken rule reports why instead. */
export function membersBySegment<P extends ProfileValues>(segments: readonly { id: string; rule: unknown }[], profiles: readonly P[]): Map<string, Membership<P>> {
  const out = new Map<string, Membership<P>>();
  for (const s of segments) {
    const r = checkRule(s.rule);
    out.set(s.id, r.ok ? { ok: true, rule: r.rule, members: profiles.filter((p) => matches(p, r.rule)) } : r);
  }
  return out;
}
