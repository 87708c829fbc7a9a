import type * as Y from 'yjs';
import type { CommandTx, Input, NamedCommand } from '../domain/commands.ts';
import { RECORD_TYPES, type CollectionName, type Collections } from '../domain/entities/index.ts';
import { ulid } from '../domain/ids.ts';
import { ValidationError } from '../domain/validation.ts';
import type { DocStore } from './docStore.ts';
import { ReadOnlyError } from './errors.ts';
import type { UndoStack } from './undo.ts';
import { createRecord, logChange, readField, recordsMap, recordToJSON, writeFields, type HistoryEntry } from './yrecords.ts';

type Rec = Record<string, unknown>;

/** What a command did to one record, before any of it reaches Yjs. */
interface Staged {
  collection: CollectionName;
  id: string;
  /** The record as Yjs had it when the command first touched it; undefined for a new one. */
  before: Rec | undefined;
  /** The record as the command leaves it; undefined once removed. */
  after: Rec | undefined;
  /** Fields the command wrote (undefined = cleared), in the order written. */
  patch: Rec;
  /** Set by `purge`: the deleted record is erased from the doc. */
  purge?: boolean;
}

/** Fields the store sets itself; history shows real changes, not the clock. */
const SILENT = new Set(['updatedAt']);

/** A command looked into a collection not loaded yet; the runner loads it and runs the command again. */
class ShellReadError extends Error {
  constructor(readonly collection: CollectionName) {
    super(`${collection} is not loaded yet`);
  }
}

const noRecord = (collection: CollectionName, id: string) =>
  new ValidationError(RECORD_TYPES[collection].entity, [{ field: 'id', message: `no record ${id}` }]);

/**
 * Runs named domain commands in the store worker: loads the collections the
 * command declared, runs it against a staging overlay (reads see its own
 * writes; a throw discards everything), then applies all its writes as Yjs
 * transactions tagged 'user' (one per doc, one undo step) and persists them
 * with their projections in ONE IndexedDB transaction. Resolves only after
 * that transaction committed; a failed write rejects (WriteFailedError).
 */
export class CommandRunner {
  constructor(
    private docs: DocStore,
    private undo: UndoStack,
    private author: () => string | null,
    private clock: () => Date = () => new Date(),
  ) {}

  /** Set while this device may only read (a read-only invite): every command is refused with this reason. */
  readOnly: string | null = null;

  /**
   * `origin: 'rule'` is an event rule acting on this device: persisted and
   * synced like a user's command, but not undoable and not reacted to by rules.
   */
  async run<A, R>(cmd: NamedCommand<A, R>, args: A, o: { origin?: 'user' | 'rule'; now?: Date } = {}): Promise<R> {
    if (this.readOnly !== null) throw new ReadOnlyError(this.readOnly);
    // First against the docs as they are: a collection not loaded yet is only a shell, which a
    // command that just adds records to it never reads. A command that does read one is run
    // again once those docs are loaded (a run writes nothing until it has returned).
    const at = { ...o, now: o.now ?? this.clock() };
    const first = await this.attempt(cmd, args, at, false);
    if (first.done) return first.result;
    const again = await this.attempt(cmd, args, at, true);
    if (!again.done) throw new Error('command read a collection that did not load');
    return again.result;
  }

