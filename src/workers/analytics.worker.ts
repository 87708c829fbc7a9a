import * as Comlink from 'comlink';
import { categoryRevenue, type CategoryComparison } from '../analytics/dashboard/categories.ts';
import { dealsFunnel, type Funnel } from '../analytics/dashboard/funnel.ts';
import { customerProfiles, type CustomerProfile } from '../analytics/dashboard/profiles.ts';
import { monthlyRevenue, revenueWindows, type MonthlyRevenue, type RevenueWindows } from '../analytics/dashboard/revenue.ts';
import { ticketMatrix, type TicketMatrix } from '../analytics/dashboard/tickets.ts';
import { categoryPeriods, monthsInRange, ofMembers, type DashboardFilter } from '../analytics/dashboard/filter.ts';
import { segmentMembers } from '../domain/segments/rule.ts';
import { contactCard, contactName, type ContactCard } from '../domain/entities/contact.ts';
import { KithDB } from '../store/schema.ts';
import { decodeLines } from '../store/facts.ts';
import { linesSince } from '../store/orderFacts.ts';
import { buildCoBuy, nextBestOffers, type CoBuyModel, type OfferReason } from '../analytics/offers/nextBestOffer.ts';
import { isPurchase } from '../analytics/metrics/purchases.ts';
import { marginByContact, type MarginLine } from '../analytics/metrics/margin.ts';
import { DAY_MS } from '../analytics/metrics/rfm.ts';
import { purchasesOf } from '../analytics/metrics/purchases.ts';
import { movementIn, segmentAt, segmentHistory, SNAPSHOT_MONTHS, type Movement, type SegmentHistory } from '../analytics/metrics/segmentHistory.ts';
import type { RfmSegment } from '../analytics/metrics/rfmSegment.ts';
import { customerSentiments, monthlySentiment, ticketSentiment, type MonthlySentiment, type SentimentLabel } from '../analytics/metrics/ticketSentiment.ts';

export interface CardOffer {
  productId: string;
  name: string;
  sku: string;
  reason: OfferReason;
  /** Name of the product the rule starts from (co-purchase reasons). */
  fromName?: string;
}

export interface DashboardFigures {
  windows: RevenueWindows;
  monthly: MonthlyRevenue;
  /** Funnel per pipeline id. */
  funnels: Record<string, Funnel>;
  tickets: TicketMatrix;
  /** Ticket sentiment per month of the chart range. */
  sentiment: MonthlySentiment;
}

export interface AnalyticsWorkerApi {
  /** Current customer profiles of the workspace, with the contact cards they describe. */
  audience(dbName: string, nowMs: number): Promise<{ profiles: CustomerProfile[]; contacts: Map<string, ContactCard> }>;
  /** One customer's current profile (RFM, margin, lifetime value, churn risk, lead score), or null for an unknown contact. */
  profile(dbName: string, contactId: string, nowMs: number): Promise<CustomerProfile | null>;
  /** The dashboard's KPIs and series. */
  dashboard(dbName: string, nowMs: number, filter?: DashboardFilter): Promise<DashboardFigures>;
  /** The top products to offer a contact, with reasons; builds (and caches) the co-purchase model on first use. */
  offers(dbName: string, contactId: string): Promise<{ offers: CardOffer[]; ms: number }>;
  /** Revenue per product category, this year against last, from the decoded order lines. */
  categories(dbName: string, nowMs: number, otherLabel: string, filter?: DashboardFilter): Promise<CategoryComparison>;
  /** Segment movement in a month (default: the last complete one) with the names of the customers who moved. */
  movement(dbName: string, nowMs: number, month?: string): Promise<{ months: string[]; movement: Movement | null; names: Record<string, string> }>;
  /** One customer's segment at the end of each snapshot month, oldest first. */
  segmentTrail(dbName: string, contactId: string, nowMs: number): Promise<{ month: string; segment: RfmSegment }[]>;
  /** Sentiment score (−1..1) of every ticket, by id. */
  ticketSentiments(dbName: string): Promise<Map<string, { score: number; label: SentimentLabel }>>;
}

/**
 * Reading 40,000 orders from IndexedDB and aggregating them costs the page over
 * 100 ms in deserialising and garbage collection alone: the figures are made
 * here and only the small results cross to the page.
 */
const dbs = new Map<string, KithDB>();
function open(name: string): KithDB {
  let db = dbs.get(name);
  if (!db) dbs.set(name, (db = new KithDB(name)));
  return db;
}

