import { command } from '../commands.ts';
import { ValidationError } from '../validation.ts';

/** Collections whose deleted records the Trash lists and brings back. */
export const TRASH_COLLECTIONS = ['contacts', 'companies', 'deals', 'leads', 'tickets', 'products'] as const;
export type TrashCollection = (typeof TRASH_COLLECTIONS)[number];

export interface TrashArgs {
  collection: TrashCollection;
  ids: string[];
}

const MAX = 20_000;

function checkArgs({ collection, ids }: TrashArgs): void {
  if (!TRASH_COLLECTIONS.includes(collection)) throw new ValidationError('Trash', [{ field: 'collection', code: 'enum', message: `has no trash for ${String(collection)}` }]);
  if (!Array.isArray(ids) || ids.length === 0) throw new ValidationError('Trash', [{ field: 'ids', code: 'required', message: 'is required' }]);
  if (ids.length > MAX) throw new ValidationError('Trash', [{ field: 'ids', code: 'max', params: { max: MAX }, message: `is more than ${MAX}` }]);
}

/** Restores deleted records (one undo step); ids not in the Trash (restored meanwhile by a teammate) are skipped. */
export const trashRestore = command([...TRASH_COLLECTIONS], (tx, args: TrashArgs) => {
  checkArgs(args);
  let n = 0;
  for (const id of new Set(args.ids)) if (tx.restore(args.collection, id)) n++;
  return n;
});

/** Erases deleted records for good: their fields and change history leave the workspace (and, once synced, every device). */
export const trashPurge = command([...TRASH_COLLECTIONS], (tx, args: TrashArgs) => {
  checkArgs(args);
  let n = 0;
  for (const id of new Set(args.ids)) if (tx.purge(args.collection, id)) n++;
  return n;
});

export const trashCommands = {
  'trash.restore': trashRestore,
  'trash.purge': trashPurge,
};
