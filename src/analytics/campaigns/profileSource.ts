/**
 * The one place campaigns, rules and contact optimisation read customer
 * profiles from. Today: src/analytics/dashboard/profiles.ts over the indexed
 * tables. The analytics branch's richer profiles (lifetime value, response
 * rate, next best offer) replace the body of these functions, not their callers.
 */
import { customerProfiles, type CustomerProfile } from '../dashboard/profiles.ts';
import type { Contact } from '../../domain/entities/index.ts';
import type { KithDB } from '../../store/schema.ts';
import { toReporting } from '../../domain/currency.ts';

export type { CustomerProfile };

/** Profiles of every contact. The typical buying gap comes from everyone, so churn risk means the same as on the dashboard. */
export async function allProfiles(db: KithDB, nowMs: number): Promise<{ profiles: CustomerProfile[]; contacts: Contact[] }> {
  const [contacts, orders, leads] = await Promise.all([
    db.rows('contacts').toArray(),
    db.orders.toArray(),
    db.rows('leads').where('status').anyOf('new', 'contacted', 'qualified', 'converted').toArray(),
  ]);
  return { profiles: customerProfiles(contacts, orders, nowMs, leads), contacts };
}

/**
 * Profiles of every contact as of several moments, from one read: orders after
 * a moment do not count for it (rules compare "when the rule was created" with
 * "now"). Also each contact's last paid order and owner.
 */
export async function profilesAt(db: KithDB, moments: readonly number[]): Promise<{ at: Map<number, CustomerProfile[]>; contacts: Contact[]; lastOrder: Map<string, string> }> {
  const [contacts, orders, leads] = await Promise.all([
    db.rows('contacts').toArray(),
    db.orders.toArray(),
    db.rows('leads').where('status').anyOf('new', 'contacted', 'qualified', 'converted').toArray(),
  ]);
  const at = new Map<number, CustomerProfile[]>();
  for (const m of new Set(moments)) at.set(m, customerProfiles(contacts, orders, m, leads));
  const lastOrder = new Map<string, string>();
  for (const o of orders) if (o.status === 'paid' && o.orderedAt > (lastOrder.get(o.contactId) ?? '')) lastOrder.set(o.contactId, o.orderedAt);
  return { at, contacts, lastOrder };
}

/** One contact's profile from its own orders (an event rule needs it at once, not the whole base). */
export async function contactProfile(db: KithDB, contact: Pick<Contact, 'id' | 'createdAt' | 'lifecycle' | 'country' | 'source' | 'locale'>, nowMs: number): Promise<CustomerProfile> {
  const orders = await db.orders.where('contactId').equals(contact.id).toArray();
  return customerProfiles([contact], orders, nowMs)[0];
}

export interface MergeProfile {
  /** Next best offer: the best seller of the contact's favourite category they have not bought yet. */
  recommendedProduct?: string;
  lastOrder?: { number: string; orderedAt: string; total: number; currency: string };
  /** Paid spend in the 12 months before now, reporting-currency minor units (loyalty tier). */
  spend12m: number;
}

/** What templates may merge for each contact, read in one pass over orders and order lines. */
export async function mergeProfiles(db: KithDB, contactIds: readonly string[], nowMs: number): Promise<Map<string, MergeProfile>> {
  const wanted = new Set(contactIds);
  const out = new Map<string, MergeProfile>();
  for (const id of wanted) out.set(id, { spend12m: 0 });
  if (!wanted.size) return out;
  const yearAgo = new Date(nowMs - 365 * 86_400_000).toISOString();
  const [orders, products] = await Promise.all([db.orders.toArray(), db.rows('products').toArray()]);
  const { linesSince } = await import('../../store/orderFacts.ts');
  const lines = await linesSince(db, new Date(nowMs - 2 * 365 * 86_400_000).toISOString());
  const orderContact = new Map<string, string>();
  for (const o of orders) {
    if (o.status !== 'paid') continue;
    orderContact.set(o.id, o.contactId);
    const p = out.get(o.contactId);
    if (!p) continue;
    if (!p.lastOrder || o.orderedAt > p.lastOrder.orderedAt) p.lastOrder = { number: o.number, orderedAt: o.orderedAt, total: o.total, currency: o.currency };
    if (o.orderedAt > yearAgo) p.spend12m += toReporting(o.total, o.currency);
  }
  const category = new Map(products.map((p) => [p.id, p.category ?? '']));
  const name = new Map(products.map((p) => [p.id, p.name]));
  const sales = new Map<string, number>();
  const bought = new Map<string, Set<string>>();
  const favourite = new Map<string, Map<string, number>>();
  for (const l of lines) {
    const cid = orderContact.get(l.orderId);
    if (!cid) continue;
    sales.set(l.productId, (sales.get(l.productId) ?? 0) + l.quantity);
    if (!wanted.has(cid)) continue;
    let b = bought.get(cid);
    if (!b) bought.set(cid, (b = new Set()));
    b.add(l.productId);
    let f = favourite.get(cid);
    if (!f) favourite.set(cid, (f = new Map()));
    const cat = category.get(l.productId) ?? '';
    f.set(cat, (f.get(cat) ?? 0) + 1);
  }
  const ranked = [...sales.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([id]) => id);
  for (const [id, p] of out) {
    const b = bought.get(id) ?? new Set<string>();
    const fav = [...(favourite.get(id) ?? new Map<string, number>()).entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    const pick = ranked.find((pid) => !b.has(pid) && (fav === undefined || category.get(pid) === fav)) ?? ranked.find((pid) => !b.has(pid));
    if (pick) p.recommendedProduct = name.get(pick);
  }
  return out;
}
