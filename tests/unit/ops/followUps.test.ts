import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Task } from '../../../src/domain/entities/index.ts';
import { addBusinessDays, remindsAfterDue, snoozeUntil } from '../../../src/domain/tasks/index.ts';
import { Workspace } from '../../../src/store/workspace.ts';
import { recordsMap, recordToJSON } from '../../../src/store/yrecords.ts';
import { ruleDevices } from '../campaigns/ruleDevices.ts';

const DAY = 86_400_000;
const { device, settle } = ruleDevices('followups');
async function tasks(ws: Workspace): Promise<Task[]> {
  return [...recordsMap(await ws.docs.get('tasks')).values()].map((m) => recordToJSON(m) as unknown as Task);
}

describe('business days', () => {
  it('skips weekends, against a day-by-day oracle', () => {
    // Oracle: walk hour by hour is overkill; walk days and count weekdays by hand.
    for (let start = Date.parse('2026-06-01T17:30:00Z'), i = 0; i < 14; i++) {
      const from = new Date(start + i * DAY);
      for (const k of [0, 1, 2, 5]) {
        let t = from.getTime();
        let left = k;
        while (left > 0 || [0, 6].includes(new Date(t).getUTCDay())) {
          t += DAY;
          if (![0, 6].includes(new Date(t).getUTCDay())) left--;
          if (left < 0) break;
        }
        const got = addBusinessDays(from, k);
        expect([0, 6]).not.toContain(got.getUTCDay());
        expect(got.getUTCHours()).toBe(17);
        if (k > 0) expect(got.getTime()).toBe(t);
      }
    }
    // Friday evening + 1 business day = Monday.
    expect(addBusinessDays(new Date('2026-06-05T18:00:00Z'), 1).toISOString()).toBe('2026-06-08T18:00:00.000Z');
  });
});

describe('reminders', () => {
  it('warns about a reminder after the due date only', () => {
    expect(remindsAfterDue('2026-06-01T10:00', '2026-06-01T10:01')).toBe(true);
    expect(remindsAfterDue('2026-06-01T10:00', '2026-06-01T10:00')).toBe(false);
    expect(remindsAfterDue('2026-06-01T10:00', '2026-05-31T09:00')).toBe(false);
    expect(remindsAfterDue('', '2026-06-01T10:00')).toBe(false);
    expect(remindsAfterDue(undefined, '2026-06-01T10:00')).toBe(false);
  });
  it('snoozes 15 minutes, an hour, or to tomorrow 9:00 local time', () => {
    const now = new Date(2026, 5, 3, 22, 40);
    expect(snoozeUntil('15m', now).getTime() - now.getTime()).toBe(15 * 60_000);
    expect(snoozeUntil('1h', now).getTime() - now.getTime()).toBe(3_600_000);
    const t = snoozeUntil('tomorrow', now);
    expect([t.getFullYear(), t.getMonth(), t.getDate(), t.getHours(), t.getMinutes()]).toEqual([2026, 5, 4, 9, 0]);
  });
});

describe('automatic follow-ups', () => {
  it('a new lead gets one call task for its owner, due one business day later', async () => {
    const clock = { now: Date.parse('2026-06-05T16:00:00Z') }; // a Friday
    const d = device(clock);
    const owner = await d.ws.commands.create('members', { name: 'Sam', email: 'sam@example.com', role: 'sales' });
    await d.ws.commands.create('rules', {
      name: 'New lead', enabled: true, trigger: 'recordCreated', collection: 'leads', conditions: [],
      actions: [{ kind: 'task', title: 'Call the new lead', assignee: 'owner', dueDays: 1, businessDays: true }],
    });
    const lead = await d.ws.commands.create('leads', { name: 'Ann Lee', status: 'new', ownerId: owner.id });
    await settle(d);
    await d.ws.commands.update('leads', lead.id, { notes: 'edited' });
    await settle(d);
    const made = (await tasks(d.ws)).filter((t) => t.title === 'Call the new lead');
    expect(made).toHaveLength(1);
    expect(made[0].assigneeId).toBe(owner.id);
    expect(made[0].dueAt).toBe('2026-06-08T16:00:00.000Z');
  });

  it('a ticket waiting on the customer for N days gets one follow-up per wait, none before N days or once answered', async () => {
    const clock = { now: Date.parse('2026-06-01T09:00:00Z') };
    const d = device(clock);
    const agent = await d.ws.commands.create('members', { name: 'Ola', email: 'ola@example.com', role: 'support' });
    await d.ws.commands.create('rules', {
      name: 'Waiting', enabled: true, trigger: 'ticketWaiting', param: 2, conditions: [],
      actions: [{ kind: 'task', title: 'Follow up', assignee: 'owner', dueDays: 1 }],
    });
    const k = await d.ws.commands.create('tickets', { subject: 'Where is my invoice', channel: 'email', status: 'in_progress', priority: 'normal', receivedAt: new Date(clock.now).toISOString(), assigneeId: agent.id });
    const answered = await d.ws.commands.create('tickets', { subject: 'Other', channel: 'email', status: 'in_progress', priority: 'normal', receivedAt: new Date(clock.now).toISOString(), assigneeId: agent.id });
    await d.ws.commands.update('tickets', k.id, { waitingSince: new Date(clock.now).toISOString() });
    await d.ws.commands.update('tickets', answered.id, { waitingSince: new Date(clock.now).toISOString() });
    await d.ws.commands.update('tickets', answered.id, { waitingSince: undefined });
    clock.now += 2 * DAY - 60_000;
    await d.engine.scan();
    await settle(d);
    expect((await tasks(d.ws)).filter((t) => t.title === 'Follow up')).toHaveLength(0);
    clock.now += 120_000;
    await d.engine.scan();
    await d.engine.scan();
    await settle(d);
    const made = (await tasks(d.ws)).filter((t) => t.title === 'Follow up');
    expect(made).toHaveLength(1);
    expect(made[0].assigneeId).toBe(agent.id);
  });
});
