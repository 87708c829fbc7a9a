import { command } from '../commands.ts';
import type { TicketStatus } from '../entities/index.ts';
import { ValidationError } from '../validation.ts';
import { fieldIssue } from '../fields.ts';
import { advance, type AdvanceExtra } from './lifecycle.ts';
import { pickAgent, ticketAgents, type AssignStrategy } from './assignment.ts';
import type { Input } from '../commands.ts';

const missing = (id: string) => new ValidationError('Ticket', [{ field: 'id', message: `no ticket ${id}` }]);

/** Moves a ticket one step of its lifecycle, judged against the ticket as it is now. */
export const advanceTicket = command(['tickets'], (tx, a: { id: string; to: TicketStatus; extra?: AdvanceExtra }) => {
  const ticket = tx.get('tickets', a.id);
  if (!ticket) throw missing(a.id);
  return tx.update('tickets', a.id, { ...advance(ticket, a.to, tx.now, a.extra) });
});

/** Hands a ticket to someone: a first assignment or a reassignment, whichever the ticket's state allows. */
export const assignTicket = command(['tickets'], (tx, a: { id: string; assigneeId: string }) => {
  const ticket = tx.get('tickets', a.id);
  if (!ticket) throw missing(a.id);
  if (ticket.status === 'received') tx.update('tickets', a.id, { ...advance(ticket, 'recorded', tx.now) });
  const now = tx.get('tickets', a.id)!;
  return tx.update('tickets', a.id, { ...advance(now, 'assigned', tx.now, { assigneeId: a.assigneeId }) });
});

const nobody = () => new ValidationError('Ticket', [fieldIssue('assigneeId', 'noAgent')]);

/**
 * Gives a ticket to the agent the strategy picks, judged on the loads as they
 * are in the store now (records it first when it was only received).
 */
export const autoAssignTicket = command(['tickets', 'members'], (tx, a: { id: string; strategy: AssignStrategy }) => {
  if (!tx.get('tickets', a.id)) throw missing(a.id);
  const who = pickAgent(ticketAgents(tx.all('members')), tx.all('tickets'), a.strategy, a.id);
  if (!who) throw nobody();
  return assignTicket.run(tx, { id: a.id, assigneeId: who });
});

/** Records a new ticket and, when a strategy is given, assigns it in the same step. */
export const receiveTicket = command(['tickets', 'members'], (tx, a: { input: Input; strategy: AssignStrategy | null }) => {
  const ticket = tx.create('tickets', { ...a.input, status: 'received', receivedAt: tx.now.toISOString() });
  if (!a.strategy) return ticket;
  return autoAssignTicket.run(tx, { id: ticket.id, strategy: a.strategy });
});

export const ticketCommands = {
  'ticket.autoAssign': autoAssignTicket,
  'ticket.receive': receiveTicket,
  'ticket.advance': advanceTicket,
  'ticket.assign': assignTicket,
};
