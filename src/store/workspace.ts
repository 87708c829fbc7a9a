import { COLLECTIONS, type CollectionName } from '../domain/entities/index.ts';
import { RecordCommands } from './commands.ts';
import { DocStore } from './docStore.ts';
import { FACTS_DOC, factsProjector } from './facts.ts';
import { Importer } from './importer.ts';
import { collectionProjector, type ProjectionIssue } from './projection.ts';
import { DEFAULT_WORKSPACE, dbName } from './names.ts';
import { KithDB } from './schema.ts';
import type { WorkspaceInfo } from './snapshot.ts';
import { openTabChannel } from './tabChannel.ts';
import { UndoStack } from './undo.ts';


/** One open workspace: its database, its Yjs docs and the commands that write to them. */
export class Workspace {
  readonly db: KithDB;
  readonly docs: DocStore;
  readonly undo = new UndoStack();
  readonly commands: RecordCommands;
  readonly importer: Importer;
  readonly issues: ProjectionIssue[] = [];

  constructor(readonly name: string = DEFAULT_WORKSPACE, indexedDB?: { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange }) {
    this.db = new KithDB(dbName(name), indexedDB);
    const onIssue = (i: ProjectionIssue) => this.issues.push(i);
    this.docs = new DocStore(
      this.db,
      (docId) => (docId === FACTS_DOC ? factsProjector : collectionProjector(docId as CollectionName, onIssue)),
      openTabChannel(name),
    );
    this.commands = new RecordCommands(this.docs, this.undo);
    this.importer = new Importer(this.docs);
  }

  async info(): Promise<WorkspaceInfo | undefined> {
    return (await this.db.meta.get('workspace'))?.value as WorkspaceInfo | undefined;
  }

  /**
   * Loads every Y.Doc in the background, smallest first, after the first
   * screen has read its rows from Dexie; commands load their doc on demand anyway.
   */
  async warmUp(): Promise<void> {
    const order: string[] = [...COLLECTIONS.filter((c) => c !== 'activities' && c !== 'contacts'), 'contacts', 'activities', FACTS_DOC];
    for (const id of order) {
      await this.docs.get(id);
      await new Promise((r) => setTimeout(r, 0));
    }
  }

  close(): void {
    this.docs.close();
    this.db.close();
  }
}
