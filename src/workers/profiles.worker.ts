import * as Comlink from 'comlink';
import { customerProfiles, type CustomerProfile } from '../analytics/dashboard/profiles.ts';
import { KithDB } from '../store/schema.ts';

export interface ProfilesWorkerApi {
  /** Current customer profiles of the workspace, computed from IndexedDB off the page. */
  profiles(dbName: string, nowMs: number): Promise<CustomerProfile[]>;
}

// Reading 40,000 orders and profiling 10,000 customers takes over 100 ms: work for a worker, not the page.
const dbs = new Map<string, KithDB>();

const api: ProfilesWorkerApi = {
  async profiles(dbName, nowMs) {
    let db = dbs.get(dbName);
    if (!db) dbs.set(dbName, (db = new KithDB(dbName)));
    const [contacts, orders, leads] = await Promise.all([
      db.rows('contacts').toArray(),
      db.orders.toArray(),
      db.rows('leads').where('status').anyOf('new', 'contacted', 'qualified', 'converted').toArray(),
    ]);
    return customerProfiles(contacts, orders, nowMs, leads);
  },
};

Comlink.expose(api);
