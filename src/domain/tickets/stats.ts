import { PRIORITIES, TICKET_STATUSES, type Ticket, type TicketStatus } from '../entities/index.ts';

type Priority = (typeof PRIORITIES)[number];

export interface WeekCount {
  /** Monday of the week, YYYY-MM-DD (UTC). */
  week: string;
  count: number;
}

export interface TicketStats {
  byStatus: Record<TicketStatus, number>;
  /** Mean ms from received to the first assignment, over tickets that were assigned; null when none. */
  avgToAssign: number | null;
  /** Mean ms from received to close, over closed tickets; null when none. */
  avgToClose: number | null;
  openByPriority: Record<Priority, number>;
  /** The last `weeks` weeks up to the one containing `now`, oldest first; empty weeks count 0. */
  closedPerWeek: WeekCount[];
  avgSatisfaction: number | null;
  rated: number;
}

type StatTicket = Pick<Ticket, 'status' | 'priority' | 'receivedAt' | 'assignedAt' | 'closedAt' | 'satisfaction'>;

const DAY = 864e5;

/** Monday 00:00 UTC of the week holding `ms`. */
export function weekStart(ms: number): number {
  const day = Math.floor(ms / DAY);
  // 1970-01-01 was a Thursday: shift so Monday is 0.
  return (day - ((day + 3) % 7)) * DAY;
}

function mean(sum: number, n: number): number | null {
  return n ? sum / n : null;
}

/** The support analysis: speed, backlog and throughput. Timestamps earlier than receipt (bad imports) are skipped, not averaged in as negatives. */
export function ticketStats(tickets: Iterable<StatTicket>, now: Date, weeks = 8): TicketStats {
  const byStatus = Object.fromEntries(TICKET_STATUSES.map((s) => [s, 0])) as Record<TicketStatus, number>;
  const openByPriority = Object.fromEntries(PRIORITIES.map((p) => [p, 0])) as Record<Priority, number>;
  const thisWeek = weekStart(now.getTime());
  const firstWeek = thisWeek - (weeks - 1) * 7 * DAY;
  const perWeek = new Array<number>(weeks).fill(0);
  let assignSum = 0, assignN = 0, closeSum = 0, closeN = 0, satSum = 0, satN = 0;

  for (const t of tickets) {
    byStatus[t.status]++;
    const received = Date.parse(t.receivedAt);
    if (t.assignedAt) {
      const d = Date.parse(t.assignedAt) - received;
      if (d >= 0) {
        assignSum += d;
        assignN++;
      }
    }
    if (t.status === 'closed' && t.closedAt) {
      const closed = Date.parse(t.closedAt);
      if (closed - received >= 0) {
        closeSum += closed - received;
        closeN++;
      }
      const w = (weekStart(closed) - firstWeek) / (7 * DAY);
      if (w >= 0 && w < weeks) perWeek[w]++;
      if (t.satisfaction !== undefined) {
        satSum += t.satisfaction;
        satN++;
      }
    } else if (t.status !== 'closed') openByPriority[t.priority]++;
  }

  return {
    byStatus,
    avgToAssign: mean(assignSum, assignN),
    avgToClose: mean(closeSum, closeN),
    openByPriority,
    closedPerWeek: perWeek.map((count, i) => ({ week: new Date(firstWeek + i * 7 * DAY).toISOString().slice(0, 10), count })),
    avgSatisfaction: mean(satSum, satN),
    rated: satN,
  };
}
