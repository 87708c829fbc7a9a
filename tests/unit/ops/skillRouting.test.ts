import { describe, expect, it } from 'vitest';
import { openLoads, pickAgent, skillFor } from '../../../src/domain/tickets/assignment.ts';
import type { Ticket } from '../../../src/domain/entities/index.ts';

type A = { id: string; name: string; role: 'support'; skills?: Record<string, number>; ticketCapacity?: number };
const agents: A[] = [
  { id: 'a', name: 'Ann', role: 'support', skills: { 'lang:en': 10, 'lang:ru': 2 }, ticketCapacity: 3 },
  { id: 'b', name: 'Boris', role: 'support', skills: { 'lang:en': 6, 'lang:ru': 10 }, ticketCapacity: 3 },
  { id: 'c', name: 'Chen', role: 'support', skills: { 'lang:zh': 10 } },
];
type K = Pick<Ticket, 'id' | 'status' | 'assigneeId' | 'assignedAt' | 'lang'>;
const open = (assigneeId: string, i: number): K => ({ id: `o${assigneeId}${i}`, status: 'assigned', assigneeId, assignedAt: '2026-01-01T00:00:00.000Z' });

/** Oracle: below capacity, then max skill, then min load, then agent order — by sorting every candidate. */
function oracle(ts: K[], ticket: K): string {
  const loads = openLoads(ts.filter((k) => k.id !== ticket.id));
  const free = agents.filter((a) => a.ticketCapacity === undefined || (loads.get(a.id) ?? 0) < a.ticketCapacity);
  const pool = free.length ? free : agents;
  const key = (a: A) => [free.length ? -(a.skills?.[`lang:${ticket.lang}`] ?? 0) : 0, loads.get(a.id) ?? 0, agents.indexOf(a)];
  return [...pool].sort((x, y) => {
    const [p, q] = [key(x), key(y)];
    return p[0] - q[0] || p[1] - q[1] || p[2] - q[2];
  })[0].id;
}

describe('best skill match', () => {
  it('picks the most skilled agent below capacity for the ticket language', () => {
    const t: K = { id: 'new', status: 'recorded', lang: 'ru' };
    expect(pickAgent(agents, [t], 'bestSkill', 'new')).toBe('b');
    expect(skillFor(agents[0], { lang: 'en' })).toBe(10);
    // Boris at capacity: the next best (Ann, 2) takes the Russian ticket.
    const full = [t, open('b', 1), open('b', 2), open('b', 3)];
    expect(pickAgent(agents, full, 'bestSkill', 'new')).toBe('a');
  });

  it('agrees with a sort-based oracle over many load and language mixes', () => {
    for (let seed = 0; seed < 300; seed++) {
      const ts: K[] = [];
      let x = seed * 7919 + 1;
      const r = (n: number) => ((x = (x * 48271) % 2147483647), x % n);
      for (const a of agents) for (let i = r(5); i > 0; i--) ts.push(open(a.id, i));
      const t: K = { id: 'new', status: 'recorded', lang: (['en', 'ru', 'zh'] as const)[r(3)] };
      ts.push(t);
      expect(pickAgent(agents, ts, 'bestSkill', 'new'), `seed ${seed}`).toBe(oracle(ts, t));
    }
  });
});
