import { command } from '../commands.ts';
import type { TicketStatus } from '../entities/index.ts';
import { ValidationError } from '../validation.ts';
import { advance, type AdvanceExtra } from './lifecycle.ts';

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

export const ticketCommands = {
  'ticket.advance': advanceTicket,
  'ticket.assign': assignTicket,
};
