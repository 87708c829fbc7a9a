import type { Page } from '@playwright/test';

/**
 * Reads records of one collection straight from the workspace's IndexedDB table (read only).
 * They cross as one JSON string: Playwright's own serialisation of 10,000 objects took 25-40 s
 * on the loaded CI machine, which was most of a test's time budget.
 */
export async function readRows<T>(page: Page, table: string): Promise<T[]> {
  const json = await page.evaluate(
    (table) =>
      new Promise<string>((resolve, reject) => {
        const req = indexedDB.open('kith-main');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const all = db.transaction(table).objectStore(table).getAll();
          all.onsuccess = () => {
            db.close();
            resolve(JSON.stringify(all.result));
          };
          all.onerror = () => reject(all.error);
        };
      }),
    table,
  );
  return JSON.parse(json) as T[];
}

/** Records of one collection whose indexed field equals a value (read only; cheaper than reading a whole table). */
export async function readWhere<T>(page: Page, table: string, index: string, value: string): Promise<T[]> {
  return page.evaluate(
    ({ table, index, value }) =>
      new Promise<T[]>((resolve, reject) => {
        const req = indexedDB.open('kith-main');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const all = db.transaction(table).objectStore(table).index(index).getAll(value);
          all.onsuccess = () => {
            db.close();
            resolve(all.result as T[]);
          };
          all.onerror = () => reject(all.error);
        };
      }),
    { table, index, value },
  );
}

export interface PersonRow {
  id: string;
  firstName: string;
  lastName: string;
  locale?: string;
}

/** A demo contact whose first and last names are unique together, in the wanted script. */
export async function personIn(page: Page, locale: 'en' | 'ru'): Promise<PersonRow> {
  const people = await readRows<PersonRow>(page, 'contacts');
  const key = (p: PersonRow) => `${p.firstName} ${p.lastName}`.toLowerCase();
  const counts = new Map<string, number>();
  for (const p of people) counts.set(key(p), (counts.get(key(p)) ?? 0) + 1);
  const script = locale === 'ru' ? /^[А-Яа-яЁё]+$/ : /^[A-Za-z]+$/;
  const p = people.find((p) => p.locale === locale && p.lastName && script.test(p.firstName) && script.test(p.lastName) && counts.get(key(p)) === 1);
  if (!p) throw new Error(`no ${locale} contact in the demo`);
  return p;
}

/** Runs a read-only request on one object store and hands back the JSON of what it collected. */
async function readJson<T>(page: Page, table: string, how: { kind: 'first'; index: string; limit: number } | { kind: 'prefix'; prefix: string } | { kind: 'id'; id: string }): Promise<T> {
  const json = await page.evaluate(
    ({ table, how }) =>
      new Promise<string>((resolve, reject) => {
        const req = indexedDB.open('kith-main');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const store = db.transaction(table).objectStore(table);
          const done = (v: unknown) => {
            db.close();
            resolve(JSON.stringify(v));
          };
          if (how.kind === 'id') {
            const r = store.get(how.id);
            r.onsuccess = () => done(r.result ?? null);
            r.onerror = () => reject(r.error);
            return;
          }
          const r =
            how.kind === 'first'
              ? store.index(how.index).getAll(null, how.limit)
              : store.index('words').getAll(IDBKeyRange.bound(how.prefix, `${how.prefix}\uffff`));
          r.onsuccess = () => {
            // A record has several words with the prefix at most once per word: keep one copy of each.
            const seen = new Set<string>();
            done((r.result as { id: string }[]).filter((x) => !seen.has(x.id) && !!seen.add(x.id)));
          };
          r.onerror = () => reject(r.error);
        };
      }),
    { table, how },
  );
  return JSON.parse(json) as T;
}

/** The first `limit` records of a table in the order of one of its indexes (a sample, without reading 10,000 rows). */
export function readFirst<T>(page: Page, table: string, index: string, limit: number): Promise<T[]> {
  return readJson<T[]>(page, table, { kind: 'first', index, limit });
}

/** Contacts with a search word starting with `prefix` (lower case): what a one-word search finds. */
export function readWordPrefix<T>(page: Page, prefix: string): Promise<T[]> {
  return readJson<T[]>(page, 'contacts', { kind: 'prefix', prefix });
}

/** One record by id, or null. */
export function readById<T>(page: Page, table: string, id: string): Promise<T | null> {
  return readJson<T | null>(page, table, { kind: 'id', id });
}
