import * as Comlink from 'comlink';
import Dexie from 'dexie';
import type { CollectionName, Collections } from '../domain/entities/index.ts';
import { ListIndex, mutatedKeys, type Listed, type ListSpec, type ListWindow, type SortBy } from '../store/listIndex.ts';
import { displayName, type Row } from '../store/rows.ts';
import { KithDB } from '../store/schema.ts';

/** Tables a list page can be served from. */
export type ListTable = 'contacts' | 'companies' | 'deals' | 'tickets';

export interface ListWorkerApi {
  /** One window of the table's rows matching `spec`; `locale` names countries and orders text when sorting. */
  window(dbName: string, table: ListTable, spec: ListSpec, offset: number, limit: number, locale: string): Promise<ListWindow<Row<ListTable>>>;
  /** Every id matching `spec`, for acting on a whole selection. */
  ids(dbName: string, table: ListTable, spec: ListSpec, locale: string): Promise<string[]>;
  /** Calls `onchange` after each change of the table has been applied here. */
  watch(dbName: string, table: ListTable, onchange: () => void): Promise<number>;
  unwatch(token: number): Promise<void>;
}

/**
 * Serves the list pages. Re-reading 10,000 contacts on the page after every write cost it
 * hundreds of milliseconds; here each table is read once, then kept current from the
 * keys Dexie reports as written (any tab or worker), and the page gets only the window it
 * paints plus the count.
 */
interface Held {
  db: KithDB;
  index: ListIndex<Listed>;
  ready: Promise<void>;
  /** Keys written since the last refresh; null means re-read the whole table. */
  pending: Set<string> | null | undefined;
  refreshing: Promise<void> | null;
}

const held = new Map<string, Held>();
/** Pending keys past which a refresh re-reads the table instead of fetching each row. */
const WHOLE_TABLE_AFTER = 20_000;
const dbs = new Map<string, KithDB>();
const watchers = new Map<number, { key: string; fn: () => void }>();
let nextToken = 1;
/** Names of companies and members for sorting by them, dropped when those tables change. */
const names = new Map<string, Map<string, string>>();

function open(name: string): KithDB {
  let db = dbs.get(name);
  if (!db) dbs.set(name, (db = new KithDB(name)));
  return db;
}

/** Rows cross to the page without their search keys (the bulk of a contact row). */
function slim<R extends Listed>(r: R): R {
  const { words: _w, dupKeys: _d, ...rest } = r as R & { dupKeys?: unknown };
  return rest as unknown as R;
}

const collators = new Map<string, (a: string, b: string) => number>();
function collator(locale: string): (a: string, b: string) => number {
  let f = collators.get(locale);
  if (!f) {
    const c = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
    collators.set(locale, (f = (a, b) => c.compare(a, b)));
  }
  return f;
}

async function get(dbName: string, table: ListTable): Promise<Held> {
  const key = `${dbName}/${table}`;
  let h = held.get(key);
  if (!h) {
    const db = open(dbName);
    const index = new ListIndex<Listed>();
    h = { db, index, pending: undefined, refreshing: null, ready: db.table(table).toArray().then((rows: Listed[]) => index.reset(rows)) };
    held.set(key, h);
  }
  await h.ready;
  if (h.pending !== undefined) startRefresh(key, h);
  if (h.refreshing) await h.refreshing;
  return h;
}

function startRefresh(key: string, h: Held): void {
  h.refreshing ??= refresh(key, h).finally(() => (h.refreshing = null));
}

async function refresh(key: string, h: Held): Promise<void> {
  await h.ready;
  while (h.pending !== undefined) {
    const keys = h.pending;
    h.pending = undefined;
    const table = key.slice(key.lastIndexOf('/') + 1);
    if (keys === null) h.index.reset(await h.db.table(table).toArray());
    else {
      const ids = [...keys];
      h.index.apply(ids, (await h.db.table(table).bulkGet(ids)) as (Listed | undefined)[]);
    }
  }
  for (const w of watchers.values()) if (w.key === key) w.fn();
}

Dexie.on('storagemutated', (parts: Record<string, unknown>) => {
  for (const [key, h] of held) {
    const [dbName, table] = [key.slice(0, key.lastIndexOf('/')), key.slice(key.lastIndexOf('/') + 1)];
    const part = parts[`idb://${dbName}/${table}/`];
    if (part === undefined && !parts.all) continue;
    const keys = part === undefined ? null : mutatedKeys(part);
    if (keys === null || h.pending === null) h.pending = null;
    else {
      h.pending ??= new Set();
      for (const k of keys) h.pending.add(k);
      // So many that reading the whole table again is cheaper than fetching them one by one.
      if (h.pending.size > WHOLE_TABLE_AFTER) h.pending = null;
    }
    // A table no page shows now is brought up to date when next asked (get), not after every write:
    // an import of 100,000 contacts from the Settings page is not read back here chunk by chunk.
    if ([...watchers.values()].some((w) => w.key === key)) startRefresh(key, h);
  }
  for (const k of [...names.keys()]) if (Object.keys(parts).some((p) => p.startsWith(`idb://${k}/`))) names.delete(k);
});

async function nameMap(dbName: string, table: 'companies' | 'members'): Promise<Map<string, string>> {
  const key = `${dbName}/${table}`;
  let m = names.get(key);
  if (!m) {
    const rows = (await open(dbName).table(table).toArray()) as Collections[typeof table][];
    m = new Map(rows.map((r) => [r.id, displayName(table as CollectionName, r)]));
    names.set(key, m);
  }
  return m;
}

/** The value a column is sorted by: names for references and countries, the stored value otherwise. */
async function sorter(dbName: string, spec: ListSpec, locale: string): Promise<SortBy<Listed> | undefined> {
  if (!spec.sort) return undefined;
  const field = spec.sort?.key;
  const companies = field === 'companyId' ? await nameMap(dbName, 'companies') : null;
  const members = field === 'ownerId' || field === 'assigneeId' ? await nameMap(dbName, 'members') : null;
  const regions = field === 'country' ? new Intl.DisplayNames([locale], { type: 'region' }) : null;
  const value = (r: Listed, key: string): string | number | undefined => {
    const v = (r as unknown as Record<string, unknown>)[key];
    if (key === 'name') return r.nameKey;
    if (typeof v !== 'string') return typeof v === 'number' ? v : undefined;
    if (companies) return companies.get(v);
    if (members) return members.get(v);
    if (regions) {
      try {
        return regions.of(v) ?? v;
      } catch {
        return v;
      }
    }
    return v;
  };
  return { value, compare: collator(locale), tag: locale };
}

const api: ListWorkerApi = {
  async window(dbName, table, spec, offset, limit, locale) {
    const h = await get(dbName, table);
    const w = h.index.window(spec, offset, limit, await sorter(dbName, spec, locale));
    return { ...w, rows: w.rows.map(slim) } as ListWindow<Row<ListTable>>;
  },
  async ids(dbName, table, spec, locale) {
    const h = await get(dbName, table);
    return h.index.select(spec, await sorter(dbName, spec, locale)).map((r) => r.id);
  },
  async watch(dbName, table, onchange) {
    await get(dbName, table);
    const token = nextToken++;
    watchers.set(token, { key: `${dbName}/${table}`, fn: onchange });
    // Writes that came while no one watched are applied now, and this watcher hears of them.
    const h = held.get(`${dbName}/${table}`);
    if (h?.pending !== undefined) startRefresh(`${dbName}/${table}`, h);
    return token;
  },
  async unwatch(token) {
    watchers.delete(token);
  },
};

Comlink.expose(api);
