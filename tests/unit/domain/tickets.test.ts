import { describe, expect, it } from 'vitest';
import type { Ticket } from '../../../src/domain/entities/index.ts';
import { ValidationError } from '../../../src/domain/validation.ts';
import { advance, ticketAge, ticketStats, ticketSteps, weekStart } from '../../../src/domain/tickets/index.ts';

const T0 = '2026-03-02T08:00:00.000Z'; // a Monday
const now = new Date('2026-03-02T10:00:00Z');

function ticket(over: Partial<Ticket> = {}): Ticket {
  return {
    id: 'K', createdAt: T0, updatedAt: T0, subject: 'Cannot log in', channel: 'email', status: 'received',
    priority: 'normal', receivedAt: T0, ...over,
  };
}

function fieldOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof ValidationError) return e.issues[0].field;
    throw e;
  }
  return undefined;
}

describe('advance', () => {
  it('walks the lifecycle, stamping each step', () => {
    expect(advance(ticket(), 'recorded', now)).toEqual({ status: 'recorded', recordedAt: now.toISOString() });
    expect(advance(ticket({ status: 'recorded' }), 'assigned', now, { assigneeId: 'M1' })).toEqual({
      status: 'assigned', assigneeId: 'M1', assignedAt: now.toISOString(),
    });
    expect(advance(ticket({ status: 'assigned', assigneeId: 'M1' }), 'in_progress', now)).toEqual({ status: 'in_progress', processingAt: now.toISOString() });
    expect(advance(ticket({ status: 'in_progress' }), 'closed', now, { resolution: ' Reset password ', satisfaction: 5 })).toEqual({
      status: 'closed', closedAt: now.toISOString(), resolution: 'Reset password', satisfaction: 5,
    });
  });

  it('refuses jumps and backward moves, naming status', () => {
    expect(fieldOf(() => advance(ticket(), 'closed', now))).toBe('status');
    expect(fieldOf(() => advance(ticket(), 'assigned', now, { assigneeId: 'M1' }))).toBe('status');
    expect(fieldOf(() => advance(ticket({ status: 'in_progress' }), 'received', now))).toBe('status');
    expect(fieldOf(() => advance(ticket({ status: 'closed' }), 'closed', now))).toBe('status');
  });

  it('needs an assignee to assign and a 1-5 rating to close', () => {
    expect(fieldOf(() => advance(ticket({ status: 'recorded' }), 'assigned', now, {}))).toBe('assigneeId');
    expect(fieldOf(() => advance(ticket({ status: 'in_progress' }), 'closed', now, { satisfaction: 6 }))).toBe('satisfaction');
    expect(fieldOf(() => advance(ticket({ status: 'in_progress' }), 'closed', now, { satisfaction: 2.5 }))).toBe('satisfaction');
    expect(advance(ticket({ status: 'in_progress' }), 'closed', now)).toEqual({ status: 'closed', closedAt: now.toISOString() });
  });

  it('keeps the first assignment time on a handover', () => {
    const t = ticket({ status: 'in_progress', assigneeId: 'M1', assignedAt: T0 });
    expect(advance(t, 'assigned', now, { assigneeId: 'M2' })).toEqual({ status: 'assigned', assigneeId: 'M2' });
  });

  it('reopens into processing, clearing the close and its outcome', () => {
    const closed = ticket({ status: 'closed', closedAt: T0, resolution: 'Done', satisfaction: 2 });
    const p = advance(closed, 'in_progress', now);
    expect(p).toEqual({ status: 'in_progress', closedAt: undefined, resolution: undefined, satisfaction: undefined, reopenCount: 1 });
    expect(Object.keys(p)).toContain('closedAt');
  });
});

describe('steps and age', () => {
  it('lists each step with the time since the previous one', () => {
    const steps = ticketSteps(ticket({ recordedAt: '2026-03-02T08:05:00.000Z', assignedAt: '2026-03-02T09:05:00.000Z' }));
    expect(steps.map((s) => s.status)).toEqual(['received', 'recorded', 'assigned', 'in_progress', 'closed']);
    expect(steps[0]).toEqual({ status: 'received', at: T0 });
    expect(steps[1].sincePrevious).toBe(5 * 60_000);
    expect(steps[2].sincePrevious).toBe(3600_000);
    expect(steps[3]).toEqual({ status: 'in_progress' });
  });

  it('ages open tickets to now and closed ones to their close', () => {
    expect(ticketAge(ticket(), now)).toBe(2 * 3600_000);
    expect(ticketAge(ticket({ status: 'closed', closedAt: '2026-03-02T08:30:00.000Z' }), now)).toBe(30 * 60_000);
  });
});

describe('ticketStats', () => {
  it('weeks start on Monday (UTC)', () => {
    expect(new Date(weekStart(Date.parse('2026-03-08T23:00:00Z'))).toISOString()).toBe('2026-03-02T00:00:00.000Z');
    expect(new Date(weekStart(Date.parse(T0))).toISOString()).toBe('2026-03-02T00:00:00.000Z');
  });

  it('measures speed, backlog, throughput and satisfaction', () => {
    const h = (n: number) => new Date(Date.parse(T0) + n * 3600_000).toISOString();
    const s = ticketStats(
      [
        ticket({ priority: 'high' }),
        ticket({ status: 'assigned', priority: 'high', assignedAt: h(2) }),
        ticket({ status: 'closed', priority: 'urgent', assignedAt: h(4), closedAt: h(10), satisfaction: 4 }),
        ticket({ status: 'closed', receivedAt: '2026-02-20T08:00:00.000Z', assignedAt: '2026-02-20T08:00:00.000Z', closedAt: '2026-02-24T08:00:00.000Z', satisfaction: 2 }),
        ticket({ status: 'closed', receivedAt: '2025-01-01T00:00:00.000Z', closedAt: '2025-01-02T00:00:00.000Z' }),
        ticket({ status: 'recorded', assignedAt: '2020-01-01T00:00:00.000Z' }), // bad import: ignored in the mean
      ],
      new Date('2026-03-05T00:00:00Z'),
      4,
    );
    expect(s.byStatus).toEqual({ received: 1, recorded: 1, assigned: 1, in_progress: 0, closed: 3 });
    expect(s.avgToAssign).toBe(2 * 3600_000);
    expect(s.avgToClose).toBe((10 * 3600_000 + 4 * 864e5 + 864e5) / 3);
    expect(s.openByPriority).toEqual({ low: 0, normal: 1, high: 2, urgent: 0 });
    expect(s.closedPerWeek).toEqual([
      { week: '2026-02-09', count: 0 },
      { week: '2026-02-16', count: 0 },
      { week: '2026-02-23', count: 1 },
      { week: '2026-03-02', count: 1 },
    ]);
    expect(s.avgSatisfaction).toBe(3);
    expect(s.rated).toBe(2);
  });

  it('says null, not zero, when there is nothing to average', () => {
    const s = ticketStats([ticket()], now);
    expect(s.avgToAssign).toBeNull();
    expect(s.avgToClose).toBeNull();
    expect(s.avgSatisfaction).toBeNull();
    expect(s.closedPerWeek).toHaveLength(8);
  });
});
