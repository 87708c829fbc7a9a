import type { CommandArgs, CommandName, CommandResult } from '../domain/commandMap.ts';
import type { CollectionName, Collections, TeamMember } from '../domain/entities/index.ts';
import { ValidationError, type FieldIssue } from '../domain/validation.ts';
import type { Input } from './commands.ts';
import type { CommittedOrigin } from './docStore.ts';
import { ReadOnlyError, WriteFailedError } from './errors.ts';
import type { Identity } from './identity.ts';
import type { ImportJob, ImportLogSummary } from './importer.ts';
import type { TrashItem } from './trash.ts';
import type { LocalSnapshotInfo } from './localSnapshots.ts';
import type { ProjectionIssue } from './projection.ts';
import type { HistoryEntry } from './yrecords.ts';
import type { AttachmentMeta } from '../domain/attachments.ts';
import type { StorageUsage } from './usage.ts';

/**
 * The store runs in a worker (Y.Docs of tens of thousands of records take
 * seconds to load and must not block the page). Errors cross the worker
 * boundary as data, because a structured-cloned Error loses its fields:
 * a validation failure names its fields; a write failure (disk full) says
 * that nothing was saved.
 */
export type Result<T> =
  | { ok: true; value: T }
  | { ok: false; entity: string; issues: FieldIssue[] }
  | { ok: false; writeFailed: string; docIds: string[] }
  | { ok: false; readOnly: string };

/**
 * The store worker's API. For sync (src/sync), the inbound/outbound contract:
 *  - `applyRemote(docId, update)`: loads the doc if needed, applies the update
 *    (origin 'remote'), persists it with its projection in one IndexedDB
 *    transaction, tells other tabs; resolves after commit. Malformed bytes
 *    reject before anything is applied; duplicates write nothing.
 *  - `stateVector(docId)` / `encodeStateAsUpdate(docId, sv?)`: for the Yjs sync
 *    handshake (what the relay lacks / what we lack).
 *  - `subscribe(cb)`: cb(docId, update, origin) after every committed update:
 *    'user' (this tab's commands and undo), 'tab' (another tab's, already on
 *    disk), 'remote' (applied through applyRemote; don't echo it back).
 *  - `docIds()`: every doc of the workspace (collections + 'facts').
 *  - `setIdentity(memberId)` / `joinAs(member)`: who this device writes as.
 * The same methods exist on `Workspace` (and `Workspace.docs`) for code that
 * runs inside the worker.
 */
export interface StoreWorkerApi {
  open(workspace: string): Promise<void>;
  create(collection: CollectionName, input: Input): Promise<Result<unknown>>;
  update(collection: CollectionName, id: string, patch: Input): Promise<Result<unknown>>;
  remove(collection: CollectionName, id: string): Promise<Result<void>>;
  /** Runs a named command of src/domain/commandMap.ts. */
  run(name: string, args: unknown): Promise<Result<unknown>>;
  get(collection: CollectionName, id: string): Promise<unknown>;
  history(collection: CollectionName, id: string): Promise<HistoryEntry[]>;
  /** Deleted records of these collections, newest deletion first (the Trash). */
  trash(collections: CollectionName[]): Promise<TrashItem[]>;
  undo(): Promise<boolean>;
  redo(): Promise<boolean>;
  flushed(): Promise<void>;
  issues(): Promise<ProjectionIssue[]>;
  warmUp(): Promise<void>;
  identity(): Promise<Identity | null>;
  setIdentity(memberId: string): Promise<Identity>;
  joinAs(member: Pick<TeamMember, 'name' | 'email' | 'role'> & { color?: string }): Promise<Identity>;
  applyRemote(docId: string, update: Uint8Array, origin?: 'remote'): Promise<void>;
  stateVector(docId: string): Promise<Uint8Array>;
  encodeStateAsUpdate(docId: string, stateVector?: Uint8Array): Promise<Uint8Array>;
  docIds(): Promise<string[]>;
  /** Read-only invite: while a reason is set, every command rejects with ReadOnlyError(reason) and writes nothing. */
  setReadOnly(reason: string | null): Promise<void>;
  /** Pass a Comlink.proxy'd callback; returns an id for `unsubscribe`. */
  subscribe(cb: (docId: string, update: Uint8Array, origin: CommittedOrigin) => void): Promise<number>;
  unsubscribe(id: number): Promise<void>;
  close(): Promise<void>;
  /**
   * Workspace lifecycle, only ever in the store worker: `prepare` opens the
   * database (upgrading it), clears a half-written one, and seeds the demo when
   * there is none unless the page knows this device held a workspace before
   * (then it answers 'missing' and writes nothing).
   */
  prepare(workspace: string, o: { seedIfMissing: boolean }, onProgress: (fraction: number, phase: string) => void): Promise<PrepareResult>;
  /** Replaces the workspace with a fresh demo or an empty CRM; other tabs are told to reload. */
  reset(workspace: string, kind: 'demo' | 'empty', onProgress: (fraction: number, phase: string) => void, tab: string): Promise<PrepareResult>;
  /** Bytes per part of the workspace, counted in the worker (it reads every row). */
  storageUsage(): Promise<StorageUsage>;
  /** Runs an import all or nothing; a failure or Cancel leaves the workspace as before. A job may come as JSON bytes, so the page never deserialises it. */
  importRun(id: string, job: ImportJob | Uint8Array, onProgress: (done: number, total: number) => void): Promise<Result<ImportLogSummary>>;
  importCancel(id: string): Promise<void>;
  importLogs(): Promise<ImportLogSummary[]>;
  /** Resolves once a large import's rows are all indexed (at once if they were written with it), reporting progress. */
  importIndexed(id: string, onProgress: (done: number, total: number) => void): Promise<void>;
  importRevert(id: string, onProgress: (done: number, total: number) => void): Promise<ImportLogSummary>;
  /** The whole workspace as one backup file, encrypted when a passphrase is given. */
  backup(passphrase?: string): Promise<Uint8Array>;
  /** What a restore would change: the backup's record counts beside the current ones. Throws nothing: errors come as data. */
  restorePreview(file: Uint8Array, passphrase?: string): Promise<RestoreAnswer>;
  /** Replaces the workspace with the backup; on any error the workspace is untouched. */
  restore(file: Uint8Array, passphrase?: string): Promise<RestoreAnswer>;
  /** Automatic local snapshots on this device, newest first (see src/store/localSnapshots.ts). */
  localSnapshots(): Promise<LocalSnapshotInfo[]>;
  /** Takes a local snapshot now. */
  takeSnapshot(): Promise<LocalSnapshotInfo>;
  /** A snapshot's backup file, to restore through the same preview as a downloaded one. */
  localSnapshotBytes(id: string): Promise<Uint8Array | null>;
  /** Imports a closed tab left unfinished, rolled back when the workspace opened. */
  importRecovered(): Promise<ImportLogSummary[]>;
  /** Evaluates time-based event rules (deal idle, birthday) now. */
  scanRules(): Promise<void>;
  /** Stores a file on a record (this device only); a file over the cap or the quota is refused as a validation result. */
  attach(collection: CollectionName, recordId: string, file: Blob, name: string): Promise<Result<AttachmentMeta>>;
  detach(id: string): Promise<void>;
}

