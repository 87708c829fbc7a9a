import * as Y from 'yjs';
import type { KithDB } from './schema.ts';
import { persists } from './origins.ts';
import type { TabChannel } from './tabChannel.ts';
import { WriteFailedError } from './errors.ts';

export { WriteFailedError };

/**
 * Turns one committed transaction into the writes of the indexed projection.
 * `roots` names the doc's top-level maps: they are created before any update
 * is applied, because Yjs replaces a root type first met in an update when it
 * is later asked for by type, and the projection would miss what changed.
 */
export type Projector = ((doc: Y.Doc, tr: Y.Transaction) => ProjectionWrite) & { roots?: readonly string[] };

export interface ProjectionWrite {
  tables: string[];
  /** Async work that must not run inside the IndexedDB transaction (it would commit early). */
  prepare?(): Promise<void>;
  apply(db: KithDB): Promise<void>;
}

/** Where a committed update came from, as subscribers of `onCommitted` see it. */
export type CommittedOrigin = 'user' | 'remote' | 'tab';
export type CommittedListener = (docId: string, update: Uint8Array, origin: CommittedOrigin) => void;


/** One transaction's share of a queued write. */
interface Part {
  docId: string;
  /** Appended to the update log, unless another tab already did (origin 'tab'). */
  update: Uint8Array;
  origin: CommittedOrigin;
  write: ProjectionWrite | null;
  /** The doc's generation when the change was made; a failed write bumps it. */
  gen: number;
}

/** Fold the update log into the snapshot once it grows past this many rows. */
const COMPACT_AFTER = 64;

/**
 * Keeps each Y.Doc persisted as a snapshot plus an append-only update log (as
 * AFFiNE does) and writes the indexed projection in the same IndexedDB
 * transaction as the update, so disk never holds one without the other.
 *
 * The contract the rest of the store (and sync) stands on:
 *  - Every write goes through one queue; `batch` turns several transactions
 *    (of one or several docs) into ONE IndexedDB transaction and its promise
 *    resolves only once that transaction committed.
 *  - Every applied update is projected, whatever its origin: a tab's or the
 *    relay's update re-projects the records it touched, so a row always equals
 *    the merged Y.Doc, and the last write of a record is of the merged state.
 *  - A failed write rejects, and the docs it touched are dropped from memory
 *    and reloaded from disk on next use; writes already queued from the lost
 *    state are refused, so nothing is ever persisted on top of a lost update.
 *    Rows alone (a load's repair, an import's indexing) lose no update when they
 *    fail: that rejects too, but the doc stays and nothing queued is refused.
 *  - Loading a doc re-projects the records its update log touched (repairs a
 *    row a crash or an old version left disagreeing).
 */
export class DocStore {
  private docs = new Map<string, Promise<Y.Doc>>();
  /** Every doc object made so far (a shell until its load filled it), with its listeners attached. */
  private loaded = new Map<string, Y.Doc>();
  /** Docs whose snapshot and log have been read into them. */
  private filled = new Set<string>();
  private generation = new Map<string, number>();
  private queue: Promise<void> = Promise.resolve();
  private collecting: Part[] | null = null;
  private unsubscribe: (() => void) | null = null;
  private committed = new Set<CommittedListener>();
  private loadedListeners = new Set<(docId: string, doc: Y.Doc) => void>();
  private closed = false;
  /** Errors from writing to disk; the UI shows them rather than losing them silently. */
  onError: (e: unknown) => void = (e) => console.error(e);
  /** Called when a doc is dropped after a failed write (undo history of it must go too). */
  onInvalidate: (docId: string) => void = () => {};

  constructor(
    readonly db: KithDB,
    private projectorFor: (docId: string) => Projector,
    private tabs: TabChannel | null,
  ) {
    this.unsubscribe = tabs?.onMessage(({ docId, update }) => void this.fromTab(docId, update)) ?? null;
  }

  /** The doc, loaded from disk on first use. */
  get(docId: string): Promise<Y.Doc> {
    let p = this.docs.get(docId);
    if (!p) {
      p = this.load(docId);
      this.docs.set(docId, p);
      // A failed load must not stick: the next call tries again.
      p.catch(() => this.docs.get(docId) === p && this.docs.delete(docId));
    }
    return p;
  }

  /** Whether the doc holds everything on disk (not only a shell written to before its load). */
  isLoaded(docId: string): boolean {
    return this.filled.has(docId);
  }

  /**
   * The doc at once, for a write that only adds new records: loaded if it is, else the object
   * its load fills later (now or when first read). Adding a record to a Y.Map needs none of the
   * map's other entries, so a note on a contact does not wait for 30,000 activities to be read;
   * the update it makes is logged and projected like any other and merges when the doc loads.
   */
  shell(docId: string): Y.Doc {
    return this.loaded.get(docId) ?? this.create(docId);
  }

