import * as Y from 'yjs';

/** A collection's Y.Doc holds one Y.Map per record under this key, so edits merge field by field. */
export const RECORDS = 'records';

export function recordsMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap<Y.Map<unknown>>(RECORDS);
}

export function recordToJSON(m: Y.Map<unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of m.entries()) out[k] = v instanceof Y.AbstractType ? v.toJSON() : v;
  return out;
}

/** Ids of records touched by a transaction, found from what Yjs already tracked. */
export function changedRecordIds(tr: Y.Transaction, records: Y.Map<Y.Map<unknown>>): Set<string> {
  const ids = new Set<string>();
  for (const [type, keys] of tr.changed) {
    if (type === (records as unknown)) {
      for (const k of keys) if (k) ids.add(k);
    } else if (type._item && type._item.parent === records && type._item.parentSub) {
      ids.add(type._item.parentSub);
    }
  }
  return ids;
}

export function writeFields(m: Y.Map<unknown>, fields: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(fields)) {
    if (v === undefined) m.delete(k);
    else if (m.get(k) !== v || typeof v === 'object') m.set(k, v);
  }
}
