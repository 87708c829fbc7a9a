/**
 * Contact lifecycle and tags, decided last because they summarise what the
 * other phases did: buyers are customers (or churned if they stopped), people
 * in an open deal are prospects, the rest leads or newsletter subscribers.
 */
import type { Contact } from '../domain/entities/index.ts';
import type { DemoContext } from './context.ts';
import type { DealMeta } from './deals.ts';
import type { Commerce } from './orders.ts';
import type { ContactMeta } from './people.ts';
import { iso } from './time.ts';

export function finishContacts(ctx: DemoContext, contacts: ContactMeta[], commerce: Commerce, deals: DealMeta[]): void {
  const rng = ctx.rng('lifecycle');
  const inOpenDeal = new Set<number>();
  for (const d of deals) if (d.closedMs === null) inOpenDeal.add(d.contact);

  // VIP: the top 3% by spend.
  const spend = commerce.customers.map((s) => (s ? s.spendUsd : 0));
  const sorted = spend.filter((x) => x > 0).sort((a, b) => b - a);
  const vipCut = sorted.length ? sorted[Math.floor(sorted.length * 0.03)] : Infinity;

  contacts.forEach((c, i) => {
    const s = commerce.customers[i];
    const tags: string[] = [];
    let lifecycle: NonNullable<Contact['lifecycle']>;
    if (s) {
      lifecycle = s.churned ? 'churned' : 'customer';
      // The record was last touched with the latest order (the lifecycle moved then).
      c.rec.updatedAt = iso(Math.max(c.createdMs, s.lastMs));
      if (spend[i] >= vipCut) tags.push('vip');
      if (rng.chance(0.3)) tags.push('newsletter');
    } else if (inOpenDeal.has(i)) {
      lifecycle = 'prospect';
    } else if (c.company < 0 && (c.rec.source === 'website' || c.rec.source === 'social' || c.rec.source === 'ads') && rng.chance(0.6)) {
      lifecycle = 'subscriber';
      tags.push('newsletter');
    } else {
      lifecycle = 'lead';
    }
    c.rec.lifecycle = lifecycle;
    if (tags.length) c.rec.tags = tags;
  });
}
