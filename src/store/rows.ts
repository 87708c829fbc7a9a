import { contactName, type CollectionName, type Collections } from '../domain/entities/index.ts';
import { duplicateKeys } from '../domain/similarity.ts';
import { searchWords, sortKey } from './searchWords.ts';

/** A record as the indexed tables hold it: the record plus keys for sorting and search. */
export type Row<C extends CollectionName> = Collections[C] & { nameKey?: string; words?: string[]; dupKeys?: string[] };

/** The name a person sees for a record in lists, search results and links. */
export function displayName<C extends CollectionName>(collection: C, r: Collections[C]): string {
  const rec = r as unknown as Record<string, unknown>;
  switch (collection) {
    case 'contacts':
      return contactName(r as Collections['contacts']);
    case 'deals':
      return String(rec.title ?? '');
    case 'tickets':
      return String(rec.subject ?? '');
    case 'activities':
    case 'tasks':
      return String(rec.subject ?? rec.title ?? '');
    default:
      return String(rec.name ?? '');
  }
}

/** Pure projection of one record to its row; the same for local and remote changes. */
export function toRow<C extends CollectionName>(collection: C, r: Collections[C]): Row<C> {
  const rec = r as unknown as Record<string, string | undefined>;
  const name = displayName(collection, r);
  const row = { ...r } as Row<C>;
  switch (collection) {
    case 'contacts':
      row.nameKey = sortKey(rec.locale === 'zh' ? name : `${rec.lastName ?? ''} ${rec.firstName}`);
      row.words = searchWords(rec.firstName, rec.lastName, rec.email, rec.phone?.replace(/\D/g, ''), name);
      row.dupKeys = duplicateKeys(rec);
      break;
    case 'companies':
      row.nameKey = sortKey(name);
      row.words = searchWords(rec.name, rec.domain, rec.city);
      break;
    case 'deals':
      row.nameKey = sortKey(name);
      row.words = searchWords(rec.title);
      break;
    case 'tickets':
      row.nameKey = sortKey(name);
      row.words = searchWords(rec.subject);
      break;
    case 'leads':
      row.nameKey = sortKey(name);
      row.words = searchWords(rec.name, rec.email, rec.companyName);
      break;
    case 'products':
      row.nameKey = sortKey(name);
      row.words = searchWords(rec.name, rec.sku, rec.category);
      break;
    case 'segments':
    case 'members':
    case 'campaigns':
    case 'rules':
      row.nameKey = sortKey(name);
      break;
  }
  return row;
}
