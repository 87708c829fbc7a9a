import type { Contact, Deal, Rule, Ticket } from '../../domain/entities/index.ts';
import type { RuleEvent } from '../../domain/rules/types.ts';

/** Record collections whose changes can trigger rules. */
export const WATCHED = ['contacts', 'companies', 'deals', 'tickets', 'tasks', 'leads'] as const;
export type Watched = (typeof WATCHED)[number];

type Rec = Record<string, unknown> & { id: string; createdAt: string; updatedAt: string };

/** The events one committed record change means, before facts are added. */
export function recordEvents(collection: Watched, rec: Rec): Omit<RuleEvent, 'facts'>[] {
  const created = rec.createdAt === rec.updatedAt;
  const base = { subjectCollection: collection, subjectId: rec.id };
  const out: Omit<RuleEvent, 'facts'>[] = [];
  if (created) out.push({ ...base, id: `${collection}:${rec.id}:created`, trigger: 'recordCreated', at: rec.createdAt });
  else out.push({ ...base, id: `${collection}:${rec.id}:changed:${rec.updatedAt}`, trigger: 'recordChanged', at: rec.updatedAt });
  if (collection === 'tickets') {
    const t = rec as unknown as Ticket;
    // One event per ticket: replaying or editing it later never opens it again.
    if (created) out.push({ ...base, id: `tickets:${rec.id}:opened`, trigger: 'ticketOpened', at: t.receivedAt ?? rec.createdAt });
    out.push({ ...base, id: `tickets:${rec.id}:negative`, trigger: 'negativeSentiment', at: t.receivedAt ?? rec.createdAt });
  }
  return out;
}

/** Open deals with no touch for `days`: one event per quiet spell (a new touch starts a new one). */
export function idleDealEvents(deals: readonly Deal[], lastTouch: ReadonlyMap<string, string>, days: number, now: Date): Omit<RuleEvent, 'facts'>[] {
  const out: Omit<RuleEvent, 'facts'>[] = [];
  for (const d of deals) {
    if (d.closedAt) continue;
    const last = [lastTouch.get(d.id), d.updatedAt].filter(Boolean).sort().pop()!;
    const idleMs = now.getTime() - Date.parse(last);
    if (idleMs < days * 86_400_000) continue;
    out.push({ id: `deals:${d.id}:idle:${last}`, trigger: 'dealIdle', at: new Date(Date.parse(last) + days * 86_400_000).toISOString(), subjectCollection: 'deals', subjectId: d.id, contactId: d.contactId, ownerId: d.ownerId });
  }
  return out;
}

/** Contacts whose birthday is today (UTC): one event per contact per year. */
export function birthdayEvents(contacts: readonly Contact[], now: Date): Omit<RuleEvent, 'facts'>[] {
  const md = now.toISOString().slice(5, 10);
  const y = now.getUTCFullYear();
  return contacts
    .filter((c) => c.birthday?.slice(5, 10) === md)
    .map((c) => ({ id: `contacts:${c.id}:birthday:${y}`, trigger: 'birthday' as const, at: `${y}-${md}T00:00:00.000Z`, subjectCollection: 'contacts', subjectId: c.id, contactId: c.id, ownerId: c.ownerId }));
}

/** Whether any rule needs the periodic scan (rules on time, not on a change). */
export const SCANNED: ReadonlySet<Rule['trigger']> = new Set(['dealIdle', 'birthday']);
