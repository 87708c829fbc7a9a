import { TICKET_STATUSES, type Ticket, type TicketStatus } from '../../domain/entities/index.ts';

export interface TicketMatrix {
  statuses: readonly TicketStatus[];
  /** Channels that have at least one ticket, busiest first. */
  channels: Ticket['channel'][];
  /** counts[c][s]: tickets of channels[c] in statuses[s]. */
  counts: number[][];
  open: number;
  total: number;
}

/** Tickets by status and channel: where support work piles up and where it arrives from. */
export function ticketMatrix(tickets: readonly Pick<Ticket, 'status' | 'channel'>[]): TicketMatrix {
  const si = new Map(TICKET_STATUSES.map((s, i) => [s, i]));
  const byChannel = new Map<Ticket['channel'], number[]>();
  let open = 0;
  for (const t of tickets) {
    let row = byChannel.get(t.channel);
    if (!row) byChannel.set(t.channel, (row = new Array<number>(TICKET_STATUSES.length).fill(0)));
    const i = si.get(t.status);
    if (i !== undefined) row[i]++;
    if (t.status !== 'closed') open++;
  }
  const sum = (r: number[]) => r.reduce((a, b) => a + b, 0);
  const entries = [...byChannel].sort((a, b) => sum(b[1]) - sum(a[1]));
  return { statuses: TICKET_STATUSES, channels: entries.map((e) => e[0]), counts: entries.map((e) => e[1]), open, total: tickets.length };
}
