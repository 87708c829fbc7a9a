import type { Ticket } from '../entities/index.ts';
import { slaState, type SlaTarget } from './sla.ts';
import type { SlaTargets } from './slaSettings.ts';

/** How the support analysis groups tickets. */
export const STATS_GROUPS = ['agent', 'channel', 'category'] as const;
export type StatsGroup = (typeof STATS_GROUPS)[number];

/** One row of the support analysis: an agent, a channel or a category. */
export interface GroupStats {
  key: string;
  open: number;
  closed: number;
  /** Mean ms from receipt to the start of processing; null when none started. */
  avgFirstResponse: number | null;
  /** Mean ms from receipt to close over closed tickets; null when none. */
  avgResolve: number | null;
  /** Share (0-1) of the tickets ever closed (closed now, or reopened) that were reopened; null when none was closed. */
  reopenRate: number | null;
  /** Share (0-1) of the group's tickets that breached a target. */
  breachRate: number;
  avgSatisfaction: number | null;
  /** Mean sentiment score (-1..1) of the customers' texts; null without a scorer or texts. */
  avgSentiment: number | null;
  /** Share (0-1) of scored texts that read negative; null when none was scored. */
  negativeShare: number | null;
}

/** The support analysis per agent, kept under its old name: rows carry the agent as `assigneeId`. */
export type AgentStats = GroupStats & { assigneeId: string };

type StatTicket = Pick<Ticket, 'status' | 'priority' | 'receivedAt' | 'processingAt' | 'closedAt' | 'satisfaction'> &
  Partial<Pick<Ticket, 'id' | 'assigneeId' | 'channel' | 'category' | 'reopenCount' | 'subject' | 'body'>>;

/** A text's sentiment: score in (-1, 1) and whether it reads negative; null when it cannot be scored. */
export type SentimentOf = (ticket: StatTicket) => { score: number; negative: boolean } | null;

export interface StatsOptions {
  targets?: SlaTargets | Record<string, SlaTarget>;
  sentimentOf?: SentimentOf;
}

const KEY: Record<StatsGroup, (k: StatTicket) => string | undefined> = {
  agent: (k) => k.assigneeId,
  channel: (k) => k.channel,
  category: (k) => k.category ?? 'other',
};

/**
 * The support analysis grouped by agent, channel or category, busiest first.
 * Tickets without a key (unassigned, for agents) are left out. Timestamps
 * before receipt (bad imports) are skipped rather than averaged in.
 */
export function groupStats(tickets: Iterable<StatTicket>, by: StatsGroup, now: Date, opts: StatsOptions = {}): GroupStats[] {
  type Acc = { open: number; closed: number; fr: number; frN: number; rs: number; rsN: number; breached: number; n: number; sat: number; satN: number; everClosed: number; reopened: number; sen: number; senN: number; neg: number };
  const acc = new Map<string, Acc>();
  const keyOf = KEY[by];
  for (const k of tickets) {
    const key = keyOf(k);
    if (!key) continue;
    let a = acc.get(key);
    if (!a) acc.set(key, (a = { open: 0, closed: 0, fr: 0, frN: 0, rs: 0, rsN: 0, breached: 0, n: 0, sat: 0, satN: 0, everClosed: 0, reopened: 0, sen: 0, senN: 0, neg: 0 }));
    const received = Date.parse(k.receivedAt);
    a.n++;
    if (k.status === 'closed') a.closed++;
    else a.open++;
    if (k.status === 'closed' || (k.reopenCount ?? 0) > 0) a.everClosed++;
    if ((k.reopenCount ?? 0) > 0) a.reopened++;
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
    if (slaState(k, now, opts.targets as SlaTargets | undefined).breached) a.breached++;
    const s = opts.sentimentOf?.(k);
    if (s) {
      a.sen += s.score;
      a.senN++;
      if (s.negative) a.neg++;
    }
  }
  return [...acc]
    .map(([key, a]) => ({
      key,
      open: a.open,
      closed: a.closed,
      avgFirstResponse: a.frN ? a.fr / a.frN : null,
      avgResolve: a.rsN ? a.rs / a.rsN : null,
      reopenRate: a.everClosed ? a.reopened / a.everClosed : null,
      breachRate: a.breached / a.n,
      avgSatisfaction: a.satN ? a.sat / a.satN : null,
      avgSentiment: a.senN ? a.sen / a.senN : null,
      negativeShare: a.senN ? a.neg / a.senN : null,
    }))
    .sort((x, y) => y.open - x.open || y.closed - x.closed || (x.key < y.key ? -1 : 1));
}

/** The support analysis per agent, busiest first; unassigned tickets are left out. */
export function agentStats(tickets: Iterable<StatTicket>, now: Date, opts: StatsOptions = {}): AgentStats[] {
  return groupStats(tickets, 'agent', now, opts).map((r) => ({ ...r, assigneeId: r.key }));
}
