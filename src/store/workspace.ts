import { commandNamed } from '../domain/commandMap.ts';
import { COLLECTIONS, type CollectionName, type TeamMember } from '../domain/entities/index.ts';
import { RecordCommands } from './commands.ts';
import { DocStore } from './docStore.ts';
import { FACTS_DOC, factsProjector } from './facts.ts';
import { IDENTITY_KEY, identityOf, type Identity, type IdentityRow } from './identity.ts';
import { Importer } from './importer.ts';
import { collectionProjector, type ProjectionIssue } from './projection.ts';
import { DEFAULT_WORKSPACE, dbName } from './names.ts';
import { CommandRunner } from './runner.ts';
import { KithDB } from './schema.ts';
import type { WorkspaceInfo } from './snapshot.ts';
import { openTabChannel, type TabChannel } from './tabChannel.ts';
import { trashItems, type TrashItem } from './trash.ts';
import { UndoStack } from './undo.ts';
import { readField, recordHistory, recordsMap, type HistoryEntry } from './yrecords.ts';

/** Every doc of a workspace: one per collection plus the fact batches. */
export const DOC_IDS: readonly string[] = [...COLLECTIONS, FACTS_DOC];

export interface WorkspaceOptions {
  indexedDB?: { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange };
  /** Tab channel to use; by default a BroadcastChannel named after the workspace. */
  tabs?: TabChannel | null;
  clock?: () => Date;
}

/** One open workspace: its database, its Yjs docs and the commands that write to them. */
export class Workspace {
  readonly db: KithDB;
  readonly docs: DocStore;
  readonly undo = new UndoStack();
  readonly runner: CommandRunner;
  readonly commands: RecordCommands;
  readonly importer: Importer;
  readonly issues: ProjectionIssue[] = [];
  /** The member id this device writes as (see `identity`). */
  author: string | null = null;

  constructor(readonly name: string = DEFAULT_WORKSPACE, o: WorkspaceOptions = {}) {
    this.db = new KithDB(dbName(name), o.indexedDB);
    const onIssue = (i: ProjectionIssue) => this.issues.push(i);
    this.docs = new DocStore(
      this.db,
      (docId) => (docId === FACTS_DOC ? factsProjector : collectionProjector(docId as CollectionName, onIssue)),
      o.tabs === undefined ? openTabChannel(name) : o.tabs,
    );
    this.docs.onInvalidate = (docId) => this.undo.forget(docId);
    this.runner = new CommandRunner(this.docs, this.undo, () => this.author, o.clock);
    this.commands = new RecordCommands(this.docs, this.runner);
    this.importer = new Importer(this.docs, undefined, { onIssue });
  }

  /** Runs a named command of the command map (see src/domain/commandMap.ts). */
  run(name: string, args: unknown): Promise<unknown> {
    const cmd = commandNamed(name);
    if (!cmd) return Promise.reject(new Error(`no command named ${name}`));
    return this.runner.run(cmd, args);
  }

  async info(): Promise<WorkspaceInfo | undefined> {
    return (await this.db.meta.get('workspace'))?.value as WorkspaceInfo | undefined;
  }

  // ---- identity -------------------------------------------------------------

  /**
   * This device's member. Without a choice yet, the workspace's first admin
   * (the demo's, or the empty workspace's "Me") stands in, unconfirmed, so
   * every change still has an author and the page can ask.
   */
  async identity(): Promise<Identity | null> {
    const row = (await this.db.meta.get(IDENTITY_KEY))?.value as IdentityRow | undefined;
    const members = this.db.rows('members');
    let member = row ? await members.get(row.memberId) : undefined;
    if (!member) {
      const all = (await members.toArray()).sort((a, b) => (a.id < b.id ? -1 : 1));
      member = all.find((m) => m.role === 'admin') ?? all[0];
    }
    this.author = member?.id ?? null;
    return member ? identityOf(member, !!row && row.memberId === member.id && row.confirmed) : null;
  }

  /** "This is me": the member this device writes as from now on. */
  async setIdentity(memberId: string): Promise<Identity> {
    const member = await this.db.rows('members').get(memberId);
    if (!member) throw new Error(`no team member ${memberId}`);
    await this.db.meta.put({ key: IDENTITY_KEY, value: { memberId, confirmed: true } satisfies IdentityRow });
    this.author = memberId;
    return identityOf(member, true);
  }

  /** Joining by invite as a new teammate: adds the member record (synced to the team) and uses it. */
  async joinAs(input: Pick<TeamMember, 'name' | 'email' | 'role'> & { color?: string }): Promise<Identity> {
    const member = await this.commands.create('members', { ...input });
    return this.setIdentity(member.id);
  }

  /** A record's change log, oldest first (loads the doc if needed). */
  async history(collection: CollectionName, id: string): Promise<HistoryEntry[]> {
    const m = recordsMap(await this.docs.get(collection)).get(id);
    return m ? recordHistory(m).map(({ key: _k, ...e }) => e) : [];
  }

  /** Deleted records of these collections, for the Trash (loads their docs if needed). */
  trash(collections: readonly CollectionName[]): Promise<TrashItem[]> {
    return trashItems(this.docs, collections);
  }

  /** Whether a record exists in the merged doc but is deleted (a tombstone). */
  async isDeleted(collection: CollectionName, id: string): Promise<boolean> {
    const m = recordsMap(await this.docs.get(collection)).get(id);
    return !!m && !!readField(m, 'deletedAt');
  }

  /**
   * Loads every Y.Doc in the background, smallest first, after the first
   * screen has read its rows from Dexie; commands load their doc on demand anyway.
   */
  async warmUp(): Promise<void> {
    const order: string[] = [...COLLECTIONS.filter((c) => c !== 'activities' && c !== 'contacts'), 'contacts', 'activities', FACTS_DOC];
    for (const id of order) {
      // A user's command waiting behind a big doc's load is what people notice: let queued writes finish first.
      await this.docs.flushed();
      await this.importer.settled();
      await new Promise((r) => setTimeout(r, 20));
      await this.docs.get(id);
    }
  }

  close(): void {
    // An indexing pass goes on from its journal at the next open.
    void this.importer.stopIndexing();
    this.docs.close();
    this.db.close();
  }
}