/** Paid order lines with their customer and currency: decoded once per set of fact batches (batches are append-only). */
type PaidLine = MarginLine;
const lineCache = new Map<string, { fingerprint: string; lines: Promise<PaidLine[]> }>();

async function paidLines(db: KithDB): Promise<PaidLine[]> {
  const fingerprint = String(await db.batches.count());
  const cached = lineCache.get(db.name);
  if (cached && cached.fingerprint === fingerprint) return cached.lines;
  const lines = (async () => {
    const paid = new Map<string, { contactId: string; currency: string }>();
    for (const o of await db.orders.toArray()) if (isPurchase(o)) paid.set(o.id, { contactId: o.contactId, currency: o.currency });
    const out: PaidLine[] = [];
    for (const id of await db.batches.where('kind').equals('lines').primaryKeys()) {
      const b = await db.batches.get(id);
      if (!b) continue;
      for (const l of await decodeLines(b.bytes)) {
        const o = paid.get(l.orderId);
        if (o) out.push({ contactId: o.contactId, productId: l.productId, quantity: l.quantity, unitPrice: l.unitPrice, orderCurrency: o.currency });
      }
    }
    return out;
  })();
  lineCache.set(db.name, { fingerprint, lines });
  return lines;
}

const models = new Map<string, { fingerprint: string; model: Promise<CoBuyModel> }>();

/** Co-purchases of paid orders; rebuilt when a fact batch is added. */
async function coBuy(db: KithDB): Promise<CoBuyModel> {
  const fingerprint = String(await db.batches.count());
  const cached = models.get(db.name);
  if (cached && cached.fingerprint === fingerprint) return cached.model;
  const model = paidLines(db).then((lines) => buildCoBuy(lines));
  models.set(db.name, { fingerprint, model });
  return model;
}

const profileCache = new Map<string, { fingerprint: string; profiles: Promise<Map<string, CustomerProfile>> }>();

/**
 * Every customer's profile (RFM scores are quintiles among all buyers, so one card needs
 * them all), cached until orders, facts, product costs, leads or the day change.
 */
async function profilesOf(db: KithDB, nowMs: number): Promise<Map<string, CustomerProfile>> {
  const products = await db.rows('products').toArray();
  const costs = new Map(products.map((p) => [p.id, { cost: p.cost, currency: p.currency }]));
  const fingerprint = [await db.orders.count(), await db.batches.count(), await db.rows('leads').count(), await db.rows('tickets').count(), Math.floor(nowMs / DAY_MS), products.map((p) => `${p.id}:${p.cost}:${p.currency}`).join()].join('|');
  const cached = profileCache.get(db.name);
  if (cached && cached.fingerprint === fingerprint) return cached.profiles;
  const profiles = (async () => {
    const [contacts, orders, leads, lines, tickets] = await Promise.all([
      db.rows('contacts').toArray(),
      db.orders.toArray(),
      db.rows('leads').where('status').anyOf('new', 'contacted', 'qualified', 'converted').toArray(),
      paidLines(db),
      db.rows('tickets').toArray(),
    ]);
    return new Map(customerProfiles(contacts, orders, nowMs, leads, marginByContact(lines, costs), customerSentiments(tickets, nowMs)).map((p) => [p.contactId, p]));
  })();
  profileCache.set(db.name, { fingerprint, profiles });
  return profiles;
}

const historyCache = new Map<string, { fingerprint: string; history: Promise<SegmentHistory> }>();

/** Monthly segment snapshots, cached until orders or the day change (orders are the only input). */
async function historyOf(db: KithDB, nowMs: number): Promise<SegmentHistory> {
  const fingerprint = `${await db.orders.count()}|${Math.floor(nowMs / DAY_MS)}`;
  const cached = historyCache.get(db.name);
  if (cached && cached.fingerprint === fingerprint) return cached.history;
  const history = db.orders.toArray().then((orders) => segmentHistory(purchasesOf(orders), nowMs, SNAPSHOT_MONTHS));
  historyCache.set(db.name, { fingerprint, history });
  return history;
}

/** The segment's members as of now (its rule over the cached profiles); null for no segment. */
async function segmentContacts(db: KithDB, nowMs: number, segmentId: string | undefined): Promise<Set<string> | null> {
  if (!segmentId) return null;
  const segment = await db.rows('segments').get(segmentId);
  if (!segment) return new Set();
  const r = segmentMembers([...(await profilesOf(db, nowMs)).values()], segment.rule);
  return new Set(r.ok ? r.members.map((p) => p.contactId) : []);
}

