import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Ticket } from '../../../src/domain/entities/index.ts';
import { autoAssignTicket, receiveTicket } from '../../../src/domain/tickets/commands.ts';
import { agentStats, DEFAULT_SLA, isOpenBreach, openLoads, pickAgent, slaState, ticketAgents } from '../../../src/domain/tickets/index.ts';
import { Workspace } from '../../../src/store/workspace.ts';

const HOUR = 3_600_000;
const open: Workspace[] = [];
afterEach(() => {
  while (open.length) open.pop()!.close();
});

function rng(seed: number) {
  return () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
}

type T = Pick<Ticket, 'id' | 'status' | 'assigneeId' | 'assignedAt'>;

describe('automatic ticket assignment', () => {
  it('least loaded picks an agent with the fewest open tickets (brute force over random fixtures)', () => {
    const r = rng(42);
    const agents = ['a', 'b', 'c', 'd'].map((id) => ({ id, name: id.toUpperCase(), role: 'support' as const }));
    const statuses = ['received', 'recorded', 'assigned', 'in_progress', 'closed'] as const;
    for (let round = 0; round < 200; round++) {
      const tickets: T[] = Array.from({ length: Math.floor(r() * 40) }, (_, i) => ({
        id: `t${i}`,
        status: statuses[Math.floor(r() * statuses.length)],
        ...(r() < 0.9 ? { assigneeId: agents[Math.floor(r() * agents.length)].id } : {}),
      }));
      const count = (id: string) => tickets.filter((k) => k.assigneeId === id && k.status !== 'closed').length;
      const min = Math.min(...agents.map((a) => count(a.id)));
      const picked = pickAgent(agents, tickets, 'leastLoaded')!;
      expect(count(picked)).toBe(min);
      // Ties go to the first in agent order, so every device agrees.
      expect(picked).toBe(agents.find((a) => count(a.id) === min)!.id);
    }
  });

  it('round robin hands the next ticket to the agent after the latest assignment', () => {
    const agents = ticketAgents([
      { id: 'z', name: 'Zoe', role: 'support' as const },
      { id: 'm', name: 'Max', role: 'support' as const },
      { id: 's', name: 'Sam', role: 'sales' as const },
    ]);
    expect(agents.map((a) => a.id)).toEqual(['m', 'z']);
    const t = (id: string, who: string, at: string): T => ({ id, status: 'assigned', assigneeId: who, assignedAt: at });
    expect(pickAgent(agents, [], 'roundRobin')).toBe('m');
    expect(pickAgent(agents, [t('1', 'm', '2026-01-02'), t('2', 'z', '2026-01-01')], 'roundRobin')).toBe('z');
    expect(pickAgent(agents, [t('1', 'm', '2026-01-01'), t('2', 'z', '2026-01-02')], 'roundRobin')).toBe('m');
  });

  it('only support agents take tickets while there are any; managers stand in otherwise', () => {
    expect(ticketAgents([{ id: 'x', name: 'X', role: 'manager' as const }, { id: 'y', name: 'Y', role: 'sales' as const }]).map((a) => a.id)).toEqual(['x']);
    expect(ticketAgents([{ id: 'y', name: 'Y', role: 'sales' as const }])).toEqual([]);
  });

  it('ticket.receive records and assigns to the least-loaded agent in one step; with nobody to take it, nothing is written', async () => {
    const w = new Workspace(`route-${Date.now()}`, { tabs: null });
    open.push(w);
    const busy = await w.commands.create('members', { name: 'Busy', email: 'busy@x.io', role: 'support' });
    const idle = await w.commands.create('members', { name: 'Idle', email: 'idle@x.io', role: 'support' });
    for (let i = 0; i < 3; i++) {
      const k = await w.runner.run(receiveTicket, { input: { subject: `old ${i}`, channel: 'email', priority: 'normal' }, strategy: null });
      await w.runner.run(autoAssignTicket, { id: k.id, strategy: 'leastLoaded' });
    }
    // The first went to Busy (tie, name order), then Idle, then Busy: loads 2 and 1.
    const loads = openLoads(await w.db.rows('tickets').toArray());
    expect([loads.get(busy.id), loads.get(idle.id)]).toEqual([2, 1]);
    const k = await w.runner.run(receiveTicket, { input: { subject: 'New one', channel: 'email', priority: 'high' }, strategy: 'leastLoaded' });
    expect(await w.db.rows('tickets').get(k.id)).toMatchObject({ status: 'assigned', assigneeId: idle.id });
    expect(k.recordedAt).toBeTruthy();

    const v = new Workspace(`route-empty-${Date.now()}`, { tabs: null });
    open.push(v);
    await expect(v.runner.run(receiveTicket, { input: { subject: 'Lost', channel: 'email', priority: 'low' }, strategy: 'leastLoaded' })).rejects.toThrow(/nobody who can take tickets/);
    expect(await v.db.rows('tickets').count()).toBe(0);
  });
});

