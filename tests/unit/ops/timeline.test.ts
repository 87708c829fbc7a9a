import { describe, expect, it } from 'vitest';
import type { Activity, Deal, Order, Ticket } from '../../../src/domain/entities/index.ts';
import { countKinds, mergeTimeline } from '../../../src/domain/timeline.ts';

const base = { createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' };

describe('the merged contact timeline', () => {
  it('holds every kind, newest first, with deal stage moves and outcomes and ticket closes', () => {
    const activities = [
      { ...base, id: 'a1', type: 'call', channel: 'phone', subject: 'Intro', occurredAt: '2026-01-02T10:00:00Z' },
      { ...base, id: 'a2', type: 'email', channel: 'email', subject: 'Offer', occurredAt: '2026-01-05T10:00:00Z', campaignId: 'k1', response: 'sent' },
    ] as Activity[];
    const deals = [{ ...base, id: 'd1', title: 'Big', pipelineId: 'p', stageId: 'lost', amount: 100, currency: 'USD', createdAt: '2026-01-03T00:00:00Z', closedAt: '2026-01-09T00:00:00Z', lostReason: 'Price' }] as Deal[];
    const tickets = [{ ...base, id: 't1', subject: 'Broken', channel: 'email', status: 'closed', priority: 'high', receivedAt: '2026-01-04T00:00:00Z', closedAt: '2026-01-06T00:00:00Z' }] as Ticket[];
    const orders = [{ id: 'o1', number: 'SO-1', orderedAt: '2026-01-07T00:00:00Z', total: 500, currency: 'USD', status: 'paid' }] as unknown as Order[];
    const dealLogs = new Map([['d1', [{ by: 'm1', at: '2026-01-08T00:00:00Z', op: 'update' as const, ch: [['stageId', 'proposal', 'lost'], ['amount', 1, 2]] as [string, unknown, unknown][] }]]]);
    const changes = [
      { by: 'm2', at: '2026-01-10T00:00:00Z', op: 'update' as const, ch: [['email', 'a@b.io', 'c@d.io']] as [string, unknown, unknown][] },
      { by: 'm2', at: '2026-01-01T00:00:00Z', op: 'create' as const },
    ];
    const out = mergeTimeline({ activities, deals, tickets, orders, dealLogs, changes, outcome: (d) => (d.stageId === 'lost' ? 'lost' : 'open') });
    expect(out.map((e) => `${e.kind}${'event' in e ? `:${e.event}` : ''}@${e.at.slice(5, 10)}`)).toEqual([
      'change@01-10',
      'deal:lost@01-09',
      'deal:stage@01-08',
      'order@01-07',
      'ticket:closed@01-06',
      'campaign@01-05',
      'ticket:received@01-04',
      'deal:opened@01-03',
      'activity@01-02',
    ]);
    expect(out.find((e) => e.kind === 'deal' && e.event === 'stage')).toMatchObject({ from: 'proposal', to: 'lost', by: 'm1' });
    expect(countKinds(out)).toEqual({ activity: 1, campaign: 1, deal: 3, ticket: 2, order: 1, change: 1 });
    // Keys are unique, so a keyed list never repeats an entry.
    expect(new Set(out.map((e) => e.key)).size).toBe(out.length);
  });
});

describe('timeline from stage history', () => {
  it('shows each recorded move once (not the final won/lost move twice), even without a change log', () => {
    const d = {
      id: 'd2', title: 'Seeded', pipelineId: 'p', stageId: 'won', amount: 1, currency: 'USD', createdAt: '2026-02-01T00:00:00Z', updatedAt: '2026-02-09T00:00:00Z', closedAt: '2026-02-09T00:00:00Z',
      stageHistory: [
        { stageId: 'qualify', at: '2026-02-01T00:00:00Z' },
        { stageId: 'proposal', at: '2026-02-03T00:00:00Z', by: 'm2' },
        { stageId: 'won', at: '2026-02-09T00:00:00Z' },
      ],
    } as Deal;
    const out = mergeTimeline({ activities: [], deals: [d], tickets: [], orders: [], outcome: () => 'won' });
    expect(out.map((e) => (e.kind === 'deal' ? e.event : e.kind))).toEqual(['won', 'stage', 'opened']);
    expect(out[1]).toMatchObject({ from: 'qualify', to: 'proposal', by: 'm2' });
  });
});
