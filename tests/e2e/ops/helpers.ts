import type { Page } from '@playwright/test';

/** Reads records of one collection straight from the workspace's IndexedDB table (read only). */
export async function readRows<T>(page: Page, table: string): Promise<T[]> {
  return page.evaluate(
    (table) =>
      new Promise<T[]>((resolve, reject) => {
        const req = indexedDB.open('kith-main');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const all = db.transaction(table).objectStore(table).getAll();
          all.onsuccess = () => {
            db.close();
            resolve(all.result as T[]);
          };
          all.onerror = () => reject(all.error);
        };
      }),
    table,
  );
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

/** One record by id straight from the workspace's IndexedDB table (read only), or undefined. */
export async function readOne<T>(page: Page, table: string, id: string): Promise<T | undefined> {
  return page.evaluate(
    ({ table, id }) =>
      new Promise<T | undefined>((resolve, reject) => {
        const req = indexedDB.open('kith-main');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const one = db.transaction(table).objectStore(table).get(id);
          one.onsuccess = () => {
            db.close();
            resolve(one.result as T | undefined);
          };
          one.onerror = () => reject(one.error);
        };
      }),
    { table, id },
  );
}
