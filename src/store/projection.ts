import type * as Y from 'yjs';
import { RECORD_TYPES, type CollectionName, type Collections } from '../domain/entities/index.ts';
import { ValidationError } from '../domain/validation.ts';
import type { Projector, ProjectionWrite } from './docStore.ts';
import { toRow } from './rows.ts';
import { changedRecordIds, RECORDS, recordsMap, recordToJSON } from './yrecords.ts';

/** A record that arrived (from a teammate or an old version) and failed validation: kept in Yjs, left out of the tables. */
export interface ProjectionIssue {
  collection: CollectionName;
  id: string;
  message: string;
}

export type IssueSink = (issue: ProjectionIssue) => void;

/** The origin of the importer's transactions (store/importer.ts): records it validated as a whole before writing. */
export const IMPORT_ORIGIN = 'import';

/**
 * Set in a transaction's `meta` by a large import: its records are not projected with it but
 * right after, by the importer's indexing pass (store/importer.ts). IndexedDB takes about
 * 0.1-0.3 ms per row put on the machines we bench on, so 100,000 rows projected in the
 * import's own transactions held the import for half a minute; the Yjs updates alone are
 * what makes it durable, and the journal says which rows are still to be indexed.
 */
export const INDEX_LATER = 'kith.indexLater';

export function indexLater(tr: Y.Transaction): boolean {
  return tr.local && tr.meta.get(INDEX_LATER) === true;
}

/** No rows now: a write of the update alone. */
export const NOTHING_TO_PROJECT: ProjectionWrite = { tables: [], async apply() {} };

const BASE_FIELDS = new Set(['id', 'createdAt', 'updatedAt', 'deletedAt']);

/** Checks a record read from Yjs; returns null when it may be shown. */
export function recordProblem(collection: CollectionName, rec: Record<string, unknown>): string | null {
  if (typeof rec.id !== 'string' || typeof rec.createdAt !== 'string') return 'has no id or creation time';
  const fields: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(rec)) if (!BASE_FIELDS.has(k)) fields[k] = v;
  try {
    RECORD_TYPES[collection].validateNew(fields);
    return null;
  } catch (e) {
    if (e instanceof ValidationError) return e.message;
    throw e;
  }
}

/** Rows to put and ids to delete for the given records of a collection doc. */
export function projectRecords(
  collection: CollectionName,
  records: Y.Map<Y.Map<unknown>>,
  ids: Iterable<string>,
  onIssue: IssueSink,
  /** The records were validated just before this device wrote them (an import): checking each again doubled its cost. */
  validated = false,
): { puts: unknown[]; deletes: string[] } {
  const puts: unknown[] = [];
  const deletes: string[] = [];
  for (const id of ids) {
    const m = records.get(id);
    if (!m) {
      deletes.push(id);
      continue;
    }
    const rec = recordToJSON(m);
    if (rec.deletedAt) {
      deletes.push(id);
      continue;
    }
    const problem = validated ? null : recordProblem(collection, rec);
    if (problem) {
      onIssue({ collection, id, message: problem });
      continue;
    }
    puts.push(toRow(collection, rec as unknown as Collections[typeof collection]));
  }
  return { puts, deletes };
}

export function writeOf(collection: CollectionName, puts: unknown[], deletes: string[]): ProjectionWrite {
  return {
    tables: [collection],
    async apply(db) {
      const t = db.table(collection) as import("dexie").Table<unknown, string>;
      if (puts.length) await t.bulkPut(puts);
      if (deletes.length) await t.bulkDelete(deletes);
    },
  };
}

export function collectionProjector(collection: CollectionName, onIssue: IssueSink): Projector {
  const project = (doc: Y.Doc, tr: Y.Transaction) => {
    if (indexLater(tr)) return NOTHING_TO_PROJECT;
    const records = recordsMap(doc);
    const { puts, deletes } = projectRecords(collection, records, changedRecordIds(tr, records), onIssue, tr.origin === IMPORT_ORIGIN && tr.local);
    return writeOf(collection, puts, deletes);
  };
  return Object.assign(project, { roots: [RECORDS] });
}
