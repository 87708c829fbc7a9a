import type { Contact, Lead, Order } from '../../domain/entities/index.ts';
import type { ProfileValues } from '../../domain/segments/profileFields.ts';
import { churnRisk, median } from './churn.ts';
import { toReporting } from './currency.ts';
import { quintileScores } from './quintiles.ts';
import { DAY_MS } from './time.ts';

/** One wide row of computed measures per contact: what segment rules and campaigns read. */
export interface CustomerProfile extends ProfileValues {
  contactId: string;
  /** Whole days since the last paid order; undefined for someone who never bought. */
  recencyDays?: number;
  /** Paid orders. */
  frequency: number;
  /** Paid revenue in reporting-currency minor units. */
  monetary: number;
  /** Reporting-currency minor units. */
  avgOrderValue?: number;
  tenureDays: number;
  lifecycle?: Contact['lifecycle'];
  country?: string;
  source?: Contact['source'];
  locale?: Contact['locale'];
  /** RFM scores 1..5 by quintile among buyers; undefined for non-buyers. */
  rScore?: number;
  fScore?: number;
  mScore?: number;
  /** 0..1 for buyers (see churn.ts). */
  churnRisk?: number;
  /** Best score 0..100 of the contact's leads. */
  leadScore?: number;
}

export type ProfileContact = Pick<Contact, 'id' | 'createdAt' | 'lifecycle' | 'country' | 'source' | 'locale'>;
export type ProfileOrder = Pick<Order, 'contactId' | 'orderedAt' | 'status' | 'total' | 'currency'>;
export type ProfileLead = Pick<Lead, 'contactId' | 'score'>;

/** Days between first and last order when nothing better is known (single-order customers in an empty workspace). */
const DEFAULT_GAP_DAYS = 90;

/** Only paid orders count: refunds and cancellations are not purchases. */
export function customerProfiles(
  contacts: readonly ProfileContact[],
  orders: readonly ProfileOrder[],
  now: Date | number,
  leads: readonly ProfileLead[] = [],
): CustomerProfile[] {
  const nowMs = typeof now === 'number' ? now : now.getTime();
  const agg = new Map<string, { first: string; last: string; n: number; sum: number }>();
  for (const o of orders) {
    if (o.status !== 'paid') continue;
    const a = agg.get(o.contactId);
    const v = toReporting(o.total, o.currency);
    if (a) {
      a.n++;
      a.sum += v;
      if (o.orderedAt > a.last) a.last = o.orderedAt;
      if (o.orderedAt < a.first) a.first = o.orderedAt;
    } else agg.set(o.contactId, { first: o.orderedAt, last: o.orderedAt, n: 1, sum: v });
  }
  const leadScore = new Map<string, number>();
  for (const l of leads) {
    if (!l.contactId || l.score === undefined) continue;
    leadScore.set(l.contactId, Math.max(l.score, leadScore.get(l.contactId) ?? 0));
  }

  const gapOf = (a: { first: string; last: string; n: number }) => (Date.parse(a.last) - Date.parse(a.first)) / DAY_MS / (a.n - 1);
  const typicalGap = median([...agg.values()].filter((a) => a.n > 1).map(gapOf).filter((g) => g > 0), DEFAULT_GAP_DAYS);

  const profiles: CustomerProfile[] = contacts.map((c) => {
    const a = agg.get(c.id);
    const p: CustomerProfile = {
      contactId: c.id,
      frequency: a?.n ?? 0,
      monetary: Math.round(a?.sum ?? 0),
      tenureDays: Math.max(0, Math.floor((nowMs - Date.parse(c.createdAt)) / DAY_MS)),
    };
    if (a) {
      p.recencyDays = Math.max(0, Math.floor((nowMs - Date.parse(a.last)) / DAY_MS));
      p.avgOrderValue = Math.round(a.sum / a.n);
      const gap = a.n > 1 ? gapOf(a) : 0;
      p.churnRisk = churnRisk(p.recencyDays, gap > 0 ? gap : typicalGap);
    }
    const ls = leadScore.get(c.id);
    if (ls !== undefined) p.leadScore = ls;
    if (c.lifecycle) p.lifecycle = c.lifecycle;
    if (c.country) p.country = c.country;
    if (c.source) p.source = c.source;
    if (c.locale) p.locale = c.locale;
    return p;
  });

  const buyers = profiles.filter((p) => p.frequency > 0);
  const r = quintileScores(buyers.map((p) => p.recencyDays!), false);
  const f = quintileScores(buyers.map((p) => p.frequency));
  const m = quintileScores(buyers.map((p) => p.monetary));
  buyers.forEach((p, i) => {
    p.rScore = r[i];
    p.fScore = f[i];
    p.mScore = m[i];
  });
  return profiles;
}