  /** Resolves when every write queued so far is on disk (or failed). */
  flushed(): Promise<void> {
    return this.queue;
  }

  /**
   * Runs `fn` (synchronous Yjs transactions on loaded docs) and persists every
   * update it caused, with its projection, in one IndexedDB transaction.
   * Resolves when that transaction committed; rejects with WriteFailedError.
   */
  batch(fn: () => void): Promise<void> {
    const outer = this.collecting;
    const parts: Part[] = [];
    this.collecting = parts;
    try {
      fn();
    } finally {
      this.collecting = outer;
      if (outer) outer.push(...parts);
    }
    if (outer) return Promise.resolve();
    return parts.length ? this.enqueue(parts) : this.queue;
  }

  /**
   * The inbound path (relay, import): loads the doc if needed, applies the
   * update, then persists and projects it once. A malformed update throws
   * before anything is applied; a duplicate changes nothing and writes nothing.
   */
  async applyRemote(docId: string, update: Uint8Array, origin: 'remote' = 'remote'): Promise<void> {
    Y.decodeUpdate(update); // throws on malformed bytes, before the doc is touched
    const doc = await this.get(docId);
    await this.batch(() => Y.applyUpdate(doc, update, origin));
  }

  async stateVector(docId: string): Promise<Uint8Array> {
    return Y.encodeStateVector(await this.get(docId));
  }

  async encodeStateAsUpdate(docId: string, stateVector?: Uint8Array): Promise<Uint8Array> {
    return Y.encodeStateAsUpdate(await this.get(docId), stateVector);
  }

  /**
   * Calls `fn` for every doc now in memory and for each doc loaded later, before
   * any change reaches it: a listener on the doc then sees every change without
   * this tab loading docs it does not need yet.
   */
  onLoaded(fn: (docId: string, doc: Y.Doc) => void): () => void {
    for (const [id, doc] of this.loaded) fn(id, doc);
    this.loadedListeners.add(fn);
    return () => this.loadedListeners.delete(fn);
  }

  /** Called after each committed update: this tab's own, the relay's, and other tabs' (already on disk). */
  onCommitted(fn: CommittedListener): () => void {
    this.committed.add(fn);
    return () => this.committed.delete(fn);
  }

  /** Another tab persisted and projected this update; apply it here too (loading the doc if needed) and re-project. */
  private async fromTab(docId: string, update: Uint8Array): Promise<void> {
    try {
      const doc = await this.get(docId);
      if (!this.closed) Y.applyUpdate(doc, update, 'tab');
    } catch (e) {
      this.onError(e);
    }
  }

  private gen(docId: string): number {
    return this.generation.get(docId) ?? 0;
  }

  /** The doc object, empty but listened to: changes made to it are persisted from the start. */
  private create(docId: string): Y.Doc {
    const doc = new Y.Doc({ gc: true });
    const projector = this.projectorFor(docId);
    for (const root of projector.roots ?? []) doc.getMap(root);
    const gen = this.gen(docId);
    doc.on('update', (update: Uint8Array, origin: unknown, _d: Y.Doc, tr: Y.Transaction) => {
      if (origin === 'load') return;
      const from: CommittedOrigin = persists(origin) ? (origin === 'remote' ? 'remote' : 'user') : 'tab';
      const part: Part = { docId, update, origin: from, write: projector(doc, tr), gen };
      if (this.collecting) this.collecting.push(part);
      else void this.enqueue([part]).catch(() => {});
    });
    this.loaded.set(docId, doc);
    for (const l of this.loadedListeners) l(docId, doc);
    return doc;
  }

  private async load(docId: string): Promise<Y.Doc> {
    // A shell written to before this load is filled in place: its own changes stay (an update
    // already in it applies as nothing), and whatever listens to it keeps listening.
    const doc = this.loaded.get(docId) ?? this.create(docId);
    const [snap, updates] = await this.db.transaction('r', [this.db.ydocSnapshots, this.db.ydocUpdates], async () => [
      await this.db.ydocSnapshots.get(docId),
      await this.db.ydocUpdates.where('docId').equals(docId).toArray(),
    ] as const);
    const projector = this.projectorFor(docId);
    doc.transact(() => {
      if (snap) Y.applyUpdate(doc, snap.update);
    }, 'load');
    // The log is replayed in a transaction of its own so its touched records are known: they are re-projected.
    let repair: ProjectionWrite | null = null;
    if (updates.length) {
      const seen = (tr: Y.Transaction) => (repair = projector(doc, tr));
      doc.on('afterTransaction', seen);
      doc.transact(() => {
        for (const u of updates) Y.applyUpdate(doc, u.update);
      }, 'load');
      doc.off('afterTransaction', seen);
    }
    const gen = this.gen(docId);
    this.filled.add(docId);
    if (repair) void this.enqueueProjection(docId, repair, gen);
    if (updates.length > COMPACT_AFTER) this.enqueueCompaction(docId, updates[updates.length - 1].seq!);
    return doc;
  }

