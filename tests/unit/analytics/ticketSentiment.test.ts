import { describe, expect, it } from 'vitest';
import { customerProfiles } from '../../../src/analytics/dashboard/profiles.ts';
import { customerSentiments, monthlySentiment, ticketSentiment } from '../../../src/analytics/metrics/ticketSentiment.ts';
import { sentiment } from '../../../src/mining/sentiment/index.ts';

const NOW = Date.parse('2026-06-30T00:00:00Z');
const ticket = (id: string, contactId: string, day: string, subject: string, body = '') => ({ id, contactId, receivedAt: `${day}T10:00:00.000Z`, subject, body });
const tickets = [
  ticket('t1', 'a', '2026-01-10', 'Broken again', 'The printer is broken and support is terrible. I am very angry.'),
  ticket('t2', 'a', '2026-02-11', 'Still broken', 'Terrible support, I am very disappointed and angry.'),
  ticket('t3', 'a', '2026-06-01', 'Thank you', 'Great help, excellent and fast, thank you so much!'),
  ticket('t4', 'b', '2026-05-20', 'Спасибо', 'Отличная работа, всё быстро и хорошо, спасибо!'),
  ticket('t5', 'b', '2024-05-20', 'Old', 'Terrible, awful, horrible.'), // over a year old: left out
  ticket('t6', 'c', '2026-06-02', '发票错误', '发票金额错误，非常失望，服务太差了。'),
];

describe('sentiment attached to tickets and customers', () => {
  it('a ticket reads its subject and body together', () => {
    expect(ticketSentiment(tickets[0]).label).toBe('negative');
    expect(ticketSentiment(tickets[2]).label).toBe('positive');
    expect(ticketSentiment(tickets[3]).label).toBe('positive');
    expect(ticketSentiment(tickets[5]).label).toBe('negative');
  });

  it('per customer: the year’s mean and the last 90 days against the rest, as computed by hand from the scores', () => {
    const s = (i: number) => sentiment(`${tickets[i].subject}. ${tickets[i].body}`).score;
    const m = customerSentiments(tickets, NOW);
    expect(m.get('a')!.mean).toBeCloseTo((s(0) + s(1) + s(2)) / 3, 12);
    expect(m.get('a')!.tickets).toBe(3);
    // t3 is within 90 days of NOW; t1 and t2 are not.
    expect(m.get('a')!.trend).toBeCloseTo(s(2) - (s(0) + s(1)) / 2, 12);
    expect(m.get('a')!.trend!).toBeGreaterThan(0.5); // from angry to thankful
    expect(m.get('b')).toEqual({ mean: s(3), tickets: 1 }); // the 2024 ticket is out; one period only: no trend
    expect(m.get('c')!.mean).toBeLessThan(0);
    // The profile carries them (customer_profile in SQL reads the same fields).
    const p = customerProfiles([{ id: 'a' }, { id: 'd' }], [], NOW, [], undefined, m);
    expect(p[0]).toMatchObject({ sentiment: m.get('a')!.mean, sentimentTrend: m.get('a')!.trend, sentimentTickets: 3 });
    expect(p[1].sentiment).toBeUndefined();
  });

  it('per month: mean score and share of negative tickets', () => {
    const r = monthlySentiment(tickets, ['2026-01', '2026-02', '2026-03', '2026-06']);
    expect(r.tickets).toEqual([1, 1, 0, 2]);
    expect(r.negativeShare).toEqual([1, 1, 0, 0.5]);
    expect(r.mean[3]).toBeCloseTo((ticketSentiment(tickets[2]).score + ticketSentiment(tickets[5]).score) / 2, 12);
  });
});
