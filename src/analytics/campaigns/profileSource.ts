/**
 * The one place campaigns, rules and contact optimisation read customer
 * profiles from. Today: src/analytics/dashboard/profiles.ts over the indexed
 * tables. The analytics branch's richer profiles (lifetime value, response
 * rate, next best offer) replace the body of these functions, not their callers.
 */
import { customerProfiles, type CustomerProfile } from '../dashboard/profiles.ts';
import type { Contact } from '../../domain/entities/index.ts';
import type { KithDB } from '../../store/schema.ts';

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

/** One contact's profile from its own orders (an event rule needs it at once, not the whole base). */
export async function contactProfile(db: KithDB, contact: Pick<Contact, 'id' | 'createdAt' | 'lifecycle' | 'country' | 'source' | 'locale'>, nowMs: number): Promise<CustomerProfile> {
  const orders = await db.orders.where('contactId').equals(contact.id).toArray();
  return customerProfiles([contact], orders, nowMs)[0];
}
