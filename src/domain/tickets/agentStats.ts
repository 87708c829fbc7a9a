import type { Ticket } from '../entities/index.ts';
import { slaState } from './sla.ts';

/** One agent's row of the support analysis. */
export interface AgentStats {
  assigneeId: string;
  open: number;
  closed: number;
  /** Mean ms from receipt to the start of processing; null when none started. */
  avgFirstResponse: number | null;
  /** Mean ms from receipt to close over closed tickets; null when none. */
  avgResolve: number | null;
  /** Share (0-1) of the agent's tickets that breached a target. */
  breachRate: number;
  avgSatisfaction: number | null;
}

type StatTicket = Pick<Ticket, 'assigneeId' | 'status' | 'priority' | 'receivedAt' | 'processingAt' | 'closedAt' | 'satisfaction'>;

/** The support analysis per agent, busiest first; unassigned tickets are left out. */
export function agentStats(tickets: Iterable<StatTicket>, now: Date): AgentStats[] {
  const acc = new Map<string, { open: number; closed: number; fr: number; frN: number; rs: number; rsN: number; breached: number; n: number; sat: number; satN: number }>();
  for (const k of tickets) {
    if (!k.assigneeId) continue;
    let a = acc.get(k.assigneeId);
    if (!a) acc.set(k.assigneeId, (a = { open: 0, closed: 0, fr: 0, frN: 0, rs: 0, rsN: 0, breached: 0, n: 0, sat: 0, satN: 0 }));
    const received = Date.parse(k.receivedAt);
    a.n++;
    if (k.status === 'closed') a.closed++;
    else a.open++;
    if (k.processingAt && Date.parse(k.processingAt) >= received) {
      a.fr += Date.parse(k.processingAt) - received;
      a.frN++;
    }
    if (k.status === 'closed' && k.closedAt && Date.parse(k.closedAt) >= received) {
      a.rs += Date.parse(k.closedAt) - received;
      a.rsN++;
    }
    if (k.status === 'closed' && k.satisfaction !== undefined) {
      a.sat += k.satisfaction;
      a.satN++;
    }
    if (slaState(k, now).breached) a.breached++;
  }
  return [...acc]
    .map(([assigneeId, a]) => ({
      assigneeId,
      open: a.open,
      closed: a.closed,
      avgFirstResponse: a.frN ? a.fr / a.frN : null,
      avgResolve: a.rsN ? a.rs / a.rsN : null,
      breachRate: a.breached / a.n,
      avgSatisfaction: a.satN ? a.sat / a.satN : null,
    }))
    .sort((x, y) => y.open - x.open || y.closed - x.closed || (x.assigneeId < y.assigneeId ? -1 : 1));
}