export type PrepareResult = { state: 'ready' | 'seeded' | 'missing'; timings?: Record<string, number> };

export type RestoreAnswer =
  | { ok: true; createdAt: string; backup: Record<string, number>; current: Record<string, number> }
  | { ok: false; code: string; message: string };

export async function asResult<T>(f: () => Promise<T>): Promise<Result<T>> {
  try {
    return { ok: true, value: await f() };
  } catch (e) {
    if (e instanceof ValidationError) return { ok: false, entity: e.entity, issues: e.issues };
    if (e instanceof WriteFailedError) return { ok: false, writeFailed: e.message, docIds: e.docIds };
    if (e instanceof ReadOnlyError) return { ok: false, readOnly: e.message };
    throw e;
  }
}

export function unwrap<T>(r: Result<T>): T {
  if (r.ok) return r.value;
  if ('writeFailed' in r) throw new WriteFailedError(r.writeFailed, r.docIds);
  if ('readOnly' in r) throw new ReadOnlyError(r.readOnly);
  throw new ValidationError(r.entity, r.issues);
}

/** The commands as the page sees them: same signatures as RecordCommands, answered by the worker. */
export class RemoteCommands {
  /** Called with every write failure, so the shell can show a banner whatever page started the write. */
  onWriteFailed: (e: WriteFailedError) => void = () => {};

  constructor(private api: StoreWorkerApi) {}

  private unwrap<T>(r: Result<T>): T {
    if (!r.ok && 'writeFailed' in r) this.onWriteFailed(new WriteFailedError(r.writeFailed, r.docIds));
    return unwrap(r);
  }

  async create<C extends CollectionName>(collection: C, input: Input): Promise<Collections[C]> {
    return this.unwrap(await this.api.create(collection, input)) as Collections[C];
  }
  async update<C extends CollectionName>(collection: C, id: string, patch: Input): Promise<Collections[C]> {
    return this.unwrap(await this.api.update(collection, id, patch)) as Collections[C];
  }
  async remove(collection: CollectionName, id: string): Promise<void> {
    this.unwrap(await this.api.remove(collection, id));
  }
  /** Runs a named domain command in the store worker; arguments and result typed by the command map. */
  async run<N extends CommandName>(name: N, args: CommandArgs<N>): Promise<CommandResult<N>> {
    return this.unwrap(await this.api.run(name, args)) as CommandResult<N>;
  }
  async get<C extends CollectionName>(collection: C, id: string): Promise<Collections[C] | undefined> {
    return (await this.api.get(collection, id)) as Collections[C] | undefined;
  }
  /** Stores a file on a record on this device; throws ValidationError when it is too large or does not fit. */
  async attach(collection: CollectionName, recordId: string, file: Blob, name: string): Promise<AttachmentMeta> {
    return this.unwrap(await this.api.attach(collection, recordId, file, name));
  }
  async detach(id: string): Promise<void> {
    await this.api.detach(id);
  }
}
