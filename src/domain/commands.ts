import type { CollectionName, Collections } from './entities/index.ts';

export type Input = Record<string, unknown>;

/**
 * What a named command sees while it runs in the store worker: the current
 * state of the workspace, read and written inside one transaction. A command
 * is pure domain code over this interface (no Yjs, no Dexie), so the rule is
 * always applied to the record as it is now, never to a stale copy on a page.
 *
 * Reads see the command's own earlier writes. Writes validate at once and
 * throw `ValidationError`; when a command throws, nothing it wrote is kept.
 */
export interface CommandTx {
  /** One clock reading per command, so every write of one command carries the same time. */
  readonly now: Date;
  /** The member id of this device's user, or null before an identity is chosen. */
  readonly author: string | null;
  get<C extends CollectionName>(collection: C, id: string): Collections[C] | undefined;
  /** Live (not deleted) records of a collection; only collections the command declared. */
  all<C extends CollectionName>(collection: C): Collections[C][];
  create<C extends CollectionName>(collection: C, input: Input): Collections[C];
  update<C extends CollectionName>(collection: C, id: string, patch: Input): Collections[C];
  remove(collection: CollectionName, id: string): void;
  /** Brings a deleted record back from the Trash; false when it is not in the Trash. */
  restore(collection: CollectionName, id: string): boolean;
  /** Erases a deleted record's content for good ("delete forever"); false when it is not in the Trash. */
  purge(collection: CollectionName, id: string): boolean;
  /**
   * Creates a record under an id the command derived (e.g. from an event id)
   * unless one exists. Two devices doing the same write the same key, so after
   * they merge there is one record: what makes event rules idempotent.
   */
  ensure<C extends CollectionName>(collection: C, id: string, input: Input): { record: Collections[C]; created: boolean };
}

/** A named command: the collections it reads or writes (loaded before it runs) and its rule. */
export interface NamedCommand<A, R> {
  collections: readonly CollectionName[];
  run(tx: CommandTx, args: A): R;
}

/** Declares a command with its argument and result types inferred from `run`. */
export function command<A, R>(collections: readonly CollectionName[], run: (tx: CommandTx, args: A) => R): NamedCommand<A, R> {
  return { collections, run };
}
