import { expect } from 'vitest';
import { COLLECTIONS, type CollectionName, type Collections } from '../../../src/domain/entities/index.ts';
import { toRow } from '../../../src/store/rows.ts';
import type { Workspace } from '../../../src/store/workspace.ts';
import { readField, recordsMap, recordToJSON } from '../../../src/store/yrecords.ts';

/** The rows a collection's table must hold: the merged Y.Doc projected from scratch (an independent oracle). */
export async function expectedRows(w: Workspace, c: CollectionName): Promise<Record<string, unknown>[]> {
  const doc = await w.docs.get(c);
  const out: Record<string, unknown>[] = [];
  for (const [id, m] of recordsMap(doc).entries()) {
    if (readField(m, 'deletedAt')) continue;
    out.push({ ...toRow(c, recordToJSON(m) as unknown as Collections[typeof c]), id });
  }
  return out.sort((a, b) => String(a.id).localeCompare(String(b.id)));
}

export async function tableRows(w: Workspace, c: CollectionName): Promise<Record<string, unknown>[]> {
  const rows = (await w.db.table(c).toArray()) as Record<string, unknown>[];
  return rows.sort((a, b) => String(a.id).localeCompare(String(b.id)));
}

/** Dexie rows equal the merged Y.Doc, for the given collections (all by default). */
export async function expectProjectionMatches(w: Workspace, collections: readonly CollectionName[] = COLLECTIONS, label = ''): Promise<void> {
  await w.docs.flushed();
  for (const c of collections) expect(await tableRows(w, c), `${label} ${c}`).toEqual(await expectedRows(w, c));
}

/** JSON with object keys sorted: a Y.Map's key order depends on arrival order, its content does not. */
export function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : x,
  );
}

/** Every record (deleted ones and change logs included) of a collection doc, canonical: what replicas must agree on. */
export async function docState(w: Workspace, c: CollectionName): Promise<string> {
  return canonical(recordsMap(await w.docs.get(c)).toJSON());
}
