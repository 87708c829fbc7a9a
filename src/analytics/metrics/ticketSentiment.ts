import type { Ticket } from '../../domain/entities/index.ts';
import { sentiment, type SentimentResult } from '../../mining/sentiment/index.ts';
import { monthIndex, monthLabel } from './months.ts';

const DAY_MS = 86_400_000;

export type SentimentLabel = SentimentResult['label'];

export type SentimentTicket = Pick<Ticket, 'id' | 'subject' | 'body' | 'contactId' | 'receivedAt'>;

/** A ticket's sentiment, defined once: its subject and body read together (the rule engine's `sentiment` fact reads the same). */
export function ticketSentiment(t: Pick<Ticket, 'subject' | 'body'>): SentimentResult {
  return sentiment(`${t.subject ?? ''}. ${t.body ?? ''}`);
}

/** A customer's sentiment from their tickets. */
export interface CustomerSentiment {
  /** Mean score (−1..1) of the tickets of the last 365 days. */
  mean: number;
  tickets: number;
  /**
   * Mean of the last 90 days minus mean of the 275 days before (both within the year);
   * undefined unless both periods have a ticket. Positive: the customer is getting happier.
   */
  trend?: number;
}

export function customerSentiments(tickets: readonly SentimentTicket[], nowMs: number): Map<string, CustomerSentiment> {
  const acc = new Map<string, { sum: number; n: number; recent: number; nRecent: number }>();
  for (const t of tickets) {
    if (!t.contactId) continue;
    const age = nowMs - Date.parse(t.receivedAt);
    if (!(age >= 0 && age < 365 * DAY_MS)) continue;
    const s = ticketSentiment(t).score;
    let a = acc.get(t.contactId);
    if (!a) acc.set(t.contactId, (a = { sum: 0, n: 0, recent: 0, nRecent: 0 }));
    a.sum += s;
    a.n++;
    if (age < 90 * DAY_MS) {
      a.recent += s;
      a.nRecent++;
    }
  }
  const out = new Map<string, CustomerSentiment>();
  for (const [id, a] of acc) {
    const before = a.n - a.nRecent;
    const c: CustomerSentiment = { mean: a.sum / a.n, tickets: a.n };
    if (a.nRecent && before) c.trend = a.recent / a.nRecent - (a.sum - a.recent) / before;
    out.set(id, c);
  }
  return out;
}

/** Ticket sentiment per UTC month: mean score and the share of negative tickets. */
export interface MonthlySentiment {
  months: string[];
  mean: number[];
  negativeShare: number[];
  tickets: number[];
}

export function monthlySentiment(tickets: readonly SentimentTicket[], months: readonly string[]): MonthlySentiment {
  const at = new Map(months.map((m, i) => [m, i]));
  const sum = new Array<number>(months.length).fill(0);
  const neg = new Array<number>(months.length).fill(0);
  const n = new Array<number>(months.length).fill(0);
  for (const t of tickets) {
    const i = at.get(monthLabel(monthIndex(Date.parse(t.receivedAt))));
    if (i === undefined) continue;
    const r = ticketSentiment(t);
    sum[i] += r.score;
    n[i]++;
    if (r.label === 'negative') neg[i]++;
  }
  return { months: [...months], mean: sum.map((s, i) => (n[i] ? s / n[i] : 0)), negativeShare: neg.map((x, i) => (n[i] ? x / n[i] : 0)), tickets: n };
}
