import { command } from '../commands.ts';
import { fieldIssue } from '../fields.ts';
import type { FieldIssue } from '../validation.ts';
import { ValidationError } from '../validation.ts';
import { TICKET_CATEGORIES } from '../entities/index.ts';

export const SKILL_LANGS = ['en', 'ru', 'zh'] as const;
/** Topics an agent can be rated in: the ticket categories. */
export const SKILL_TOPICS = TICKET_CATEGORIES;
export const MAX_SKILL = 10;
/** Every skill key an agent can carry: `lang:<language>` and `topic:<category>`. */
export const SKILL_KEYS: readonly string[] = [...SKILL_LANGS.map((l) => `lang:${l}`), ...SKILL_TOPICS.map((c) => `topic:${c}`)];

/**
 * Sets a support agent's language and topic skills (1-10, or none) and ticket capacity
 * (whole number, or none). Every bad value is named; nothing is written then.
 */
export const setSupportProfile = command(['members'], (tx, a: { id: string; skills: Record<string, number | null>; ticketCapacity: number | null }) => {
  const m = tx.get('members', a.id);
  if (!m) throw new ValidationError('Team member', [{ field: 'id', message: `no member ${a.id}` }]);
  const issues: FieldIssue[] = [];
  const skills: Record<string, number> = { ...(m.skills ?? {}) };
  for (const [key, v] of Object.entries(a.skills)) {
    if (!SKILL_KEYS.includes(key)) issues.push(fieldIssue(`skills.${key}`, 'unknownField'));
    else if (v === null) delete skills[key];
    else if (!Number.isInteger(v) || v < 1 || v > MAX_SKILL) issues.push(fieldIssue(`skills.${key}`, 'range', { min: 1, max: MAX_SKILL }));
    else skills[key] = v;
  }
  const cap = a.ticketCapacity;
  if (cap !== null && (!Number.isInteger(cap) || cap < 0 || cap > 10_000)) issues.push(fieldIssue('ticketCapacity', 'range', { min: 0, max: 10_000 }));
  if (issues.length) throw new ValidationError('Team member', issues);
  return tx.update('members', a.id, { skills, ticketCapacity: cap ?? undefined });
});

export const skillCommands = {
  'member.setSupportProfile': setSupportProfile,
};
