import { RECORD_TYPES, type CollectionName } from '../domain/entities/index.ts';
import { FIELD_SYNONYMS, foldHeader } from './synonyms.ts';

/** Fields the importer fills itself from a column, per collection, besides the record's own fields. */
const PSEUDO: Partial<Record<CollectionName, readonly string[]>> = {
  contacts: ['fullName', 'companyName'],
  deals: ['companyName', 'stageName'],
  activities: ['companyName'],
  leads: [],
};

/** Fields set by the importer or the store, never from a column. */
const NOT_MAPPED = new Set(['custom', 'pipelineId', 'stageId', 'companyId', 'ownerId', 'contactId', 'dealId', 'ticketId', 'stages', 'mergedFrom']);

export const CUSTOM_PREFIX = 'custom:';

/** What a column may be imported as, for one collection. */
export function mappableFields(collection: CollectionName): string[] {
  const own = Object.keys(RECORD_TYPES[collection].fields).filter((f) => !NOT_MAPPED.has(f));
  return [...own, ...(PSEUDO[collection] ?? [])];
}

export function supportsCustom(collection: CollectionName): boolean {
  return 'custom' in RECORD_TYPES[collection].fields;
}

function camelWords(field: string): string {
  return field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/**
 * The field each column most likely holds, from its header: the field's own
 * name, then its synonyms in en/ru/zh. A field takes only the first column
 * that names it. Unknown columns map to null (or are kept as custom fields
 * when `keepUnknown` and the collection has them).
 */
export function autoMapping(columns: string[], collection: CollectionName, keepUnknown = false): Record<string, string | null> {
  const allowed = mappableFields(collection);
  const allowedSet = new Set(allowed);
  const taken = new Set<string>();
  const out: Record<string, string | null> = {};
  const order = [...Object.keys(FIELD_SYNONYMS).filter((f) => allowedSet.has(f)), ...allowed.filter((f) => !(f in FIELD_SYNONYMS))];
  for (const col of columns) {
    const h = foldHeader(col);
    if (col.startsWith(CUSTOM_PREFIX) && supportsCustom(collection)) {
      out[col] = col;
      continue;
    }
    let hit = allowed.find((f) => !taken.has(f) && (foldHeader(camelWords(f)) === h || f.toLowerCase() === h));
    hit ??= order.find((f) => !taken.has(f) && (FIELD_SYNONYMS[f] ?? []).some((s) => foldHeader(s) === h));
    if (hit) taken.add(hit);
    out[col] = hit ?? (keepUnknown && supportsCustom(collection) && col.trim() ? CUSTOM_PREFIX + col.trim() : null);
  }
  return out;
}

/** The key a mapping is remembered under: the same set of headers gets the same mapping next time. */
export function headerSetKey(collection: CollectionName, columns: string[]): string {
  return `${collection}|${columns.map(foldHeader).join('|')}`;
}
