import type { TeamMember, Ticket } from '../entities/index.ts';

/** How a new ticket finds its agent. */
export const ASSIGN_STRATEGIES = ['leastLoaded', 'roundRobin', 'bestSkill'] as const;
export type AssignStrategy = (typeof ASSIGN_STRATEGIES)[number];

/** The roles that can take a ticket, best first: support agents, then those who stand in. */
export const SUPPORT_ROLES: readonly TeamMember['role'][] = ['support', 'manager', 'admin'];

type LoadTicket = Pick<Ticket, 'id' | 'status' | 'assigneeId' | 'assignedAt'> & Partial<Pick<Ticket, 'lang' | 'category'>>;
type Agent = Pick<TeamMember, 'id' | 'name' | 'role'> & Partial<Pick<TeamMember, 'skills' | 'ticketCapacity'>>;

/** Open (not closed) tickets per member id: the load an agent carries now. */
export function openLoads(tickets: Iterable<LoadTicket>): Map<string, number> {
  const loads = new Map<string, number>();
  for (const k of tickets) if (k.status !== 'closed' && k.assigneeId) loads.set(k.assigneeId, (loads.get(k.assigneeId) ?? 0) + 1);
  return loads;
}

/**
 * Who takes tickets automatically: the support agents; only when there are
 * none, the roles that stand in. Ordered by name then id, so every device
 * breaks ties the same way.
 */
export function ticketAgents<M extends Agent>(members: Iterable<M>): M[] {
  const all = [...members];
  for (const role of SUPPORT_ROLES) {
    const some = all.filter((m) => m.role === role);
    if (some.length) return some.sort((a, b) => a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : 1));
  }
  return [];
}

/**
 * The agent a new ticket goes to, or null when nobody can take it.
 * Least loaded: the fewest open tickets (ties: the agent order above).
 * Round robin: the agent after whoever received the latest assignment.
 * `exclude` is the ticket being assigned, so its own current assignment is not counted.
 */
export function pickAgent(agents: readonly Agent[], tickets: readonly LoadTicket[], strategy: AssignStrategy, exclude?: string): string | null {
  if (!agents.length) return null;
  const others = exclude ? tickets.filter((k) => k.id !== exclude) : tickets;
  if (strategy === 'roundRobin') {
    let last: LoadTicket | undefined;
    for (const k of others) if (k.assignedAt && k.assigneeId && (!last || k.assignedAt > last.assignedAt!)) last = k;
    const i = last ? agents.findIndex((a) => a.id === last.assigneeId) : -1;
    return agents[(i + 1) % agents.length].id;
  }
  const loads = openLoads(others);
  if (strategy === 'bestSkill') {
    const ticket = exclude ? tickets.find((k) => k.id === exclude) : undefined;
    const who = bestSkilled(agents, loads, ticket);
    if (who) return who;
  }
  let best = agents[0];
  for (const a of agents) if ((loads.get(a.id) ?? 0) < (loads.get(best.id) ?? 0)) best = a;
  return best.id;
}

/**
 * An agent's skill for a ticket: the ticket language's skill plus its topic's
 * (each 0 when unrated or when the ticket has no language / category), so an
 * agent who speaks the language and knows the topic beats one who only speaks it.
 */
export function skillFor(agent: Agent, ticket: Partial<Pick<Ticket, 'lang' | 'category'>> | undefined): number {
  const lang = ticket?.lang ? (agent.skills?.[`lang:${ticket.lang}`] ?? 0) : 0;
  const topic = ticket?.category ? (agent.skills?.[`topic:${ticket.category}`] ?? 0) : 0;
  return lang + topic;
}

/**
 * Best skill match: the most skilled agent for the ticket among those below
 * their capacity (ties: fewer open tickets, then the agent order). Null when
 * every agent is at capacity: the caller falls back to least loaded.
 */
function bestSkilled(agents: readonly Agent[], loads: ReadonlyMap<string, number>, ticket: Partial<Pick<Ticket, 'lang' | 'category'>> | undefined): string | null {
  let best: Agent | null = null;
  for (const a of agents) {
    const load = loads.get(a.id) ?? 0;
    if (a.ticketCapacity !== undefined && load >= a.ticketCapacity) continue;
    if (!best) {
      best = a;
      continue;
    }
    const d = skillFor(a, ticket) - skillFor(best, ticket);
    if (d > 0 || (d === 0 && load < (loads.get(best.id) ?? 0))) best = a;
  }
  return best?.id ?? null;
}
