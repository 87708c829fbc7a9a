import * as Comlink from 'comlink';
import { categoryRevenue, type CategoryComparison } from '../analytics/dashboard/categories.ts';
import { dealsFunnel, type Funnel } from '../analytics/dashboard/funnel.ts';
import { customerProfiles, type CustomerProfile } from '../analytics/dashboard/profiles.ts';
import { monthlyRevenue, revenueWindows, type MonthlyRevenue, type RevenueWindows } from '../analytics/dashboard/revenue.ts';
import { ticketMatrix, type TicketMatrix } from '../analytics/dashboard/tickets.ts';
import { contactCard, type ContactCard } from '../domain/entities/contact.ts';
import { KithDB } from '../store/schema.ts';

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

const api: AnalyticsWorkerApi = {
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
