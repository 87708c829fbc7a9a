import * as Y from 'yjs';

/** A collection's Y.Doc holds one Y.Map per record under this key. */
export const RECORDS = 'records';

/**
 * A record is written once as a plain `$base` object (one Yjs item instead of
 * one per field: creating and loading 30,000 records is several times faster)
 * and every later edit is a field key of its own beside it, so concurrent edits
 * of different fields still merge field by field. `null` clears a field.
 */
export const BASE = '$base';

export function recordsMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap<Y.Map<unknown>>(RECORDS);
}

/**
 * Keys starting with this mark hold the record's change log, one key per
 * change (`~<ulid>`): unique keys never collide, so two devices' entries both
 * survive a merge, and a record nobody edited carries no log at all.
 */
export const HISTORY_MARK = '~';

/** One change of one record: who, when, and each field's value before and after. */
export interface HistoryEntry {
  by: string | null;
  at: string;
  op: 'create' | 'update' | 'delete';
  /** [field, old, new]; `null` stands for "empty". */
  ch?: [string, unknown, unknown][];
}

export function recordToJSON(m: Y.Map<unknown>): Record<string, unknown> {
  const base = m.get(BASE);
  const out: Record<string, unknown> = base && typeof base === 'object' ? { ...(base as Record<string, unknown>) } : {};
  for (const [k, v] of m.entries()) {
    if (k === BASE || k.startsWith(HISTORY_MARK)) continue;
    if (v === null) delete out[k];
    else out[k] = v instanceof Y.AbstractType ? v.toJSON() : v;
  }
  return out;
}

export function readField(m: Y.Map<unknown>, field: string): unknown {
  if (m.has(field)) return m.get(field) ?? undefined;
  const base = m.get(BASE) as Record<string, unknown> | undefined;
  return base?.[field];
}

/** Adds a new record; must run inside a transaction. */
export function createRecord(map: Y.Map<Y.Map<unknown>>, id: string, fields: Record<string, unknown>): Y.Map<unknown> {
  const base: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) base[k] = v;
  const m = new Y.Map<unknown>();
  map.set(id, m);
  m.set(BASE, base);
  return m;
}

/** Writes only the fields that change, so an edit never overwrites a teammate's edit of another field. */
export function writeFields(m: Y.Map<unknown>, fields: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(fields)) {
    const current = readField(m, k);
    if (v === undefined) {
      if (current !== undefined) m.set(k, null);
    } else if (current !== v || typeof v === 'object') m.set(k, v);
  }
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

/** Appends one change to a record's log; must run inside a transaction. */
export function logChange(m: Y.Map<unknown>, key: string, entry: HistoryEntry): void {
  m.set(HISTORY_MARK + key, entry);
}

/** A record's log, oldest first (keys are ULIDs, so their order is time order). */
export function recordHistory(m: Y.Map<unknown>): (HistoryEntry & { key: string })[] {
  const out: (HistoryEntry & { key: string })[] = [];
  for (const [k, v] of m.entries()) if (k.startsWith(HISTORY_MARK) && v && typeof v === 'object') out.push({ ...(v as HistoryEntry), key: k.slice(1) });
  return out.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
