import { command, type Input } from '../domain/commands.ts';
import { type CollectionName, type Collections } from '../domain/entities/index.ts';
import { assertInteraction } from '../domain/interactions.ts';
import type { DocStore } from './docStore.ts';
import type { CommandRunner } from './runner.ts';
import { readField, recordsMap, recordToJSON } from './yrecords.ts';

export type { Input };

/** Rules across fields of a record as saved (after a patch, the whole merged record); a throw discards the write. */
function checked<R>(collection: CollectionName, rec: R): R {
  if (collection === 'activities') assertInteraction(rec as { type?: string; channel?: string });
  return rec;
}

/**
 * Plain record edits (forms): each is a one-line named command, so it goes
 * through the same runner as the domain commands: validated, one Yjs
 * transaction tagged 'user' with author and time in the record's log, and
 * resolved only once it and its projection are on disk.
 */
export class RecordCommands {
  constructor(
    private docs: DocStore,
    private runner: CommandRunner,
  ) {}

  create<C extends CollectionName>(collection: C, input: Input): Promise<Collections[C]> {
    return this.runner.run(command([collection], (tx, i: Input) => checked(collection, tx.create(collection, i))), input);
  }

  update<C extends CollectionName>(collection: C, id: string, patch: Input): Promise<Collections[C]> {
    return this.runner.run(command([collection], (tx, p: Input) => checked(collection, tx.update(collection, id, p))), patch);
  }

  /** Deletion is a tombstone, so the history stays auditable; see the README for delete vs concurrent edit. */
  remove(collection: CollectionName, id: string): Promise<void> {
    return this.runner.run(command([collection], (tx) => tx.remove(collection, id)), undefined);
  }

  async get<C extends CollectionName>(collection: C, id: string): Promise<Collections[C] | undefined> {
    const m = recordsMap(await this.docs.get(collection)).get(id);
    return m && !readField(m, 'deletedAt') ? (recordToJSON(m) as unknown as Collections[C]) : undefined;
  }
}
