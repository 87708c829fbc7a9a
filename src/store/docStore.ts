import * as Y from 'yjs';
import type { KithDB } from './schema.ts';
import { RECORDS } from './yrecords.ts';
import { persists, type Origin } from './origins.ts';
import type { TabChannel } from './tabChannel.ts';

/** Turns one committed transaction into the writes of the indexed projection. */
export type Projector = (doc: Y.Doc, tr: Y.Transaction) => ProjectionWrite;

export interface ProjectionWrite {
  tables: string[];
  /** Async work that must not run inside the IndexedDB transaction (it would commit early). */
  prepare?(): Promise<void>;
  apply(db: KithDB): Promise<void>;
}

interface Pending {
  docId: string;
  update: Uint8Array;
  origin: Origin;
  write: ProjectionWrite | null;
}

/** Fold the update log into the snapshot once it grows past this many rows. */
const COMPACT_AFTER = 64;

/**
 * Keeps each Y.Doc persisted as a snapshot plus an append-only update log (as
 * AFFiNE does) and writes the indexed projection in the same IndexedDB
 * transaction as the update, so disk never holds one without the other.
 */
export class DocStore {
  private docs = new Map<string, Promise<Y.Doc>>();
  private loaded = new Map<string, Y.Doc>();
  private queue: Promise<void> = Promise.resolve();
  private backlog = new Map<string, Uint8Array[]>();
  private unsubscribe: (() => void) | null = null;
  /** Errors from writing to disk; the UI shows them rather than losing them silently. */
  onError: (e: unknown) => void = (e) => console.error(e);

  constructor(
    readonly db: KithDB,
    private projectorFor: (docId: string) => Projector,
    private tabs: TabChannel | null,
  ) {
    this.unsubscribe = tabs?.onMessage(({ docId, update }) => this.fromTab(docId, update)) ?? null;
  }

  /** The doc, loaded from disk on first use. */
  get(docId: string): Promise<Y.Doc> {
    let p = this.docs.get(docId);
    if (!p) {
      p = this.load(docId);
      this.docs.set(docId, p);
    }
    return p;
  }

  isLoaded(docId: string): boolean {
    return this.loaded.has(docId);
  }

  /** Resolves when every write queued so far is on disk. */
  flushed(): Promise<void> {
    return this.queue;
  }

  private fromTab(docId: string, update: Uint8Array): void {
    const doc = this.loaded.get(docId);
    if (doc) Y.applyUpdate(doc, update, 'tab');
    // A doc still loading may or may not read this update from disk; Yjs updates
    // are idempotent, so keep it and apply it after the load either way.
    else if (this.docs.has(docId)) {
      const list = this.backlog.get(docId) ?? [];
      list.push(update);
      this.backlog.set(docId, list);
    }
  }

  private async load(docId: string): Promise<Y.Doc> {
    const doc = new Y.Doc({ gc: true });
    // Define the root map before any update arrives: a root type first created by a
    // remote update is a placeholder that getMap() later replaces, and a transaction's
    // changes would then point at the placeholder, so projection and rules would miss them.
    doc.getMap(RECORDS);
    const [snap, updates] = await this.db.transaction('r', [this.db.ydocSnapshots, this.db.ydocUpdates], async () => [
      await this.db.ydocSnapshots.get(docId),
      await this.db.ydocUpdates.where('docId').equals(docId).toArray(),
    ] as const);
    doc.transact(() => {
      if (snap) Y.applyUpdate(doc, snap.update);
      for (const u of updates) Y.applyUpdate(doc, u.update);
    }, 'load');
    for (const u of this.backlog.get(docId) ?? []) Y.applyUpdate(doc, u, 'tab');
    this.backlog.delete(docId);

    const projector = this.projectorFor(docId);
    doc.on('update', (update: Uint8Array, origin: unknown, _d: Y.Doc, tr: Y.Transaction) => {
      if (!persists(origin)) return;
      this.enqueue({ docId, update, origin: (origin instanceof Y.UndoManager ? 'user' : origin) as Origin, write: projector(doc, tr) });
    });
    this.loaded.set(docId, doc);
    if (updates.length > COMPACT_AFTER) void this.compact(docId, doc, updates[updates.length - 1].seq!);
    return doc;
  }

  private enqueue(p: Pending): void {
    this.queue = this.queue.then(() => this.write(p)).catch((e) => this.onError(e));
  }

  private async write(p: Pending): Promise<void> {
    const tables = [this.db.ydocUpdates, ...(p.write?.tables ?? []).map((t) => this.db.table(t))];
    await p.write?.prepare?.();
    await this.db.transaction('rw', tables, async () => {
      await this.db.ydocUpdates.add({ docId: p.docId, update: p.update });
      if (p.write) await p.write.apply(this.db);
    });
    this.tabs?.post({ docId: p.docId, update: p.update });
  }

  /** Folds the log into the snapshot; only the rows this tab has applied are removed. */
  private async compact(docId: string, doc: Y.Doc, upTo: number): Promise<void> {
    const update = Y.encodeStateAsUpdate(doc);
    await this.db.transaction('rw', [this.db.ydocSnapshots, this.db.ydocUpdates], async () => {
      await this.db.ydocSnapshots.put({ docId, update, upTo });
      await this.db.ydocUpdates.where('seq').belowOrEqual(upTo).and((u) => u.docId === docId).delete();
    });
  }

  close(): void {
    this.unsubscribe?.();
    for (const d of this.loaded.values()) d.destroy();
    this.loaded.clear();
    this.docs.clear();
  }
}
