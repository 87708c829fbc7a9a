import { TICKET_STATUSES, TICKET_STEP_FIELD, type Ticket, type TicketStatus } from '../entities/index.ts';

export interface TicketStep {
  status: TicketStatus;
  /** When the ticket entered this step; undefined for steps not reached yet. */
  at?: string;
  /** Milliseconds since the previous reached step. */
  sincePrevious?: number;
}

/** Every step of the lifecycle in order, with its timestamp and the wait before it. */
export function ticketSteps(ticket: Partial<Ticket>): TicketStep[] {
  let prev: number | undefined;
  return TICKET_STATUSES.map((status) => {
    const at = ticket[TICKET_STEP_FIELD[status]] as string | undefined;
    if (!at) return { status };
    const ms = Date.parse(at);
    const step: TicketStep = { status, at, ...(prev !== undefined ? { sincePrevious: ms - prev } : {}) };
    prev = ms;
    return step;
  });
}

/** How long a ticket has been (or was) open: to its close, or to `now`. */
export function ticketAge(ticket: Pick<Ticket, 'receivedAt' | 'closedAt' | 'status'>, now: Date): number {
  const end = ticket.status === 'closed' && ticket.closedAt ? Date.parse(ticket.closedAt) : now.getTime();
  return Math.max(0, end - Date.parse(ticket.receivedAt));
}
