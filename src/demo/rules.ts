import type { Rule, RuleFiring, Task } from '../domain/entities/index.ts';
import { effectId, firingId } from '../domain/rules/ids.ts';
import { sentiment } from '../mining/sentiment/index.ts';
import { base, type DemoContext } from './context.ts';
import { toUsd } from './money.ts';
import type { Commerce } from './orders.ts';
import type { ContactMeta } from './people.ts';
import type { TicketMeta } from './support.ts';
import type { Team } from './team.ts';
import { DAY, iso } from './time.ts';

/** Event rules a marketing and support team would set up first. */
export function makeRules(ctx: DemoContext, team: Team): Rule[] {
  const id = ctx.ids('rules');
  const created = ctx.time.nowMs - 40 * DAY;
  const manager = team.members.find((m) => m.rec.role === 'manager')?.rec.id;
  const rule = (i: number, r: Omit<Rule, 'id' | 'createdAt' | 'updatedAt'>): Rule => ({ ...base(id(created + i * 60_000), created + i * 60_000), ...r });
  return [
    rule(0, {
      name: 'Negative ticket from a high-value customer', enabled: true, trigger: 'negativeSentiment',
      conditions: [{ field: 'profile.monetary', op: '>=', value: 1_000_000 }],
      actions: [{ kind: 'task', title: 'Call the customer about their complaint', assignee: 'owner', dueDays: 1, priority: 'high' }],
    }),
    rule(1, {
      name: 'Deal idle for 30 days', enabled: false, trigger: 'dealIdle', param: 30,
      conditions: [],
      actions: [{ kind: 'task', title: 'Follow up on the quiet deal', assignee: 'owner', dueDays: 2 }, ...(manager ? [{ kind: 'notify' as const, message: 'A deal has been quiet for 30 days', to: manager }] : [])],
    }),
    rule(2, {
      name: 'Urgent ticket: tell the support lead', enabled: false, trigger: 'ticketOpened',
      conditions: [{ field: 'record.priority', op: '=', value: 'urgent' }],
      actions: [{ kind: 'notify', message: 'Urgent ticket received' }],
    }),
    // Automatic follow-ups of the team's day (they fire on new events only: the seeded history makes none).
    rule(3, {
      name: 'New lead: call within one business day', enabled: true, trigger: 'recordCreated', collection: 'leads',
      conditions: [],
      actions: [{ kind: 'task', title: 'Call the new lead', assignee: 'owner', dueDays: 1, businessDays: true, priority: 'high' }],
    }),
    rule(4, {
      name: 'Ticket waiting on the customer for 2 days', enabled: true, trigger: 'ticketWaiting', param: 2,
      conditions: [],
      actions: [{ kind: 'task', title: 'Follow up: the customer has not answered', assignee: 'owner', dueDays: 1 }],
    }),
  ];
}

/**
 * What the first rule would have logged over the last 60 days: the fired-log
 * entries and the tasks they made, with the ids the engine derives, so the
 * log has content at first open and a replay never doubles them.
 */
export function pastFirings(ctx: DemoContext, rule: Rule, tickets: readonly TicketMeta[], contacts: readonly ContactMeta[], commerce: Commerce): { firings: RuleFiring[]; tasks: Task[] } {
  const now = ctx.time.nowMs;
  const firings: RuleFiring[] = [];
  const tasks: Task[] = [];
  const spendBefore = (ci: number, ms: number) => {
    let sum = 0;
    for (const oi of commerce.customers[ci]?.orders ?? []) {
      const o = commerce.orders[oi];
      if (o.status === 'paid' && Date.parse(o.orderedAt) < ms) sum += toUsd(o.total, o.currency);
    }
    return Math.round(sum);
  };
  const threshold = Number((rule.conditions as { value: number }[])[0]?.value ?? 0);
  for (const t of tickets) {
    if (t.receivedMs < now - 60 * DAY || t.receivedMs < Date.parse(rule.createdAt) || t.contact < 0) continue;
    const s = sentiment(`${t.rec.subject}. ${t.rec.body ?? ''}`);
    if (s.label !== 'negative') continue;
    const spend = spendBefore(t.contact, t.receivedMs);
    if (spend < threshold) continue;
    const c = contacts[t.contact];
    const eventId = `tickets:${t.rec.id}:negative`;
    const at = t.receivedMs;
    const fid = firingId(rule.id, eventId, at);
    const taskId = effectId(fid, 0, at);
    const firedMs = at + 2_000;
    tasks.push({
      ...base(taskId, firedMs),
      title: 'Call the customer about their complaint', status: 'open', priority: 'high',
      dueAt: iso(firedMs + DAY), assigneeId: c.owner.rec.id, contactId: c.rec.id, notes: `${rule.name} (${eventId})`,
    });
    firings.push({
      ...base(fid, firedMs),
      ruleId: rule.id, eventId, trigger: 'negativeSentiment', subjectCollection: 'tickets', subjectId: t.rec.id, firedAt: iso(firedMs),
      reason: [{ field: 'profile.monetary', op: '>=', value: threshold, actual: spend, ok: true }],
      effects: [{ kind: 'task', collection: 'tasks', id: taskId }],
    });
  }
  return { firings, tasks };
}
