import { TICKET_STEP_FIELD, type Ticket, type TicketStatus } from '../entities/index.ts';
import { fieldIssue } from '../fields.ts';
import { ValidationError, type IssueCode, type IssueParams } from '../validation.ts';

/**
 * The legal moves of the support lifecycle. Forward moves go one step at a
 * time, so every ticket carries every step's timestamp for the analysis.
 * Besides that: a ticket may be handed to someone else while assigned or in
 * progress, and a closed ticket may be reopened into processing.
 */
export const NEXT_STEPS: Record<TicketStatus, readonly TicketStatus[]> = {
  received: ['recorded'],
  recorded: ['assigned'],
  assigned: ['in_progress', 'assigned'],
  in_progress: ['closed', 'assigned'],
  closed: ['in_progress'],
};

/** What some steps need besides the time. */
export interface AdvanceExtra {
  assigneeId?: string;
  resolution?: string;
  satisfaction?: number;
}

export type TicketPatch = Partial<Pick<Ticket, 'status' | 'assigneeId' | 'recordedAt' | 'assignedAt' | 'processingAt' | 'closedAt' | 'resolution' | 'satisfaction' | 'reopenCount'>>;

type Current = Pick<Ticket, 'status' | 'assigneeId' | 'assignedAt' | 'closedAt' | 'resolution' | 'satisfaction'> & Partial<Pick<Ticket, 'reopenCount'>>;

const bad = (field: string, code: IssueCode, params?: IssueParams) => new ValidationError('Ticket', [fieldIssue(field, code, params)]);

/**
 * The patch that moves a ticket to `to` at `now`: the new status plus the
 * timestamp of that step. Re-entering a step (a reassignment, a reopen) keeps
 * the first timestamp, because "time to first assignment" and "time to start"
 * are what the analysis measures; reopening clears the close and its outcome.
 * Illegal jumps throw a ValidationError naming `status`.
 */
export function advance(ticket: Current, to: TicketStatus, now: Date, extra: AdvanceExtra = {}): TicketPatch {
  if (!NEXT_STEPS[ticket.status]?.includes(to))
    throw bad('status', 'transition', { from: ticket.status, to, next: NEXT_STEPS[ticket.status]?.join(', ') || 'none' });
  const stamp = now.toISOString();
  const patch: TicketPatch = { status: to };

  if (to === 'assigned') {
    const who = extra.assigneeId?.trim();
    if (!who) throw bad('assigneeId', 'assigneeRequired');
    patch.assigneeId = who;
    if (!ticket.assignedAt) patch.assignedAt = stamp;
    return patch;
  }
  if (to === 'closed') {
    const s = extra.satisfaction;
    if (s !== undefined && (!Number.isInteger(s) || s < 1 || s > 5)) throw bad('satisfaction', 'range', { min: 1, max: 5 });
    patch.closedAt = stamp;
    const resolution = extra.resolution?.trim();
    if (resolution) patch.resolution = resolution;
    if (s !== undefined) patch.satisfaction = s;
    return patch;
  }
  if (ticket.status === 'closed') {
    // A reopen: processing resumes; the old close and its rating no longer describe the ticket, and the count feeds the reopen rate.
    Object.assign(patch, { closedAt: undefined, resolution: undefined, satisfaction: undefined, reopenCount: (ticket.reopenCount ?? 0) + 1 });
    return patch;
  }
  patch[TICKET_STEP_FIELD[to] as 'recordedAt' | 'processingAt'] = stamp;
  return patch;
}