describe('SLA per priority', () => {
  const now = new Date('2026-03-10T12:00:00Z');
  const at = (h: number) => new Date(now.getTime() - h * HOUR).toISOString();

  it('judges both clocks against the priority targets', () => {
    // Urgent: 1 h to respond, 8 h to resolve.
    expect(slaState({ priority: 'urgent', status: 'recorded', receivedAt: at(0.5) }, now)).toMatchObject({ firstResponse: 'pending', resolution: 'pending', breached: false, dueAt: at(-0.5) });
    expect(slaState({ priority: 'urgent', status: 'recorded', receivedAt: at(2) }, now)).toMatchObject({ firstResponse: 'breached', breached: true });
    expect(slaState({ priority: 'urgent', status: 'in_progress', receivedAt: at(2), processingAt: at(1.5) }, now)).toMatchObject({ firstResponse: 'met', resolution: 'pending', breached: false });
    expect(slaState({ priority: 'urgent', status: 'closed', receivedAt: at(20), processingAt: at(19.5), closedAt: at(10) }, now)).toMatchObject({ firstResponse: 'met', resolution: 'breached', breached: true });
    // The same waits are fine for a low-priority ticket (24 h / 168 h).
    expect(slaState({ priority: 'low', status: 'recorded', receivedAt: at(20) }, now).breached).toBe(false);
    expect(isOpenBreach({ priority: 'low', status: 'recorded', receivedAt: at(25) }, now)).toBe(true);
    expect(isOpenBreach({ priority: 'urgent', status: 'closed', receivedAt: at(25), closedAt: at(1) }, now)).toBe(false);
  });

  it('agrees with a direct reading of the targets on random tickets', () => {
    const r = rng(7);
    const pr = ['low', 'normal', 'high', 'urgent'] as const;
    for (let i = 0; i < 500; i++) {
      const priority = pr[Math.floor(r() * 4)];
      const age = r() * 200;
      const started = r() < 0.6 ? age * r() : null;
      const closed = started !== null && r() < 0.5 ? started * r() : null;
      const k = { priority, status: closed !== null ? ('closed' as const) : ('in_progress' as const), receivedAt: at(age), ...(started !== null ? { processingAt: at(age - started) } : {}), ...(closed !== null ? { closedAt: at(closed) } : {}) };
      const target = DEFAULT_SLA[priority];
      const respondMs = (started !== null ? started : age) * HOUR;
      const resolveMs = (closed !== null ? age - closed : age) * HOUR;
      const expected = respondMs > target.firstResponse || resolveMs > target.resolution;
      expect(slaState(k, now).breached, JSON.stringify(k)).toBe(expected);
    }
  });

  it('per-agent analysis counts loads, speed, breaches and satisfaction', () => {
    const rows = agentStats(
      [
        { assigneeId: 'a', status: 'closed', priority: 'normal', receivedAt: at(10), processingAt: at(9), closedAt: at(6), satisfaction: 4 },
        { assigneeId: 'a', status: 'in_progress', priority: 'urgent', receivedAt: at(3), processingAt: at(1) },
        { assigneeId: 'b', status: 'closed', priority: 'normal', receivedAt: at(4), processingAt: at(3), closedAt: at(2), satisfaction: 2 },
        { status: 'received', priority: 'normal', receivedAt: at(1) },
      ],
      now,
    );
    expect(rows.map((r) => r.assigneeId)).toEqual(['a', 'b']);
    expect(rows[0]).toMatchObject({ open: 1, closed: 1, avgFirstResponse: 1.5 * HOUR, avgResolve: 4 * HOUR, breachRate: 0.5, avgSatisfaction: 4 });
    expect(rows[1]).toMatchObject({ open: 0, closed: 1, avgFirstResponse: HOUR, breachRate: 0, avgSatisfaction: 2 });
  });
});
