import type { Activity, Deal, Order, Ticket } from './entities/index.ts';

/** What a contact's merged timeline can show; the page filters by these. */
export const TIMELINE_KINDS = ['activity', 'campaign', 'deal', 'ticket', 'order', 'change'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

/** A change logged on a record: who, when, which fields went from what to what. */
export interface LoggedChange {
  by: string | null;
  at: string;
  op: 'create' | 'update' | 'delete';
  ch?: [string, unknown, unknown][];
}

export type TimelineEntry = { key: string; at: string } & (
  | { kind: 'activity' | 'campaign'; activity: Activity }
  | { kind: 'deal'; deal: Deal; event: 'opened' | 'won' | 'lost' }
  | { kind: 'deal'; deal: Deal; event: 'stage'; from: string; to: string; by: string | null }
  | { kind: 'ticket'; ticket: Ticket; event: 'received' | 'closed' }
  | { kind: 'order'; order: Order }
  | { kind: 'change'; change: LoggedChange }
);

export interface TimelineSources {
  activities: readonly Activity[];
  deals: readonly Deal[];
  /** Each deal's own change log, by deal id: its stage moves become entries. */
  dealLogs?: ReadonlyMap<string, readonly LoggedChange[]>;
  tickets: readonly Ticket[];
  orders: readonly Order[];
  /** The record's own field changes. */
  changes?: readonly LoggedChange[];
  /** 'won' / 'lost' / 'open' for a deal's current stage. */
  outcome: (deal: Deal) => 'open' | 'won' | 'lost';
}

/**
 * Everything that happened around one contact, newest first: interactions and
 * campaign touches, deals opened, moved and closed, tickets received and
 * closed, orders, and edits of the contact itself.
 */
export function mergeTimeline(s: TimelineSources): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  for (const a of s.activities) out.push({ key: `a:${a.id}`, at: a.occurredAt, kind: a.campaignId ? 'campaign' : 'activity', activity: a });
  for (const d of s.deals) {
    out.push({ key: `d:${d.id}`, at: d.createdAt, kind: 'deal', deal: d, event: 'opened' });
    const outcome = s.outcome(d);
    if (outcome !== 'open' && d.closedAt) out.push({ key: `d:${d.id}:close`, at: d.closedAt, kind: 'deal', deal: d, event: outcome });
    // The deal's own stage history when it has one (seeded deals too); else the moves its change log recorded.
    const visits = d.stageHistory ?? [];
    if (visits.length > 1)
      for (let i = 1; i < visits.length; i++) {
        // The move into the final won/lost stage is already the 'won' / 'lost' entry.
        if (i === visits.length - 1 && outcome !== 'open') break;
        out.push({ key: `d:${d.id}:s${i}`, at: visits[i].at, kind: 'deal', deal: d, event: 'stage', from: visits[i - 1].stageId, to: visits[i].stageId, by: visits[i].by ?? null });
      }
    else
      for (const [i, c] of (s.dealLogs?.get(d.id) ?? []).entries())
        for (const [field, from, to] of c.ch ?? [])
          if (field === 'stageId' && typeof from === 'string' && typeof to === 'string')
            out.push({ key: `d:${d.id}:s${i}`, at: c.at, kind: 'deal', deal: d, event: 'stage', from, to, by: c.by });
  }
  for (const k of s.tickets) {
    out.push({ key: `t:${k.id}`, at: k.receivedAt, kind: 'ticket', ticket: k, event: 'received' });
    if (k.status === 'closed' && k.closedAt) out.push({ key: `t:${k.id}:close`, at: k.closedAt, kind: 'ticket', ticket: k, event: 'closed' });
  }
  for (const o of s.orders) out.push({ key: `o:${o.id}`, at: o.orderedAt, kind: 'order', order: o });
  for (const [i, c] of (s.changes ?? []).entries()) if (c.op === 'update' && c.ch?.length) out.push({ key: `c:${i}`, at: c.at, kind: 'change', change: c });
  return out.sort((x, y) => (x.at < y.at ? 1 : x.at > y.at ? -1 : x.key < y.key ? -1 : 1));
}

/** Entries per kind, for the filter's counts. */
export function countKinds(entries: readonly TimelineEntry[]): Record<TimelineKind, number> {
  const n = Object.fromEntries(TIMELINE_KINDS.map((k) => [k, 0])) as Record<TimelineKind, number>;
  for (const e of entries) n[e.kind]++;
  return n;
}
