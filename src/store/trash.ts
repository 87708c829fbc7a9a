import type { CollectionName, Collections } from '../domain/entities/index.ts';
import type { DocStore } from './docStore.ts';
import { displayName } from './rows.ts';
import { readField, recordHistory, recordsMap, recordToJSON } from './yrecords.ts';

/** One deleted record as the Trash lists it. */
export interface TrashItem {
  collection: CollectionName;
  id: string;
  name: string;
  deletedAt: string;
  /** Member who deleted it, when the change log says. */
  by: string | null;
}

/**
 * Deleted records (tombstones) of the given collections, newest deletion
 * first. They live only in the Yjs docs: the indexed tables, search and
 * analytics never see them, so the Trash reads the docs themselves.
 */
export async function trashItems(docs: DocStore, collections: readonly CollectionName[]): Promise<TrashItem[]> {
  const out: TrashItem[] = [];
  for (const c of collections) {
    const map = recordsMap(await docs.get(c));
    for (const [id, m] of map) {
      const deletedAt = readField(m, 'deletedAt');
      if (typeof deletedAt !== 'string') continue;
      const rec = recordToJSON(m);
      const del = recordHistory(m).filter((h) => h.op === 'delete').pop();
      out.push({ collection: c, id, name: displayName(c, rec as unknown as Collections[typeof c]) || id, deletedAt, by: del?.by ?? null });
    }
  }
  return out.sort((a, b) => (a.deletedAt < b.deletedAt ? 1 : a.deletedAt > b.deletedAt ? -1 : 0));
}