  private enqueue(parts: Part[]): Promise<void> {
    const p = this.queue.then(() => this.write(parts));
    this.queue = p.catch((e) => this.onError(e));
    return p;
  }

  /**
   * Queues rows computed from the doc as it is now (no update of its own), behind every
   * write already queued; resolves once they are on disk. The importer's indexing pass.
   */
  project(docId: string, write: ProjectionWrite): Promise<void> {
    return this.enqueue([{ docId, update: new Uint8Array(0), origin: 'tab', write, gen: this.gen(docId) }]);
  }

  /**
   * Folds the doc's whole update log into its snapshot, behind every queued write. After a
   * large import: loading a doc re-projects every record its log touched, so otherwise each
   * open would put 100,000 rows again.
   */
  compactLog(docId: string): Promise<void> {
    const p = this.queue.then(async () => {
      const last = await this.db.ydocUpdates.where('docId').equals(docId).last();
      if (last) await this.compact(docId, last.seq!);
    });
    this.queue = p.catch((e) => this.onError(e));
    return p;
  }

  private enqueueProjection(docId: string, write: ProjectionWrite, gen: number): Promise<void> {
    return this.enqueue([{ docId, update: new Uint8Array(0), origin: 'tab', write, gen }]).catch(() => {});
  }

  private async write(parts: Part[]): Promise<void> {
    const stale = parts.find((p) => p.gen !== this.gen(p.docId));
    if (stale) throw new WriteFailedError(`not saved: an earlier change to ${stale.docId} could not be written`, [stale.docId]);
    const tables = new Set<string>(['ydocUpdates']);
    for (const p of parts) for (const t of p.write?.tables ?? []) tables.add(t);
    try {
      for (const p of parts) await p.write?.prepare?.();
      await this.db.transaction('rw', [...tables].map((t) => this.db.table(t)), async () => {
        const log = parts.filter((p) => p.origin !== 'tab').map((p) => ({ docId: p.docId, update: p.update }));
        if (log.length) await this.db.ydocUpdates.bulkAdd(log);
        for (const p of parts) if (p.write) await p.write.apply(this.db);
      });
    } catch (e) {
      const ids = [...new Set(parts.map((p) => p.docId))];
      // Rows computed from what disk already holds (a load's repair, an import's indexing pass) lose nothing when
      // they fail: the doc in memory still equals disk, so it stays, and later changes to it are not refused.
      if (parts.some((p) => p.update.length > 0)) for (const id of ids) this.invalidate(id);
      const why = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
      throw new WriteFailedError(`not saved (${why})`, ids);
    }
    for (const p of parts) {
      if (p.origin !== 'tab') this.tabs?.post({ docId: p.docId, update: p.update });
      if (p.update.length) for (const l of this.committed) l(p.docId, p.update, p.origin);
    }
  }

  /** Drops a doc whose latest change did not reach disk: the next use reloads it as disk has it. */
  private invalidate(docId: string): void {
    this.generation.set(docId, this.gen(docId) + 1);
    const doc = this.loaded.get(docId);
    this.loaded.delete(docId);
    this.filled.delete(docId);
    this.docs.delete(docId);
    this.onInvalidate(docId);
    doc?.destroy();
  }

  /** Folds the log into the snapshot inside the write queue; only the rows read here are removed. */
  private enqueueCompaction(docId: string, upTo: number): void {
    this.queue = this.queue.then(() => this.compact(docId, upTo)).catch((e) => this.onError(e));
  }

  private async compact(docId: string, upTo: number): Promise<void> {
    await this.db.transaction('rw', [this.db.ydocSnapshots, this.db.ydocUpdates], async () => {
      const snap = await this.db.ydocSnapshots.get(docId);
      // Another tab compacted further already.
      if (snap && snap.upTo >= upTo) return;
      const rows = await this.db.ydocUpdates.where('docId').equals(docId).and((u) => u.seq! <= upTo).toArray();
      const doc = new Y.Doc({ gc: true });
      doc.transact(() => {
        if (snap) Y.applyUpdate(doc, snap.update);
        for (const r of rows) Y.applyUpdate(doc, r.update);
      });
      const update = Y.encodeStateAsUpdate(doc);
      doc.destroy();
      await this.db.ydocSnapshots.put({ docId, update, upTo });
      await this.db.ydocUpdates.bulkDelete(rows.map((r) => r.seq!));
    });
  }

  close(): void {
    this.closed = true;
    this.unsubscribe?.();
    for (const d of this.loaded.values()) d.destroy();
    this.loaded.clear();
    this.filled.clear();
    this.docs.clear();
    this.committed.clear();
  }
}
