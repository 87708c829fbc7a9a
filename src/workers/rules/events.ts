import type { Contact, Deal, Order, Rule, Ticket } from '../../domain/entities/index.ts';
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
export const SCANNED: ReadonlySet<Rule['trigger']> = new Set(['dealIdle', 'birthday', 'churnRisk', 'segmentEntered', 'ticketWaiting']);

/**
 * Orders placed after the rule existed: importing three years of history is not
 * three years of "order placed" events. One event per order.
 */
export function orderEvents(orders: readonly Order[], since: string): Omit<RuleEvent, 'facts'>[] {
  return orders
    .filter((o) => o.orderedAt >= since)
    .map((o) => ({ id: `orders:${o.id}:placed`, trigger: 'orderPlaced' as const, at: o.orderedAt, subjectCollection: 'orders', subjectId: o.id, contactId: o.contactId }));
}

/** A contact's churn risk now and when the rule was created, with the last paid order (the start of the quiet spell). */
export interface ChurnState {
  contactId: string;
  ownerId?: string;
  riskNow?: number;
  riskThen?: number;
  lastOrderAt?: string;
}

/**
 * Churn risk crossing `threshold` (0..1) after the rule was created: risk at
 * or above it now, and either below it when the rule was created or a new
 * quiet spell begun since (an order after the rule). One event per contact per
 * quiet spell: a new order starts a new one. Its time is data, not the clock
 * (the later of the spell's start and the rule's creation), so every device
 * derives the same ids.
 */
export function churnEvents(states: readonly ChurnState[], threshold: number, ruleCreatedAt: string): Omit<RuleEvent, 'facts'>[] {
  const out: Omit<RuleEvent, 'facts'>[] = [];
  for (const s of states) {
    if (s.riskNow === undefined || s.riskNow < threshold || !s.lastOrderAt) continue;
    const newSpell = s.lastOrderAt >= ruleCreatedAt;
    if (!newSpell && (s.riskThen ?? 0) >= threshold) continue;
    const at = newSpell ? s.lastOrderAt : ruleCreatedAt;
    out.push({ id: `contacts:${s.contactId}:churn:${threshold}:${s.lastOrderAt}`, trigger: 'churnRisk', at, subjectCollection: 'contacts', subjectId: s.contactId, contactId: s.contactId, ownerId: s.ownerId });
  }
  return out;
}

/**
 * Contacts in the segment now who were not in it when the rule was created
 * (both computed from the same data: profiles as of then and as of now). One
 * event per contact and segment.
 */
export function segmentEvents(segmentId: string, membersNow: readonly string[], membersThen: ReadonlySet<string>, ruleCreatedAt: string, owners: ReadonlyMap<string, string | undefined>): Omit<RuleEvent, 'facts'>[] {
  return membersNow
    .filter((id) => !membersThen.has(id))
    .map((id) => ({ id: `segments:${segmentId}:${id}:entered`, trigger: 'segmentEntered' as const, at: ruleCreatedAt, subjectCollection: 'contacts', subjectId: id, contactId: id, ownerId: owners.get(id) }));
}

/**
 * Open tickets waiting on the customer for `days` or more: one event per
 * wait (a new wait, after the customer answered, starts a new one), timed by
 * data so every device derives the same id.
 */
export function waitingTicketEvents(tickets: readonly Ticket[], days: number, now: Date): Omit<RuleEvent, 'facts'>[] {
  const out: Omit<RuleEvent, 'facts'>[] = [];
  for (const k of tickets) {
    if (k.status === 'closed' || !k.waitingSince || k.deletedAt) continue;
    const due = Date.parse(k.waitingSince) + days * 86_400_000;
    if (now.getTime() < due) continue;
    out.push({ id: `tickets:${k.id}:waiting:${k.waitingSince}:${days}`, trigger: 'ticketWaiting', at: new Date(due).toISOString(), subjectCollection: 'tickets', subjectId: k.id, contactId: k.contactId, ownerId: k.assigneeId });
  }
  return out;
}
