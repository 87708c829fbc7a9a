import type { Ticket } from '../../../domain/entities/index.ts';
import type { SentimentOf } from '../../../domain/tickets/index.ts';
import { sentiment } from '../../../mining/sentiment/index.ts';

/**
 * Sentiment of ticket texts for the support analysis. Scoring takes ~0.1 ms a
 * text, so 1,500 tickets would hold the page for 150 ms: they are scored in
 * slices of at most SLICE_MS between frames, cached per ticket version, and
 * `scored.version` moves when a batch is done so the analysis recomputes.
 */
const SLICE_MS = 12;
const cache = new Map<string, { score: number; negative: boolean }>();
let queue: Pick<Ticket, 'id' | 'updatedAt' | 'subject' | 'body'>[] = [];
let running = false;

export const scored = $state({ version: 0 });

const keyOf = (k: Partial<Pick<Ticket, 'id' | 'updatedAt'>>) => `${k.id}\u0000${k.updatedAt}`;

function slice(): void {
  const start = performance.now();
  while (queue.length && performance.now() - start < SLICE_MS) {
    const k = queue.pop()!;
    const s = sentiment(`${k.subject}. ${k.body ?? ''}`);
    cache.set(keyOf(k), { score: s.score, negative: s.label === 'negative' });
  }
  if (queue.length) setTimeout(slice, 0);
  else {
    running = false;
    scored.version++;
  }
}

/** Queues the tickets not scored yet; the analysis shows sentiment once they are. */
export function scoreLater(tickets: readonly Ticket[]): void {
  queue = tickets.filter((k) => !cache.has(keyOf(k)));
  if (queue.length && !running) {
    running = true;
    setTimeout(slice, 0);
  }
}

/** The cached score of a ticket's text, or null while it waits. */
export const sentimentOf: SentimentOf = (k) => cache.get(keyOf(k as Partial<Pick<Ticket, 'id' | 'updatedAt'>>)) ?? null;
