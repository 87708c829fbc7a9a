import { customerProfiles, type CustomerProfile } from '../../../analytics/dashboard/profiles.ts';
import type { Contact } from '../../../domain/entities/index.ts';
import type { KithDB } from '../../../store/schema.ts';
import { allOrders } from '../products/orderFacts.ts';

export interface Audience {
  profiles: CustomerProfile[];
  contacts: Map<string, Contact>;
}

/** Current customer profiles of the whole workspace, with the contacts they describe. Reads only Dexie, so it can run inside liveQuery. */
export async function loadAudience(db: KithDB, nowMs: number): Promise<Audience> {
  const contacts = await db.rows('contacts').toArray();
  const orders = await allOrders(db);
  const leads = await db.rows('leads').where('status').anyOf('new', 'contacted', 'qualified', 'converted').toArray();
  return { profiles: customerProfiles(contacts, orders, nowMs, leads), contacts: new Map(contacts.map((c) => [c.id, c])) };
}
