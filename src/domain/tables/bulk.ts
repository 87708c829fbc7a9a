import { command } from '../commands.ts';
import { ValidationError } from '../validation.ts';

/** List tables whose rows can be acted on together (tickets are assigned through their own commands, which route and time them). */
export const BULK_COLLECTIONS = ['contacts', 'companies', 'deals'] as const;
export type BulkCollection = (typeof BULK_COLLECTIONS)[number];

export interface BulkArgs {
  collection: BulkCollection;
  ids: string[];
}

const MAX = 20_000;

function checkArgs({ collection, ids }: BulkArgs): void {
  if (!BULK_COLLECTIONS.includes(collection)) throw new ValidationError('Selection', [{ field: 'collection', code: 'enum', message: `cannot act on ${collection}` }]);
  if (!Array.isArray(ids) || ids.length === 0) throw new ValidationError('Selection', [{ field: 'ids', code: 'required', message: 'is required' }]);
  if (ids.length > MAX) throw new ValidationError('Selection', [{ field: 'ids', code: 'max', params: { max: MAX }, message: `is more than ${MAX}` }]);
}

/**
 * Acting on a selection is one command, so it is all or nothing (a bad value writes
 * nothing) and one undo step. Records deleted meanwhile by a teammate are skipped.
 */
export const bulkAssign = command([...BULK_COLLECTIONS, 'members'], (tx, args: BulkArgs & { ownerId: string }) => {
  checkArgs(args);
  if (typeof args.ownerId !== 'string' || !tx.get('members', args.ownerId))
    throw new ValidationError('Selection', [{ field: 'ownerId', code: 'ref', params: { to: 'member' }, message: `no member ${String(args.ownerId)}` }]);
  let n = 0;
  for (const id of new Set(args.ids)) {
    if (!tx.get(args.collection, id)) continue;
    tx.update(args.collection, id, { ownerId: args.ownerId });
    n++;
  }
  return n;
});

export const bulkTag = command([...BULK_COLLECTIONS], (tx, args: BulkArgs & { tag: string }) => {
  checkArgs(args);
  const tag = typeof args.tag === 'string' ? args.tag.trim() : '';
  if (!tag) throw new ValidationError('Selection', [{ field: 'tags', code: 'required', message: 'is required' }]);
  let n = 0;
  for (const id of new Set(args.ids)) {
    const rec = tx.get(args.collection, id) as { tags?: string[] } | undefined;
    if (!rec) continue;
    const tags = rec.tags ?? [];
    if (tags.includes(tag)) continue;
    tx.update(args.collection, id, { tags: [...tags, tag] });
    n++;
  }
  return n;
});

export const bulkDelete = command([...BULK_COLLECTIONS], (tx, args: BulkArgs) => {
  checkArgs(args);
  let n = 0;
  for (const id of new Set(args.ids)) {
    if (!tx.get(args.collection, id)) continue;
    tx.remove(args.collection, id);
    n++;
  }
  return n;
});

export const tableCommands = {
  'records.assign': bulkAssign,
  'records.tag': bulkTag,
  'records.delete': bulkDelete,
};