/** Months the revenue series must cover: 36, or back to the range's first month. */
function monthsBack(nowMs: number, from: string | undefined): number {
  if (!from || !/^\d{4}-\d{2}$/.test(from)) return 36;
  const now = new Date(nowMs);
  const [y, m] = from.split('-').map(Number);
  return Math.max(1, Math.min(240, (now.getUTCFullYear() - y) * 12 + now.getUTCMonth() + 1 - m + 1));
}

const api: AnalyticsWorkerApi = {
  async offers(dbName, contactId) {
    const db = open(dbName);
    const model = await coBuy(db);
    const t0 = performance.now();
    const products = new Map((await db.rows('products').toArray()).map((p) => [p.id, p]));
    const list = nextBestOffers(model, contactId, (id) => products.get(id)?.category);
    const offers: CardOffer[] = list.map((o) => ({
      productId: o.productId,
      name: products.get(o.productId)?.name ?? o.productId,
      sku: products.get(o.productId)?.sku ?? '',
      reason: o.reason,
      ...(o.reason.kind === 'cobuy' ? { fromName: products.get(o.reason.from)?.name ?? o.reason.from } : {}),
    }));
    return { offers, ms: performance.now() - t0 };
  },

  async profile(dbName, contactId, nowMs) {
    const profiles = await profilesOf(open(dbName), nowMs);
    return profiles.get(contactId) ?? null;
  },

  async audience(dbName, nowMs) {
    const db = open(dbName);
    const [contacts, orders, leads] = await Promise.all([
      db.rows('contacts').toArray(),
      db.orders.toArray(),
      db.rows('leads').where('status').anyOf('new', 'contacted', 'qualified', 'converted').toArray(),
    ]);
    return { profiles: customerProfiles(contacts, orders, nowMs, leads), contacts: new Map(contacts.map((c) => [c.id, contactCard(c)])) };
  },

  async dashboard(dbName, nowMs, filter = {}) {
    const db = open(dbName);
    const members = await segmentContacts(db, nowMs, filter.segmentId);
    const [orders, deals, pipelines, tickets] = await Promise.all([
      db.orders.toArray().then((os) => ofMembers(os, members)),
      db.rows('deals').toArray().then((ds) => ofMembers(ds, members)),
      db.rows('pipelines').toArray(),
      db.rows('tickets').toArray().then((ts) => ofMembers(ts, members)),
    ]);
    const funnels: Record<string, Funnel> = {};
    for (const p of pipelines) funnels[p.id] = dealsFunnel(deals.filter((d) => d.pipelineId === p.id), p.stages);
    const monthly = monthsInRange(monthlyRevenue(orders, nowMs, monthsBack(nowMs, filter.from)), filter);
    return { windows: revenueWindows(orders, nowMs), monthly, funnels, tickets: ticketMatrix(tickets), sentiment: monthlySentiment(tickets, monthly.months) };
  },

  async movement(dbName, nowMs, month) {
    const db = open(dbName);
    const h = await historyOf(db, nowMs);
    // The current month is still running: its movement so far is shown only when asked for.
    const chosen = month && h.months.includes(month) ? month : h.months[h.months.length - 2];
    const movement = chosen ? movementIn(h, chosen) : null;
    const ids = new Set(Object.values(movement?.moved ?? {}).flat());
    const names: Record<string, string> = {};
    for (const c of await db.rows('contacts').bulkGet([...ids])) if (c) names[c.id] = contactName(c);
    return { months: h.months.slice(1), movement, names };
  },

  async ticketSentiments(dbName) {
    const tickets = await open(dbName).rows('tickets').toArray();
    return new Map(tickets.map((t) => {
      const r = ticketSentiment(t);
      return [t.id, { score: r.score, label: r.label }];
    }));
  },

  async segmentTrail(dbName, contactId, nowMs) {
    const h = await historyOf(open(dbName), nowMs);
    return h.months.map((month, i) => ({ month, segment: segmentAt(h, contactId, i) }));
  },

  async categories(dbName, nowMs, otherLabel, filter = {}) {
    const db = open(dbName);
    const members = await segmentContacts(db, nowMs, filter.segmentId);
    const period = categoryPeriods(nowMs, filter);
    // Decoded batches are cached (orderFacts.ts batchLines): a filter or drill re-reads only the quarters it needs.
    const [lines, products, orders] = await Promise.all([linesSince(db, period.prevStart), db.rows('products').toArray(), db.orders.toArray()]);
    return categoryRevenue(lines, products, ofMembers(orders, members), nowMs, otherLabel, period);
  },
};

Comlink.expose(api);
