import * as Comlink from 'comlink';
import { categoryRevenue, type CategoryComparison } from '../analytics/dashboard/categories.ts';
import { dealsFunnel, type Funnel } from '../analytics/dashboard/funnel.ts';
import { customerProfiles, type CustomerProfile } from '../analytics/dashboard/profiles.ts';
import { monthlyRevenue, revenueWindows, type MonthlyRevenue, type RevenueWindows } from '../analytics/dashboard/revenue.ts';
import { ticketMatrix, type TicketMatrix } from '../analytics/dashboard/tickets.ts';
import { contactCard, type ContactCard } from '../domain/entities/contact.ts';
import { KithDB } from '../store/schema.ts';
import { decodeLines } from '../store/facts.ts';
import { buildCoBuy, nextBestOffers, type CoBuyModel, type OfferReason } from '../analytics/offers/nextBestOffer.ts';
import { isPurchase } from '../analytics/metrics/purchases.ts';

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
}

export interface AnalyticsWorkerApi {
  /** Current customer profiles of the workspace, with the contact cards they describe. */
  audience(dbName: string, nowMs: number): Promise<{ profiles: CustomerProfile[]; contacts: Map<string, ContactCard> }>;
  /** The dashboard's KPIs and series. */
  dashboard(dbName: string, nowMs: number): Promise<DashboardFigures>;
  /** The top products to offer a contact, with reasons; builds (and caches) the co-purchase model on first use. */
  offers(dbName: string, contactId: string): Promise<{ offers: CardOffer[]; ms: number }>;
  /** Revenue per product category, this year against last, from the decoded order lines. */
  categories(dbName: string, nowMs: number, otherLabel: string): Promise<CategoryComparison>;
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

const models = new Map<string, { fingerprint: string; model: Promise<CoBuyModel> }>();

/** Co-purchases of paid orders; rebuilt when a fact batch is added (batches are append-only). */
async function coBuy(db: KithDB): Promise<CoBuyModel> {
  const fingerprint = String(await db.batches.count());
  const cached = models.get(db.name);
  if (cached && cached.fingerprint === fingerprint) return cached.model;
  const model = (async () => {
    const paid = new Map<string, string>();
    for (const o of await db.orders.toArray()) if (isPurchase(o)) paid.set(o.id, o.contactId);
    const purchases: { contactId: string; productId: string }[] = [];
    for (const id of await db.batches.where('kind').equals('lines').primaryKeys()) {
      const b = await db.batches.get(id);
      if (!b) continue;
      for (const l of await decodeLines(b.bytes)) {
        const c = paid.get(l.orderId);
        if (c) purchases.push({ contactId: c, productId: l.productId });
      }
    }
    return buildCoBuy(purchases);
  })();
  models.set(db.name, { fingerprint, model });
  return model;
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

  async audience(dbName, nowMs) {
    const db = open(dbName);
    const [contacts, orders, leads] = await Promise.all([
      db.rows('contacts').toArray(),
      db.orders.toArray(),
      db.rows('leads').where('status').anyOf('new', 'contacted', 'qualified', 'converted').toArray(),
    ]);
    return { profiles: customerProfiles(contacts, orders, nowMs, leads), contacts: new Map(contacts.map((c) => [c.id, contactCard(c)])) };
  },

  async dashboard(dbName, nowMs) {
    const db = open(dbName);
    const [orders, deals, pipelines, tickets] = await Promise.all([
      db.orders.toArray(),
      db.rows('deals').toArray(),
      db.rows('pipelines').toArray(),
      db.rows('tickets').toArray(),
    ]);
    const funnels: Record<string, Funnel> = {};
    for (const p of pipelines) funnels[p.id] = dealsFunnel(deals.filter((d) => d.pipelineId === p.id), p.stages);
    return { windows: revenueWindows(orders, nowMs), monthly: monthlyRevenue(orders, nowMs, 36), funnels, tickets: ticketMatrix(tickets) };
  },

  async categories(dbName, nowMs, otherLabel) {
    const db = open(dbName);
    return categoryRevenue(db, await db.orders.toArray(), nowMs, otherLabel);
  },
};

Comlink.expose(api);
