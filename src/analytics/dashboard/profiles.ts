import type { Contact, Lead, Order } from '../../domain/entities/index.ts';
import type { ProfileValues } from '../../domain/segments/profileFields.ts';
import { purchasesOf } from '../metrics/purchases.ts';
import { purchaseHistories, purchaseIntervalDays, rfmOf, rfmScores, type Rfm } from '../metrics/rfm.ts';
import { churnRisk, median } from './churn.ts';
import { fitLtvModel, modelLifetimeValue, type LtvModel } from '../metrics/ltv.ts';
import { rfmSegment, type RfmSegment } from '../metrics/rfmSegment.ts';
import type { CustomerSentiment } from '../metrics/ticketSentiment.ts';

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
  /** Whole days since the first paid order (metrics/rfm.ts); undefined for someone who never bought. */
  tenureDays?: number;
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
  /** Mean days between paid orders (two or more orders). */
  purchaseIntervalDays?: number;
  /** Margin contribution of all paid lines, reporting-currency minor units (metrics/margin.ts); undefined without costs. */
  margin?: number;
  /** Expected revenue over the next 12 months, reporting-currency minor units (metrics/ltv.ts). */
  ltv?: number;
  /** Paid orders expected over the next 12 months (the LTV model's count). */
  ltvOrders?: number;
  /** Expected margin over the next 12 months, reporting-currency minor units. */
  ltvMargin?: number;
  /** Expected value of one future order (Gamma-Gamma), reporting-currency minor units. */
  ltvOrderValue?: number;
  /** Which LTV model produced ltv: BG/NBD + Gamma-Gamma, or the simple one for workspaces too small to fit. */
  ltvModel?: LtvModel['kind'];
  /** Named RFM segment (metrics/rfmSegment.ts); 'none' for someone who never bought. */
  segment: RfmSegment;
  /** Mean sentiment (−1..1) of the customer's tickets of the last 365 days (metrics/ticketSentiment.ts). */
  sentiment?: number;
  /** Last 90 days' mean sentiment minus the rest of the year's; positive is improving. */
  sentimentTrend?: number;
  /** Tickets the sentiment is the mean of. */
  sentimentTickets?: number;
}

export type ProfileContact = Pick<Contact, 'id' | 'lifecycle' | 'country' | 'source' | 'locale'>;
export type ProfileOrder = Pick<Order, 'contactId' | 'orderedAt' | 'status' | 'total' | 'currency'>;
export type ProfileLead = Pick<Lead, 'contactId' | 'score'>;

/** Days between first and last order when nothing better is known (single-order customers in an empty workspace). */
const DEFAULT_GAP_DAYS = 90;

/** RFM from metrics/rfm.ts; churn risk from the customer's own buying rhythm (churn.ts). */
export function customerProfiles(
  contacts: readonly ProfileContact[],
  orders: readonly ProfileOrder[],
  now: Date | number,
  leads: readonly ProfileLead[] = [],
  /** Margin contribution per contact (metrics/margin.ts), when the order lines were read. */
  margins?: ReadonlyMap<string, number>,
  /** Ticket sentiment per contact, when the tickets were read. */
  sentiments?: ReadonlyMap<string, CustomerSentiment>,
): CustomerProfile[] {
  const nowMs = typeof now === 'number' ? now : now.getTime();
  const histories = purchaseHistories(purchasesOf(orders), nowMs);
  const leadScore = new Map<string, number>();
  for (const l of leads) {
    if (!l.contactId || l.score === undefined) continue;
    leadScore.set(l.contactId, Math.max(l.score, leadScore.get(l.contactId) ?? 0));
  }
  const ltvModel = fitLtvModel(histories.values(), nowMs);
  const typicalGap = median([...histories.values()].map(purchaseIntervalDays).filter((g): g is number => g !== undefined && g > 0), DEFAULT_GAP_DAYS);

  const buyers: { p: CustomerProfile; rfm: Rfm }[] = [];
  const profiles: CustomerProfile[] = contacts.map((c) => {
    const h = histories.get(c.id);
    const p: CustomerProfile = { contactId: c.id, frequency: 0, monetary: 0, segment: 'none' };
    if (h) {
      const rfm = rfmOf(h, nowMs);
      Object.assign(p, rfm);
      const gap = purchaseIntervalDays(h);
      p.churnRisk = churnRisk(rfm.recencyDays, gap && gap > 0 ? gap : typicalGap);
      if (gap !== undefined) p.purchaseIntervalDays = gap;
      const margin = margins?.get(c.id);
      if (margin !== undefined) p.margin = Math.round(margin);
      const ltv = modelLifetimeValue(ltvModel, h, nowMs, { frequency: rfm.frequency, avgOrderValue: rfm.avgOrderValue, margin, churnRisk: p.churnRisk, intervalDays: gap, typicalIntervalDays: typicalGap });
      p.ltv = ltv.value;
      p.ltvOrders = ltv.expectedOrders;
      p.ltvOrderValue = ltv.orderValue;
      p.ltvModel = ltvModel.kind;
      if (ltv.margin !== undefined) p.ltvMargin = ltv.margin;
      buyers.push({ p, rfm });
    }
    const sn = sentiments?.get(c.id);
    if (sn) {
      p.sentiment = sn.mean;
      p.sentimentTickets = sn.tickets;
      if (sn.trend !== undefined) p.sentimentTrend = sn.trend;
    }
    const ls = leadScore.get(c.id);
    if (ls !== undefined) p.leadScore = ls;
    if (c.lifecycle) p.lifecycle = c.lifecycle;
    if (c.country) p.country = c.country;
    if (c.source) p.source = c.source;
    if (c.locale) p.locale = c.locale;
    return p;
  });
  rfmScores(buyers.map((b) => b.rfm)).forEach((s, i) => {
    const p = buyers[i].p;
    p.rScore = s.r;
    p.fScore = s.f;
    p.mScore = s.m;
    p.segment = rfmSegment(s.r, s.f);
  });
  return profiles;
}
