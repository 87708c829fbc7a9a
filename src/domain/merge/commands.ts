import { command } from '../commands.ts';
import { RECORD_TYPES, type CollectionName } from '../entities/index.ts';
import { ValidationError } from '../validation.ts';

/** Collections whose records can be merged, and the references into each that move to the survivor. */
export const MERGEABLE = {
  contacts: { entity: 'Contact', key: 'contactId', refs: ['activities', 'deals', 'tasks', 'tickets', 'leads'] },
  companies: { entity: 'Company', key: 'companyId', refs: ['contacts', 'activities', 'deals', 'tickets', 'leads'] },
} as const satisfies Record<string, { entity: string; key: string; refs: readonly CollectionName[] }>;

export type MergeableCollection = keyof typeof MERGEABLE;

export interface MergeArgs {
  collection: MergeableCollection;
  survivorId: string;
  otherId: string;
  /** Fields whose value is taken from the other record; every other field keeps the survivor's. */
  take?: string[];
}

export interface MergeResult {
  survivorId: string;
  /** How many records of each collection now point at the survivor instead of the other. */
  moved: Partial<Record<CollectionName, number>>;
}

/** Fields a merge never copies: identity, bookkeeping, and the merge trail itself. */
const NOT_CHOSEN = new Set(['id', 'createdAt', 'updatedAt', 'deletedAt', 'mergedFrom']);

/**
 * Two records of one person (or company) become one, in one transaction: the
 * survivor keeps its values except the fields chosen from the other, every
 * activity, deal, task, ticket and lead pointing at the other points at the
 * survivor (so one timeline holds both histories), the survivor records the
 * other's id in `mergedFrom` (orders live in immutable fact batches and are
 * found through it), and the other is deleted (a tombstone: its own history
 * stays in the document).
 */
export const mergeRecords = command(
  ['contacts', 'companies', 'activities', 'deals', 'tasks', 'tickets', 'leads'],
  (tx, a: MergeArgs): MergeResult => {
    const spec = MERGEABLE[a.collection];
    const bad = (field: string, message: string) => new ValidationError(spec?.entity ?? 'Record', [{ field, message }]);
    if (!spec) throw bad('collection', `cannot merge ${String(a.collection)}`);
    if (a.survivorId === a.otherId) throw bad('otherId', 'is the record itself');
    const survivor = tx.get(a.collection, a.survivorId) as Record<string, unknown> | undefined;
    const other = tx.get(a.collection, a.otherId) as Record<string, unknown> | undefined;
    if (!survivor) throw bad('survivorId', `no ${spec.entity.toLowerCase()} ${a.survivorId}`);
    if (!other) throw bad('otherId', `no ${spec.entity.toLowerCase()} ${a.otherId}`);

    const fields = RECORD_TYPES[a.collection].fields as Record<string, unknown>;
    const patch: Record<string, unknown> = {};
    for (const f of a.take ?? []) {
      if (!(f in fields) || NOT_CHOSEN.has(f)) throw bad(f, 'cannot be taken from the other record');
      patch[f] = other[f];
    }
    const trail = [...((survivor.mergedFrom as string[] | undefined) ?? []), a.otherId, ...((other.mergedFrom as string[] | undefined) ?? [])];
    patch.mergedFrom = [...new Set(trail)];

    const moved: Partial<Record<CollectionName, number>> = {};
    for (const c of spec.refs) {
      for (const r of tx.all(c) as unknown as Record<string, unknown>[]) {
        if (r[spec.key] !== a.otherId) continue;
        tx.update(c, String(r.id), { [spec.key]: a.survivorId });
        moved[c] = (moved[c] ?? 0) + 1;
      }
    }
    tx.update(a.collection, a.survivorId, patch);
    tx.remove(a.collection, a.otherId);
    return { survivorId: a.survivorId, moved };
  },
);

export const mergeCommands = { 'record.merge': mergeRecords };