  private async attempt<A, R>(cmd: NamedCommand<A, R>, args: A, o: { origin?: 'user' | 'rule'; now?: Date }, load: boolean): Promise<{ done: true; result: R } | { done: false }> {
    const origin = o.origin ?? 'user';
    const maps = new Map<CollectionName, { doc: Y.Doc; map: Y.Map<Y.Map<unknown>> }>();
    const shells = new Set<CollectionName>();
    for (const c of cmd.collections) {
      const doc = load || this.docs.isLoaded(c) ? await this.docs.get(c) : this.docs.shell(c);
      if (!this.docs.isLoaded(c)) shells.add(c);
      maps.set(c, { doc, map: recordsMap(doc) });
    }
    /** Set when the command read a collection it holds only as a shell: its answer is not to be trusted. */
    let unread: CollectionName | null = null;
    const now = o.now ?? this.clock();
    const author = this.author();
    const staged = new Map<string, Staged>();
    const key = (c: CollectionName, id: string) => `${c}\u0000${id}`;

    /** The collection's records map; `read` false only where nothing in it is looked at (adding a record). */
    const records = (c: CollectionName, read = true) => {
      const m = maps.get(c);
      if (!m) throw new Error(`command did not declare the collection ${c}`);
      if (read && shells.has(c)) {
        unread ??= c;
        throw new ShellReadError(c);
      }
      return m.map;
    };
    const live = (c: CollectionName, id: string): Rec | undefined => {
      const s = staged.get(key(c, id));
      if (s) return s.after;
      const m = records(c).get(id);
      return m && !readField(m, 'deletedAt') ? recordToJSON(m) : undefined;
    };
    const stage = (c: CollectionName, id: string): Staged => {
      const k = key(c, id);
      let s = staged.get(k);
      if (!s) {
        const before = live(c, id);
        s = { collection: c, id, before, after: before && { ...before }, patch: {} };
        staged.set(k, s);
      }
      return s;
    };
    const copy = <T>(r: Rec | undefined) => (r ? (structuredClone(r) as T) : undefined);

    const tx: CommandTx = {
      now,
      author,
      get: <C extends CollectionName>(c: C, id: string) => copy<Collections[C]>(live(c, id)),
      all: <C extends CollectionName>(c: C) => {
        const out: Collections[C][] = [];
        for (const [id] of records(c)) {
          const r = live(c, id);
          if (r) out.push(structuredClone(r) as unknown as Collections[C]);
        }
        for (const s of staged.values()) if (s.collection === c && !s.before && s.after) out.push(structuredClone(s.after) as unknown as Collections[C]);
        return out;
      },
      create: <C extends CollectionName>(c: C, input: Input) => {
        records(c, false);
        const type = RECORD_TYPES[c];
        const withOwner = 'ownerId' in type.fields && input.ownerId === undefined && author ? { ...input, ownerId: author } : input;
        const fields = type.validateNew(withOwner) as Rec;
        const id = ulid(now.getTime());
        const stamp = now.toISOString();
        const rec: Rec = { id, createdAt: stamp, updatedAt: stamp, ...fields };
        staged.set(key(c, id), { collection: c, id, before: undefined, after: rec, patch: {} });
        return structuredClone(rec) as unknown as Collections[C];
      },
      update: <C extends CollectionName>(c: C, id: string, patch: Input) => {
        const fields = RECORD_TYPES[c].validatePatch(patch) as Rec;
        if (!live(c, id)) throw noRecord(c, id);
        const s = stage(c, id);
        const after = s.after!;
        for (const [f, v] of Object.entries({ ...fields, updatedAt: now.toISOString() })) {
          s.patch[f] = v;
          if (v === undefined) delete after[f];
          else after[f] = v;
        }
        return structuredClone(after) as unknown as Collections[C];
      },
      ensure: <C extends CollectionName>(c: C, id: string, input: Input) => {
        // A derived id already present (even deleted) means another tab or device did this already.
        const current = live(c, id) ?? (records(c).get(id) ? recordToJSON(records(c).get(id)!) : undefined);
        if (current) return { record: structuredClone(current) as unknown as Collections[C], created: false };
        const fields = RECORD_TYPES[c].validateNew(input) as Rec;
        const stamp = now.toISOString();
        const rec: Rec = { id, createdAt: stamp, updatedAt: stamp, ...fields };
        staged.set(key(c, id), { collection: c, id, before: undefined, after: rec, patch: {} });
        return { record: structuredClone(rec) as unknown as Collections[C], created: true };
      },
      remove: (c: CollectionName, id: string) => {
        if (!live(c, id)) return;
        const s = stage(c, id);
        s.after = undefined;
      },
      restore: (c: CollectionName, id: string) => {
        const m = records(c).get(id);
        if (!m || !readField(m, 'deletedAt') || staged.has(key(c, id))) return false;
        const before = recordToJSON(m);
        const after: Rec = { ...before, updatedAt: now.toISOString() };
        delete after.deletedAt;
        staged.set(key(c, id), { collection: c, id, before, after, patch: { deletedAt: undefined, updatedAt: after.updatedAt } });
        return true;
      },
      purge: (c: CollectionName, id: string) => {
        const m = records(c).get(id);
        if (!m || !readField(m, 'deletedAt') || staged.has(key(c, id))) return false;
        staged.set(key(c, id), { collection: c, id, before: recordToJSON(m), after: undefined, patch: {}, purge: true });
        return true;
      },
    };

    let result: R;
    try {
      result = cmd.run(tx, args);
    } catch (e) {
      if (unread) return { done: false };
      throw e;
    }
    // Even a command that caught the refusal has seen an empty collection: it runs again on the loaded one.
    if (unread) return { done: false };
    if (staged.size === 0) return { done: true, result };

    const byDoc = new Map<CollectionName, Staged[]>();
    for (const s of staged.values()) {
      const list = byDoc.get(s.collection) ?? [];
      list.push(s);
      byDoc.set(s.collection, list);
    }
    const write = () => {
      for (const [c, list] of byDoc) {
        const { doc, map } = maps.get(c)!;
        if (origin === 'user') this.undo.track(c, map as unknown as Y.AbstractType<unknown>);
        doc.transact(() => {
          for (const s of list) this.apply(map, s, author, now);
        }, origin);
      }
    };
    const committed = this.docs.batch(() => (origin === 'user' ? this.undo.grouped(write) : write()));
    await committed;
    return { done: true, result };
  }

  private apply(map: Y.Map<Y.Map<unknown>>, s: Staged, by: string | null, now: Date): void {
    const at = now.toISOString();
    const logKey = ulid(now.getTime());
    if (!s.before) {
      if (!s.after) return; // created and removed by the same command
      const m = createRecord(map, s.id, s.after);
      logChange(m, logKey, { by, at, op: 'create' });
      return;
    }
    const m = map.get(s.id);
    if (!m) return;
    if (s.purge) {
      // Yjs keeps only a tombstone of a deleted map entry: the record's fields and history are gone.
      map.delete(s.id);
      return;
    }
    if (!s.after) {
      writeFields(m, { deletedAt: at, updatedAt: at });
      logChange(m, logKey, { by, at, op: 'delete' });
      return;
    }
    const ch: NonNullable<HistoryEntry['ch']> = [];
    for (const [f, v] of Object.entries(s.patch)) {
      const old = s.before[f];
      if (SILENT.has(f) || sameValue(old, v)) continue;
      ch.push([f, old ?? null, v ?? null]);
    }
    // Only fields whose value differs from the current one are written (writeFields skips the rest).
    writeFields(m, s.patch);
    if (ch.length) logChange(m, logKey, { by, at, op: 'update', ch });
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a === null || b === null) return (a ?? null) === (b ?? null);
  return typeof a === 'object' && typeof b === 'object' && JSON.stringify(a) === JSON.stringify(b);
}
