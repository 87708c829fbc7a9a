import { PRIORITIES, type Ticket } from '../entities/index.ts';

type Priority = (typeof PRIORITIES)[number];
const HOUR = 3_600_000;

/** Service-level targets of one priority, in ms from receipt. */
export interface SlaTarget {
  /** Until an agent starts work on it (the ticket enters processing). */
  firstResponse: number;
  /** Until it is closed. */
  resolution: number;
}

/** The default targets: tighter the more urgent. */
export const DEFAULT_SLA: Record<Priority, SlaTarget> = {
  urgent: { firstResponse: 1 * HOUR, resolution: 8 * HOUR },
  high: { firstResponse: 4 * HOUR, resolution: 24 * HOUR },
  normal: { firstResponse: 8 * HOUR, resolution: 72 * HOUR },
  low: { firstResponse: 24 * HOUR, resolution: 168 * HOUR },
};

/** met: done within target; breached: done late, or not done and past due; pending: not done, still in time. */
export type SlaClock = 'met' | 'breached' | 'pending';

export interface SlaState {
  firstResponse: SlaClock;
  resolution: SlaClock;
  breached: boolean;
  /** When the next unfinished target falls due (ISO), if one is still running. */
  dueAt?: string;
}

type SlaTicket = Pick<Ticket, 'priority' | 'status' | 'receivedAt' | 'processingAt' | 'closedAt'>;

function clock(received: number, doneAt: string | undefined, target: number, now: number): SlaClock {
  if (doneAt) return Date.parse(doneAt) - received <= target ? 'met' : 'breached';
  return now - received > target ? 'breached' : 'pending';
}

/** Where a ticket stands against its priority's targets at `now`. */
export function slaState(ticket: SlaTicket, now: Date, targets: Record<Priority, SlaTarget> = DEFAULT_SLA): SlaState {
  const target = targets[ticket.priority] ?? targets.normal;
  const received = Date.parse(ticket.receivedAt);
  const closedAt = ticket.status === 'closed' ? ticket.closedAt : undefined;
  // A ticket closed without ever entering processing answered when it closed.
  const firstResponse = clock(received, ticket.processingAt ?? closedAt, target.firstResponse, now.getTime());
  const resolution = clock(received, closedAt, target.resolution, now.getTime());
  const state: SlaState = { firstResponse, resolution, breached: firstResponse === 'breached' || resolution === 'breached' };
  const running = firstResponse === 'pending' ? target.firstResponse : resolution === 'pending' ? target.resolution : null;
  if (running !== null) state.dueAt = new Date(received + running).toISOString();
  return state;
}

/** An open ticket past a target: what the breach list shows. */
export function isOpenBreach(ticket: SlaTicket, now: Date, targets?: Record<Priority, SlaTarget>): boolean {
  return ticket.status !== 'closed' && slaState(ticket, now, targets).breached;
}
